// OCR (scanned PDFs and images) messages (en-US). Keys match src/i18n/zh-CN/ocr.ts.
export const OCR: Record<string, string> = {
  "import.ocr.unavailable": "The text recognition (OCR) component cannot be loaded on this machine, so the scan was not read. Use the report's text version (.txt, .docx or web page).",
  "import.ocr.nothing": "The pages of this PDF are scanned images and text recognition (OCR) found no text on them (blank pages, or a picture that is not a report); it was not read. Check that this is the right file.",
  "import.ocr.read": "This report is a scan: page(s) {pages} were read by text recognition (OCR), all {figures} figure cells of its tables read. Check against the original.",
  "import.ocr.readUnsure":
    "This report is a scan: page(s) {pages} were read by text recognition (OCR): {figures} figure cells in the tables, {uncertain} of them uncertain and treated as unread (page/row/column: {cells}). Fill these in from the original.",
  "cli.opt.noOcr": "do not run text recognition (OCR) on scanned PDF pages; only say that they have no text",
};
