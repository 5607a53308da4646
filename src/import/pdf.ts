// `xxgk import|check report.pdf`: the PDF read on this machine with pdf.js (pdfjs-dist's legacy build,
// made for Node), offline — its CMaps and fonts come from the installed package, no worker is fetched.
// Node only (file system); the text then goes through the same import as a .txt.
import { dirname, join } from "path";
import { UserError } from "../i18n/user-error";
import { importReport } from "./index";
import type { ImportResult } from "./index";
import { pdfText } from "./pdf-text";
import type { PdfjsModule, PdfResources, PdfText } from "./pdf-text";
import { checkPdfInflation } from "./pdf-bounds";
import { readInput } from "./read-input";
import { problem } from "./problems";

const PDF_MODULE = "pdfjs-dist/legacy/build/pdf.mjs";
const WORKER_MODULE = "pdfjs-dist/legacy/build/pdf.worker.mjs";

/** The report in a PDF file. Throws UserError (one sentence) for a file too large, not a PDF,
 *  damaged, encrypted or scanned. */
export async function importPdfFile(path: string): Promise<ImportResult> {
  const { text, pagesWithoutText } = await readPdf(await readInput(path, "pdf"));
  const result = importReport(text, { fileName: path });
  // A report with scanned pages among its text ones: what is on them is not read, and may be a table.
  if (pagesWithoutText.length > 0) {
    result.problems.push(problem({}, "import.pdf.pagesWithoutText", "warning", { pages: pagesWithoutText.join("、") }));
  }
  return result;
}

/** A PDF's text laid out like `pdftotext -layout`. */
export async function pdfFileText(bytes: Uint8Array): Promise<string> {
  return (await readPdf(bytes)).text;
}

async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  if (!isPdf(bytes)) throw new UserError("import.pdf.notPdf");
  // Bounded before pdf.js inflates anything (pdf-bounds.ts); pages and time are bounded as it reads.
  checkPdfInflation(bytes);
  const { pdfjs, resources } = loadPdfjs();
  return pdfText(pdfjs, bytes, resources);
}

// A PDF starts with "%PDF-" (readers allow some bytes before it).
const PDF_HEADER = "%PDF-";
const HEADER_WINDOW = 1024;

export function isPdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, HEADER_WINDOW));
  return head.includes(PDF_HEADER);
}

let loaded: { pdfjs: PdfjsModule; resources: PdfResources } | undefined;

export interface BundledPdfjs {
  pdfjs: PdfjsModule;
  worker: unknown;
  resources: PdfResources;
}
let bundled: (() => BundledPdfjs) | undefined;

/** The single-file program (scripts/release) bundles pdf.js and carries its CMaps and fonts inside
 *  itself: it hands over how to load them instead of the require from node_modules below (called on
 *  the first PDF only, so other commands start without pdf.js). */
export function useBundledPdfjs(load: () => BundledPdfjs): void {
  bundled = load;
  loaded = undefined;
}

function loadPdfjs(): { pdfjs: PdfjsModule; resources: PdfResources } {
  if (loaded) return loaded;
  if (bundled) {
    const b = bundled();
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= b.worker;
    loaded = { pdfjs: b.pdfjs, resources: b.resources };
    return loaded;
  }
  // Node's own require (Node ≥ 20.19 loads ES modules with it): the CommonJS build of the CLI cannot
  // `import` the ESM-only pdf.js, and Jest's module registry, which cannot load ES modules without a
  // flag, does not stand in for the require made here.
  let nodeRequire: NodeJS.Require;
  let pdfjs: PdfjsModule;
  let worker: unknown;
  try {
    nodeRequire = process.getBuiltinModule("module").createRequire(__filename);
    pdfjs = nodeRequire(PDF_MODULE) as PdfjsModule;
    worker = nodeRequire(WORKER_MODULE);
  } catch {
    // An older Node (before 20.19) cannot require an ES module: say so, not "ERR_REQUIRE_ESM".
    throw new UserError("import.pdf.unavailable", { version: process.versions.node });
  }
  // pdf.js runs its worker code in this thread when the worker module is given this way; otherwise
  // it would import the worker file by URL.
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= worker;
  const root = dirname(nodeRequire.resolve("pdfjs-dist/package.json"));
  // pdf.js reads these with fs; it wants folder names ending in "/" (Windows accepts "/" too).
  const folder = (name: string) => `${join(root, name).replace(/\\/g, "/")}/`;
  loaded = { pdfjs, resources: { cMapUrl: folder("cmaps"), standardFontDataUrl: folder("standard_fonts") } };
  return loaded;
}
