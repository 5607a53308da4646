// Image-only PDF pages → grey bitmaps, with PDFium (already the text reader, pdf-pdfium.ts): no
// browser, no canvas. One page at a time, so a long scan never holds more than one bitmap.
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { UserError } from "../i18n/user-error";
import { loadPdfium } from "../import/pdf-pdfium";
import type { Gray } from "./gray";

// FPDF_RenderPageBitmap flag FPDF_ANNOT: a stamp added as an annotation is on the page as printed.
const FPDF_ANNOT = 0x01;
// FPDFBitmap_BGRx (FPDFBitmap_CreateEx format 3): four bytes a pixel.
const FORMAT_BGRX = 3;
const WHITE = 0xffffffff;

/** The Emscripten heap view the package sets on its module (its types refer to @types/emscripten). */
interface Heap {
  HEAPU8: Uint8Array;
  wasmExports: { malloc: (size: number) => number; free: (ptr: number) => void };
}

export interface RenderedPage {
  /** 1-based page number. */
  page: number;
  image: Gray;
  /** The page's displayed size in points (PDF user space, y up). */
  widthPt: number;
  heightPt: number;
}

/** Renders `pages` (1-based) of the PDF at `dpi`, handing each to `each` before the next is rendered. */
export async function renderPages(bytes: Uint8Array, pages: number[], dpi: number, each: (p: RenderedPage) => void | Promise<void>): Promise<void> {
  const m = await loadPdfium();
  const heap = m.pdfium as unknown as Heap;
  const data = heap.wasmExports.malloc(bytes.length);
  if (!data) throw new UserError("import.pdf.damaged");
  heap.HEAPU8.set(bytes, data);
  const doc = m.FPDF_LoadMemDocument(data, bytes.length, "");
  try {
    if (!doc) throw new UserError("import.pdf.damaged");
    for (const p of pages) {
      const rendered = renderPage(m, heap, doc, p, dpi);
      await each(rendered);
    }
  } finally {
    if (doc) m.FPDF_CloseDocument(doc);
    heap.wasmExports.free(data);
  }
}

// A page larger than this in either direction (at the chosen dpi) is rendered smaller: a poster-sized
// "page" must not take gigabytes (a 5 m page at 150 dpi would be 30,000 pixels).
const MAX_SIDE = 6000;

function renderPage(m: WrappedPdfiumModule, heap: Heap, doc: number, pageNo: number, dpi: number): RenderedPage {
  const page = m.FPDF_LoadPage(doc, pageNo - 1);
  if (!page) throw new UserError("import.pdf.damaged");
  try {
    const widthPt = m.FPDF_GetPageWidthF(page);
    const heightPt = m.FPDF_GetPageHeightF(page);
    const scale = Math.min(dpi / 72, MAX_SIDE / Math.max(widthPt, heightPt, 1));
    const width = Math.max(1, Math.round(widthPt * scale));
    const height = Math.max(1, Math.round(heightPt * scale));
    const bitmap = m.FPDFBitmap_CreateEx(width, height, FORMAT_BGRX, 0, 0);
    if (!bitmap) throw new UserError("import.pdf.damaged");
    try {
      m.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, WHITE);
      m.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, FPDF_ANNOT);
      const buf = m.FPDFBitmap_GetBuffer(bitmap);
      const stride = m.FPDFBitmap_GetStride(bitmap);
      const out = new Uint8Array(width * height);
      const src = heap.HEAPU8;
      for (let y = 0; y < height; y++) {
        let o = buf + y * stride;
        const row = y * width;
        // ITU-R BT.601 luma from B, G, R: a red stamp comes out mid-grey, not black (cells.ts judges it).
        for (let x = 0; x < width; x++, o += 4) out[row + x] = (src[o] * 29 + src[o + 1] * 150 + src[o + 2] * 77) >> 8;
      }
      return { page: pageNo, image: { width, height, data: out, dpi: scale * 72 }, widthPt, heightPt };
    } finally {
      m.FPDFBitmap_Destroy(bitmap);
    }
  } finally {
    m.FPDF_ClosePage(page);
  }
}
