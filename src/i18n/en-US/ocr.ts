// OCR (scanned PDFs and images) messages (en-US). Keys match src/i18n/zh-CN/ocr.ts.
export const OCR: Record<string, string> = {
  "import.ocr.unavailable": "The text recognition (OCR) component cannot be loaded on this machine, so the scan was not read. Use the report's text version (.txt, .docx or web page).",
  "import.ocr.nothing": "The pages of this PDF are scanned images and text recognition (OCR) found no text on them (blank pages, or a picture that is not a report); it was not read. Check that this is the right file.",
  "import.ocr.read": "This report is a scan: page(s) {pages} were read by text recognition (OCR), all {figures} figure cells of its tables read. Check against the original.",
  "import.ocr.readUnsure":
    "This report is a scan: page(s) {pages} were read by text recognition (OCR): {figures} figure cells in the tables, {uncertain} of them uncertain and treated as unread (page/row/column: {cells}). Fill these in from the original.",
  "cli.opt.noOcr": "do not run text recognition (OCR) on scanned PDF pages and pictures (.png, .jpg, .tif); only say that they were not read",
  "import.image.notImage": "This file is not a picture that can be read (PNG, JPEG and TIFF are), so it was not read. Check that this is the right file.",
  "import.image.damaged": "This picture is damaged or incomplete and cannot be read. Scan or export it again.",
  "import.image.tooLarge": "This picture has {width}×{height} pixels, over the limit of {mp} million pixels a page, so it was not read. Scan it again at 150–300 dpi, or make it smaller.",
  "import.image.tooSmall": "This picture has only {width}×{height} pixels, too small to read a report's text (at least {min} pixels on its shorter side), so it was not read. Scan or photograph it again at 150 dpi or more.",
  "import.image.tiffCompression": "This TIFF picture uses a compression that cannot be read (number {compression}), so it was not read. Save it again with CCITT G4, LZW or no compression, as scanners do.",
  "import.image.tooManyPages": "This TIFF picture has {pages} pages, over the limit of {limit} (an annual report has a few dozen), and was not read; check that this is the right file, or keep only the report's own pages.",
  "import.image.noOcr": "This is a picture: it needs text recognition (OCR) to be read, skipped as --no-ocr asks.",
  "import.image.nothing": "Text recognition (OCR) found no report text on this picture (blank, too blurred, or not a report), so it was not read. Check that this is the right file.",
  "import.image.pagesWithoutText": "No text was recognised on page(s) {pages} of the picture (blank or too blurred); what is on them was not read. Check against the original.",
  "cli.batch.progressPage": " · {file} OCR page {page}/{pages}",
};
