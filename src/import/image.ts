// `xxgk import|check report.png|.jpg|.tif`: a picture of a report (a phone photo, a scanner's TIFF)
// read by the same OCR as a scanned PDF's pages (src/ocr/read-scan.ts) and then the same layout and
// import as a PDF's text. Each picture file is one report: a multi-page TIFF is its pages in order,
// while page1.jpg, page2.jpg… are separate files (joining them would guess which belong together).
// Node only (file system).
import { UserError } from "../i18n/user-error";
import { decodeImage } from "../ocr/image-decode";
import { scaleToA4 } from "../ocr/image-scale";
import { OCR_DPI, readPicturePages } from "../ocr/read-scan";
import type { ScanOptions } from "../ocr/read-scan";
import { importReport } from "./index";
import { PDF_BOUNDS } from "./limits";
import type { PdfImportResult } from "./pdf";
import { textOfItems } from "./pdf-text";
import { problem } from "./problems";
import { readInput } from "./read-input";

/** The report in a picture file. Throws UserError (one sentence) for a file too large, not a picture,
 *  damaged, of too many or too large or too small pages, with nothing read on it, or with OCR off. */
export async function importImageFile(path: string, options: ScanOptions = {}): Promise<PdfImportResult> {
  const bytes = await readInput(path, "image");
  // The header is read (and bounded) even with OCR off: a damaged file is said to be damaged.
  // As many pages as a PDF may have (import/limits.ts), counted before any is parsed.
  const pictures = decodeImage(bytes, PDF_BOUNDS.pages);
  if (options.noOcr) throw new UserError("import.image.noOcr");
  const read = await readPicturePages(
    pictures.count,
    (k) => {
      const image = scaleToA4(pictures.page(k), OCR_DPI);
      // Points as a PDF page of that size would have (72 a inch): the layout's units.
      return { image, widthPt: (image.width * 72) / image.dpi, heightPt: (image.height * 72) / image.dpi };
    },
    options.onPage,
  );
  const text = textOfItems({ items: read.items, pages: pictures.count }, "import.image.nothing");
  const result: PdfImportResult = importReport(text.text, { fileName: path });
  if (text.pagesWithoutText.length > 0) {
    result.problems.push(problem({}, "import.image.pagesWithoutText", "warning", { pages: text.pagesWithoutText.join("、") }));
  }
  result.ocr = read.summary;
  return result;
}
