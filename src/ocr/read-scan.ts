// The scanned pages of a PDF read by OCR, rendered one at a time (render.ts), and the pages of a
// picture (.png, .jpg, .tif: import/image.ts), each read by the same page reader (page.ts) with one
// engine per thread, within a time bound of their own (OCR takes seconds a page where text takes
// milliseconds). Node only.
import { UserError } from "../i18n/user-error";
import type { PdfTextItem } from "../import/pdf-layout";
import { OcrEngine } from "./engine";
import { readPage } from "./page";
import type { OcrPage, UncertainCell } from "./page";
import { renderPages } from "./render";
import type { RenderedPage } from "./render";
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

/** How a report's scanned pages are read, from the command line down to the reader (an option, not
 *  the environment: a folder check's worker threads get it in their start data). */
export interface ScanOptions {
  /** `--no-ocr`: scanned pages and pictures are not read; the reader says so in one sentence. */
  noOcr?: boolean;
  /** Hears each page as its reading begins (1-based, of `total`): the progress line names it. */
  onPage?: (page: number, total: number) => void;
}

/** A page to read: its grey image and size in points (the runs' coordinates). */
export type ScanPage = Omit<RenderedPage, "page">;

/** Reads `pages` (1-based) of the PDF. */
export async function readScannedPages(bytes: Uint8Array, pages: number[], onPage?: ScanOptions["onPage"]): Promise<{ items: PdfTextItem[]; summary: OcrSummary }> {
  return readPages(pages, (each) => renderPages(bytes, pages, OCR_DPI, (p) => each(p.page, p)), onPage);
}

/** Reads pages 1…count of a picture; `pageAt` makes each (0-based) only when its turn comes, so one
 *  page's pixels are held at a time. */
export async function readPicturePages(count: number, pageAt: (k: number) => ScanPage, onPage?: ScanOptions["onPage"]): Promise<{ items: PdfTextItem[]; summary: OcrSummary }> {
  const pages = Array.from({ length: count }, (_, k) => k + 1);
  return readPages(pages, async (each) => {
    for (const p of pages) {
      // The page is announced before it is decoded: decoding a large TIFF page takes a while too.
      await each(p, () => pageAt(p - 1));
    }
  }, onPage);
}

type PageSource = (each: (pageNo: number, page: ScanPage | (() => ScanPage)) => void | Promise<void>) => Promise<void>;

async function readPages(pages: number[], source: PageSource, onPage?: ScanOptions["onPage"]): Promise<{ items: PdfTextItem[]; summary: OcrSummary }> {
  const ocr = await theEngine();
  const items: PdfTextItem[] = [];
  const summary: OcrSummary = { pages, figures: 0, uncertain: [], confidences: [] };
  const millis = OCR_MILLIS_PER_PAGE * pages.length;
  const deadline = Date.now() + millis;
  let k = 0;
  await source(async (pageNo, made) => {
    if (Date.now() >= deadline) throw new UserError("import.pdf.tooSlow", { seconds: Math.round(millis / 1000) });
    onPage?.(++k, pages.length);
    const p = typeof made === "function" ? made() : made;
    const read = await readPage(ocr, pageNo, p.image, p.widthPt, p.heightPt, { paddle: readByPaddle });
    items.push(...read.items);
    summary.figures += read.figures;
    summary.uncertain.push(...read.uncertain);
    summary.confidences.push(...read.confidences);
  });
  return { items, summary };
}
