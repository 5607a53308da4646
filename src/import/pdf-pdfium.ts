// A PDF's text runs read with PDFium (compiled to WebAssembly, @embedpdf/pdfium): the same engine as
// Chrome's viewer, about seven times less CPU than pdf.js for a report, because pdf.js rebuilds every
// embedded font for rendering before it gives a run of text (the profile in docs/perf.md). The runs
// go to the same layout (pdf-layout.ts) as pdf.js's did. Node only; offline: the .wasm file is read
// from the installed package (or from inside a single-file program, see wasmBytes), never fetched.
import { readFileSync } from "fs";
// A static import, so a bundler (the single-file program) takes the JavaScript glue in; the .wasm is a file.
import { init } from "@embedpdf/pdfium";
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import { UserError } from "../i18n/user-error";
import { PDF_BOUNDS } from "./limits";
import type { PdfTextItem } from "./pdf-layout";
import type { PdfReadBounds } from "./pdf-text";

export interface PdfiumItems {
  items: PdfTextItem[];
  pages: number;
}

// FPDF_GetLastError: the document asks for a password.
const FPDF_ERR_PASSWORD = 4;
// A glyph this much further from the previous glyph's end than its font size starts a new run; the
// layout then decides from the gap: nothing, one space, or a column (pdf-layout.ts WORD_GAP).
const RUN_GAP = 0.05;
// Baselines within this fraction of the size are one baseline.
const SAME_BASE = 0.01;

/** The Emscripten heap views the package sets on its module (its types refer to @types/emscripten, not installed). */
interface Heap {
  HEAPU8: Uint8Array;
  HEAPF32: Float32Array;
  HEAPF64: Float64Array;
  wasmExports: { malloc: (size: number) => number; free: (ptr: number) => void };
}
const heapOf = (m: WrappedPdfiumModule): Heap => m.pdfium as unknown as Heap;

let loading: Promise<WrappedPdfiumModule> | undefined;

const quiet = (): void => undefined;

/** node:sea's asset reader (a single-file program; Node's types here predate it). */
interface Sea {
  isSea(): boolean;
  getAsset(key: string): ArrayBuffer;
}

/** The .wasm: XXGK_PDFIUM_WASM, else the single-file program's own asset (scripts/release/programs.js),
 *  else the installed package's file. A copy the caller owns (the module keeps it). */
function wasmBytes(): ArrayBuffer {
  if (process.env.XXGK_PDFIUM_WASM) return copyOf(readFileSync(process.env.XXGK_PDFIUM_WASM));
  const sea = process.getBuiltinModule("node:sea") as Sea | undefined;
  // getAsset gives a view of the executable's own memory: sliced, as PDFium may keep its buffer.
  if (sea?.isSea()) return sea.getAsset("pdfium.wasm").slice(0);
  const nodeRequire = process.getBuiltinModule("module").createRequire(__filename);
  return copyOf(readFileSync(nodeRequire.resolve("@embedpdf/pdfium/pdfium.wasm")));
}

const copyOf = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** One PDFium per thread, loaded on first use (a worker thread loads its own). */
export function loadPdfium(): Promise<WrappedPdfiumModule> {
  loading ??= (async () => {
    let wasmBinary: ArrayBuffer;
    try {
      wasmBinary = wasmBytes();
    } catch {
      loading = undefined;
      throw new UserError("import.pdf.unavailable", { version: process.versions.node });
    }
    const m = await init({
      wasmBinary,
      // Emscripten prints "Cannot enlarge memory..." when its heap cannot grow (a 2 GB ceiling); the
      // reviewer hears one sentence instead (pdfiumItems), never the runtime's own lines.
      print: quiet,
      printErr: quiet,
    } as Parameters<typeof init>[0]);
    m.PDFiumExt_Init();
    return m;
  })();
  return loading;
}

interface Glyph {
  ch: string;
  x: number;
  end: number;
  base: number;
  size: number;
}

/** Every page's text as runs in displayed coordinates (y up, the page's /Rotate and crop box applied),
 *  within the page and time bounds (the caller has bounded the inflation first, pdf-bounds.ts). */
export async function pdfiumItems(bytes: Uint8Array, bounds: PdfReadBounds = PDF_BOUNDS): Promise<PdfiumItems> {
  const m = await loadPdfium();
  try {
    return readItems(m, bytes, bounds);
  } catch (e) {
    if (e instanceof UserError) throw e;
    // A WebAssembly abort (out of its memory, a PDFium assertion) leaves the instance unusable: the
    // next file loads a fresh one. The reviewer hears one sentence, as for any damaged file.
    loading = undefined;
    throw new UserError("import.pdf.damaged");
  }
}

function readItems(m: WrappedPdfiumModule, bytes: Uint8Array, bounds: PdfReadBounds): PdfiumItems {
  const heap = heapOf(m);
  const data = heap.wasmExports.malloc(bytes.length);
  // Emscripten's malloc gives 0 when its heap cannot grow: the file does not fit in PDFium's memory.
  if (!data) throw new UserError("import.pdf.damaged");
  heap.HEAPU8.set(bytes, data);
  // Scratch for the doubles and floats PDFium writes back: origin (2 doubles), a box (4 floats), a matrix (6 floats).
  const scratch = heap.wasmExports.malloc(64);
  const doc = m.FPDF_LoadMemDocument(data, bytes.length, "");
  try {
    if (!doc) throw new UserError(m.FPDF_GetLastError() === FPDF_ERR_PASSWORD ? "import.pdf.encrypted" : "import.pdf.damaged");
    const pages = m.FPDF_GetPageCount(doc);
    // A report is a few dozen pages: a longer file is refused before any page is read (a PDF of
    // 200,000 pages sharing one content stream ran for ten minutes under pdf.js), and the reading is
    // stopped past the time bound between pages (issue 19). PDFium reads a page synchronously, so
    // one page cannot be interrupted; the inflation bound keeps any single page small.
    if (pages > bounds.pages) throw new UserError("import.pdf.tooManyPages", { pages, limit: bounds.pages });
    const deadline = Date.now() + bounds.millis;
    const items: PdfTextItem[] = [];
    for (let p = 0; p < pages; p++) {
      if (Date.now() >= deadline) throw new UserError("import.pdf.tooSlow", { seconds: Math.round(bounds.millis / 1000) });
      const page = m.FPDF_LoadPage(doc, p);
      if (!page) throw new UserError("import.pdf.damaged");
      try {
        pageItems(m, page, p + 1, scratch, items);
      } finally {
        m.FPDF_ClosePage(page);
      }
    }
    return { items, pages };
  } finally {
    if (doc) m.FPDF_CloseDocument(doc);
    heap.wasmExports.free(scratch);
    heap.wasmExports.free(data);
  }
}

function pageItems(m: WrappedPdfiumModule, page: number, pageNo: number, scratch: number, out: PdfTextItem[]): void {
  const heap = heapOf(m);
  const view = displayTransform(m, page, scratch);
  const text = m.FPDFText_LoadPage(page);
  if (!text) return;
  try {
    const count = m.FPDFText_CountChars(text);
    let run: Glyph[] = [];
    const flush = () => {
      if (run.length > 0) out.push(runItem(run, pageNo));
      run = [];
    };
    for (let i = 0; i < count; i++) {
      const code = m.FPDFText_GetUnicode(text, i);
      // PDFium's own line breaks and spaces between words are not in the PDF: the layout makes its own.
      if (m.FPDFText_IsGenerated(text, i) === 1 || code === 0x0d || code === 0x0a || code === 0xfffe || code === 0) continue;
      m.FPDFText_GetCharOrigin(text, i, scratch, scratch + 8);
      const ox = heap.HEAPF64[scratch >> 3];
      const oy = heap.HEAPF64[(scratch >> 3) + 1];
      m.FPDFText_GetLooseCharBox(text, i, scratch + 16);
      const f = (scratch + 16) >> 2;
      const [left, top, right, bottom] = [heap.HEAPF32[f], heap.HEAPF32[f + 1], heap.HEAPF32[f + 2], heap.HEAPF32[f + 3]];
      m.FPDFText_GetMatrix(text, i, scratch + 32);
      const g = (scratch + 32) >> 2;
      const scale = Math.hypot(heap.HEAPF32[g + 2], heap.HEAPF32[g + 3]);
      const size = m.FPDFText_GetFontSize(text, i) * (scale > 0 ? scale : 1);
      const [x, base] = view(ox, oy);
      const xs = [view(left, top)[0], view(right, bottom)[0], view(left, bottom)[0], view(right, top)[0]];
      const end = Math.max(...xs);
      const glyph: Glyph = { ch: String.fromCodePoint(code), x, end: end > x ? end : x, base, size };
      const last = run[run.length - 1];
      if (last && !continues(run, glyph)) flush();
      run.push(glyph);
    }
    flush();
  } finally {
    m.FPDFText_ClosePage(text);
  }
}

/** Glyphs one below the other at one x, a font size apart: a label set vertically (a vertical font). */
function below(last: Glyph, glyph: Glyph): boolean {
  const step = last.base - glyph.base;
  return Math.abs(glyph.x - last.x) < SAME_BASE * last.size && step > 0.5 * last.size && step < 1.6 * last.size;
}

/** Does the glyph carry on the run: the next glyph on its baseline, or the next one down a vertical run. */
function continues(run: Glyph[], glyph: Glyph): boolean {
  const last = run[run.length - 1];
  if (Math.abs(glyph.size - last.size) > SAME_BASE * last.size) return false;
  if (run.length === 1 ? below(last, glyph) : below(run[0], run[1])) return below(last, glyph);
  return Math.abs(glyph.base - last.base) <= SAME_BASE * last.size && glyph.x >= last.x && glyph.x - last.end <= RUN_GAP * last.size;
}

// Where pdf.js puts a vertical run: its top (the glyphs' ascent above the first baseline) and the middle of the column.
const VERTICAL_ASCENT = 0.88;

function runItem(run: Glyph[], page: number): PdfTextItem {
  const first = run[0];
  const last = run[run.length - 1];
  const str = run.map((g) => g.ch).join("");
  if (run.length > 1 && below(first, run[1])) {
    const top = first.base + VERTICAL_ASCENT * first.size;
    return { str, x: first.x + first.size / 2, y: top, width: first.size, height: top - (last.base - (1 - VERTICAL_ASCENT) * last.size), page, vertical: true };
  }
  return { str, x: first.x, y: first.base, width: last.end - first.x, height: first.size, page };
}

/** User space → the page as shown, y up: the crop box's corner at 0, then turned by /Rotate. */
function displayTransform(m: WrappedPdfiumModule, page: number, scratch: number): (x: number, y: number) => [number, number] {
  const heap = heapOf(m);
  const f = scratch >> 2;
  let x0 = 0;
  let y0 = 0;
  let x1 = m.FPDF_GetPageWidthF(page);
  let y1 = m.FPDF_GetPageHeightF(page);
  if (m.FPDFPage_GetCropBox(page, scratch, scratch + 4, scratch + 8, scratch + 12) || m.FPDFPage_GetMediaBox(page, scratch, scratch + 4, scratch + 8, scratch + 12)) {
    [x0, y0, x1, y1] = [heap.HEAPF32[f], heap.HEAPF32[f + 1], heap.HEAPF32[f + 2], heap.HEAPF32[f + 3]];
  }
  const w = Math.abs(x1 - x0);
  const h = Math.abs(y1 - y0);
  const left = Math.min(x0, x1);
  const bottom = Math.min(y0, y1);
  switch (m.FPDFPage_GetRotation(page)) {
    case 1: // a quarter turn clockwise: the page's top edge is shown on the right
      return (x, y) => [y - bottom, w - (x - left)];
    case 2:
      return (x, y) => [w - (x - left), h - (y - bottom)];
    case 3:
      return (x, y) => [h - (y - bottom), x - left];
    default:
      return (x, y) => [x - left, y - bottom];
  }
}
