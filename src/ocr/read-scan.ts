// The scanned pages of a PDF read by OCR: rendered one at a time (render.ts), each read by the page
// reader (page.ts) with one engine per thread, within a time bound of their own (OCR takes seconds a
// page where text takes milliseconds). Node only.
import { UserError } from "../i18n/user-error";
import type { PdfTextItem } from "../import/pdf-layout";
import { OcrEngine } from "./engine";
import { readPage } from "./page";
import type { OcrPage, UncertainCell } from "./page";
import { renderPages } from "./render";
import type { Gray } from "./gray";
import { PaddleRec } from "./paddle-rec";
import type { RecReading } from "./paddle-rec";

/** What the OCR read, for the finding and --json. */
export interface OcrSummary {
  pages: number[];
  figures: number;
  uncertain: UncertainCell[];
  confidences: OcrPage["confidences"];
}

/** Pages are rendered at this resolution: the test scans' own, and enough for 10.5 pt figures. */
export const OCR_DPI = 150;
/** A scanned page may take this long (a 2-core machine under load reads one in 5–20 s); past it the
 *  reading stops with one sentence. */
export const OCR_MILLIS_PER_PAGE = 60_000;

let engine: Promise<OcrEngine> | undefined;
let paddle: Promise<PaddleRec | null> | undefined;

/** PaddleOCR's recogniser, loaded on the first figure Tesseract did not settle (a few seconds), or
 *  null where it cannot run: then no third reader, and those figures stay unread (never guessed). */
function thePaddle(): Promise<PaddleRec | null> {
  paddle ??= PaddleRec.load().catch(() => null);
  return paddle;
}
const NOTHING: RecReading = { text: "", conf: 0, minConf: 0 };
async function readByPaddle(crop: Gray): Promise<RecReading> {
  const rec = await thePaddle();
  return rec ? (await rec.read(crop).catch(() => ({ text: NOTHING }))).text : NOTHING;
}

/** One engine per thread, loaded on first use (a worker thread loads its own). */
function theEngine(): Promise<OcrEngine> {
  engine ??= OcrEngine.load().catch((e: unknown) => {
    engine = undefined;
    throw e;
  });
  return engine;
}

/** Whether OCR is switched off (`--no-ocr`; an environment variable, so worker threads see it too). */
export const ocrOff = (): boolean => process.env.XXGK_NO_OCR === "1";

/** Reads `pages` (1-based) of the PDF; `onPage` hears each page done. */
export async function readScannedPages(bytes: Uint8Array, pages: number[], onPage?: (done: number, total: number) => void): Promise<{ items: PdfTextItem[]; summary: OcrSummary }> {
  const ocr = await theEngine();
  const items: PdfTextItem[] = [];
  const summary: OcrSummary = { pages, figures: 0, uncertain: [], confidences: [] };
  const millis = OCR_MILLIS_PER_PAGE * pages.length;
  const deadline = Date.now() + millis;
  let done = 0;
  await renderPages(bytes, pages, OCR_DPI, async (p) => {
    if (Date.now() >= deadline) throw new UserError("import.pdf.tooSlow", { seconds: Math.round(millis / 1000) });
    const read = await readPage(ocr, p.page, p.image, p.widthPt, p.heightPt, { paddle: readByPaddle });
    items.push(...read.items);
    summary.figures += read.figures;
    summary.uncertain.push(...read.uncertain);
    summary.confidences.push(...read.confidences);
    onPage?.(++done, pages.length);
  });
  return { items, summary };
}
