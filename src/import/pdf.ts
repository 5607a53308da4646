// `xxgk import|check report.pdf`: the PDF read on this machine with PDFium (WebAssembly, pdf-pdfium.ts),
// offline — its CMaps are compiled into it; pdf.js (pdf-text.ts) reads the same runs seven times slower
// (docs/perf.md). Pages without text (scans) are read by OCR (src/ocr, docs/ocr.md) unless switched
// off. Node only (file system); the text then goes through the same import as a .txt.
import { UserError } from "../i18n/user-error";
import { readScannedPages } from "../ocr/read-scan";
import type { OcrSummary, ScanOptions } from "../ocr/read-scan";
import { importReport } from "./index";
import type { ImportResult } from "./index";
import { pdfiumItems } from "./pdf-pdfium";
import { textOfItems } from "./pdf-text";
import type { PdfText } from "./pdf-text";
import { checkPdfInflation } from "./pdf-bounds";
import { problem } from "./problems";
import { readInput } from "./read-input";

export interface PdfImportResult extends ImportResult {
  /** Set when pages were read by OCR. */
  ocr?: OcrSummary;
}

/** The report in a PDF file. Throws UserError (one sentence) for a file too large, not a PDF,
 *  damaged, encrypted, or scanned with OCR off. */
export async function importPdfFile(path: string, options: ScanOptions = {}): Promise<PdfImportResult> {
  const { text, pagesWithoutText, ocr } = await readPdf(await readInput(path, "pdf"), options);
  const result: PdfImportResult = importReport(text, { fileName: path });
  // A report with scanned pages among its text ones: what is on them is not read, and may be a table.
  if (pagesWithoutText.length > 0) {
    result.problems.push(problem({}, "import.pdf.pagesWithoutText", "warning", { pages: pagesWithoutText.join("、") }));
  }
  if (ocr) result.ocr = ocr;
  return result;
}

/** A PDF's text laid out like `pdftotext -layout`. */
export async function pdfFileText(bytes: Uint8Array, options: ScanOptions = {}): Promise<string> {
  return (await readPdf(bytes, options)).text;
}

async function readPdf(bytes: Uint8Array, options: ScanOptions): Promise<PdfText & { ocr?: OcrSummary }> {
  if (!isPdf(bytes)) throw new UserError("import.pdf.notPdf");
  // Bounded before anything is inflated for reading (pdf-bounds.ts); pages and time as it reads.
  checkPdfInflation(bytes);
  const { items, pages } = await pdfiumItems(bytes);
  const withText = new Set(items.filter((it) => it.str.trim() !== "").map((it) => it.page));
  const scanned = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => !withText.has(p));
  if (scanned.length === 0 || options.noOcr) return textOfItems({ items, pages });
  const read = await readScannedPages(bytes, scanned, options.onPage);
  // Pages the OCR found nothing on (blank, a photo) stay pages without text.
  const text = textOfItems({ items: [...items, ...read.items], pages }, "import.ocr.nothing");
  return { ...text, ocr: read.summary };
}

// A PDF starts with "%PDF-" (readers allow some bytes before it).
const PDF_HEADER = "%PDF-";
const HEADER_WINDOW = 1024;

export function isPdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, HEADER_WINDOW));
  return head.includes(PDF_HEADER);
}
