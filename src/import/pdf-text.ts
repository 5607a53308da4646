// A PDF's text, read with pdf.js and laid out like `pdftotext -layout` (pdf-layout.ts). The pdf.js
// module is handed in (Node loads it from node_modules in pdf.ts; a browser would load its own copy),
// so this file touches neither the file system nor the network.
import type * as Pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { UserError } from "../i18n/user-error";
import { PDF_BOUNDS } from "./limits";
import { layoutPages } from "./pdf-layout";
import type { PdfTextItem } from "./pdf-layout";

export type PdfjsModule = typeof Pdfjs;

/** Where pdf.js finds its CMaps and standard fonts (local paths or same-origin URLs, never the web). */
export interface PdfResources {
  cMapUrl: string;
  standardFontDataUrl: string;
  /** Reads one resource by its URL (folder URL + file name) where pdf.js cannot: the single-file
   *  program carries its CMaps and fonts inside itself, not on disk. */
  read?: (url: string) => Promise<Uint8Array>;
}

/** pdf.js's CMap and font factory classes (it constructs them with the folder URLs) over `read`. */
function readerFactories(read: (url: string) => Promise<Uint8Array>) {
  class CMapReader {
    private readonly baseUrl: string;
    constructor(o: { baseUrl: string }) {
      this.baseUrl = o.baseUrl;
    }
    async fetch({ name }: { name: string }) {
      return { cMapData: await read(`${this.baseUrl}${name}.bcmap`), isCompressed: true };
    }
  }
  class FontReader {
    private readonly baseUrl: string;
    constructor(o: { baseUrl: string }) {
      this.baseUrl = o.baseUrl;
    }
    fetch({ filename }: { filename: string }) {
      return read(`${this.baseUrl}${filename}`);
    }
  }
  return { CMapReaderFactory: CMapReader, StandardFontDataFactory: FontReader };
}

// Fewer visible characters than this in the whole document: the pages are images (a scan).
const MIN_TEXT_CHARS = 20;

export interface PdfText {
  /** The pages as `pdftotext -layout` would give them. */
  text: string;
  /** Pages (1-based) without any text: scanned pages, or blank ones. */
  pagesWithoutText: number[];
}

/** A PDF's text. Throws UserError with one sentence for a damaged, encrypted or scanned
 *  (image-only) PDF. */
export async function pdfText(pdfjs: PdfjsModule, bytes: Uint8Array, resources: PdfResources, bounds: PdfReadBounds = PDF_BOUNDS): Promise<PdfText> {
  return textOfItems(await pdfItems(pdfjs, bytes, resources, bounds));
}

/** The text of a PDF's runs, whichever reader found them (pdf.js here, PDFium in pdf-pdfium.ts, the
 *  OCR in src/ocr). `empty`: the sentence when there is next to no text (a scan; a scan the OCR read
 *  nothing on). */
export function textOfItems({ items, pages }: { items: PdfTextItem[]; pages: number }, empty = "import.pdf.scanned"): PdfText {
  const visible = items.reduce((n, it) => n + it.str.replace(/\s+/g, "").length, 0);
  if (visible < MIN_TEXT_CHARS) throw new UserError(empty);
  const withText = new Set(items.filter((it) => it.str.trim() !== "").map((it) => it.page));
  const pagesWithoutText = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => !withText.has(p));
  return { text: layoutPages(items), pagesWithoutText };
}

/** The page and time bounds (pdf-bounds.ts has the file's inflation bound). */
export interface PdfReadBounds {
  pages: number;
  millis: number;
}


/** `work`, or a UserError once `deadline` has passed (the caller then destroys the document). */
async function beforeDeadline<T>(work: Promise<T>, deadline: number, millis: number): Promise<T> {
  const left = deadline - Date.now();
  const late = () => new UserError("import.pdf.tooSlow", { seconds: Math.round(millis / 1000) });
  if (left <= 0) throw late();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(late()), left)))]);
  } finally {
    clearTimeout(timer);
  }
}

async function pdfItems(pdfjs: PdfjsModule, bytes: Uint8Array, resources: PdfResources, bounds: PdfReadBounds): Promise<{ items: PdfTextItem[]; pages: number }> {
  const task = pdfjs.getDocument({
    // pdf.js takes over (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl: resources.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: resources.standardFontDataUrl,
    ...(resources.read ? readerFactories(resources.read) : {}),
  });
  let doc: Pdfjs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    throw openError(e);
  }
  try {
    // A report is a few dozen pages: a longer file is refused before any page is read (a PDF of
    // 200,000 pages sharing one content stream ran for ten minutes), and the reading is stopped past
    // a time limit between pages and while a page is read (issue 19).
    if (doc.numPages > bounds.pages) throw new UserError("import.pdf.tooManyPages", { pages: doc.numPages, limit: bounds.pages });
    const deadline = Date.now() + bounds.millis;
    const items: PdfTextItem[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await beforeDeadline(doc.getPage(p), deadline, bounds.millis);
      const viewport = page.getViewport({ scale: 1 });
      const content = await beforeDeadline(page.getTextContent(), deadline, bounds.millis);
      for (const it of content.items) {
        if (!("str" in it) || it.str === "") continue;
        // Into the page as displayed (its /Rotate and crop box applied), then back to y up.
        const [, , , , x, yDown] = pdfjs.Util.transform(viewport.transform, it.transform) as number[];
        items.push({ str: it.str, x, y: viewport.height - yDown, width: it.width, height: it.height, page: p, vertical: it.dir === "ttb" });
      }
      page.cleanup();
    }
    return { items, pages: doc.numPages };
  } catch (e) {
    throw e instanceof UserError ? e : new UserError("import.pdf.damaged");
  } finally {
    await doc.destroy();
  }
}

function openError(e: unknown): UserError {
  const name = (e as { name?: string } | null)?.name;
  if (name === "PasswordException") return new UserError("import.pdf.encrypted");
  return new UserError("import.pdf.damaged");
}
