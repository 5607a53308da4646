// A PDF's text, read with pdf.js and laid out like `pdftotext -layout` (pdf-layout.ts). The pdf.js
// module is handed in (Node loads it from node_modules in pdf.ts; a browser would load its own copy),
// so this file touches neither the file system nor the network.
import type * as Pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { UserError } from "../i18n/user-error";
import { layoutPages } from "./pdf-layout";
import type { PdfTextItem } from "./pdf-layout";

export type PdfjsModule = typeof Pdfjs;

/** Where pdf.js finds its CMaps and standard fonts (local paths or same-origin URLs, never the web). */
export interface PdfResources {
  cMapUrl: string;
  standardFontDataUrl: string;
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
export async function pdfText(pdfjs: PdfjsModule, bytes: Uint8Array, resources: PdfResources): Promise<PdfText> {
  return textOfItems(await pdfItems(pdfjs, bytes, resources));
}

/** The text of a PDF's runs, whichever reader found them (pdf.js here, PDFium in pdf-pdfium.ts). */
export function textOfItems({ items, pages }: { items: PdfTextItem[]; pages: number }): PdfText {
  const visible = items.reduce((n, it) => n + it.str.replace(/\s+/g, "").length, 0);
  if (visible < MIN_TEXT_CHARS) throw new UserError("import.pdf.scanned");
  const withText = new Set(items.filter((it) => it.str.trim() !== "").map((it) => it.page));
  const pagesWithoutText = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => !withText.has(p));
  return { text: layoutPages(items), pagesWithoutText };
}

async function pdfItems(pdfjs: PdfjsModule, bytes: Uint8Array, resources: PdfResources): Promise<{ items: PdfTextItem[]; pages: number }> {
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
  });
  let doc: Pdfjs.PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    throw openError(e);
  }
  try {
    const items: PdfTextItem[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
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
