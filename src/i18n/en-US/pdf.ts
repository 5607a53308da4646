// PDF import messages (en-US). Keys match src/i18n/zh-CN/pdf.ts.
export const PDF: Record<string, string> = {
  "import.pdf.notPdf": "The file is named .pdf but is not a PDF (it does not start with %PDF). Check the file, or rename it to its real type and read it again.",
  "import.pdf.damaged": "This PDF is damaged or incomplete and cannot be read. Download the original again, or use the report's text version (.txt, .docx or web page).",
  "import.pdf.encrypted": "This PDF is password-protected (encrypted) and cannot be read. Get an unencrypted copy, or use the report's text version (.txt, .docx or web page).",
  "import.pdf.scanned":
    "This PDF has no text layer: its pages are scanned images and need text recognition (OCR). Use the report's text version (.txt, .docx or web page), or convert it with OCR software first.",
  "import.pdf.unavailable":
    "Node.js {version} on this machine cannot load the PDF reader (it needs Node.js 20.19 or later). Upgrade Node.js, or use the report's text version (.txt, .docx or web page).",
  "import.pdf.pagesWithoutText": "Page(s) {pages} of the PDF have no text (perhaps scanned images) and were not read; if a table is on them, use the report's text version or run text recognition (OCR) first.",
};
