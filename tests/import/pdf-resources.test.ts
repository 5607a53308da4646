// pdf.js's CMaps and standard fonts read through PdfResources.read — how the single-file program
// (scripts/release) reads them from inside itself, where no CMap folder exists on disk.
import { readFile } from "fs/promises";
import { dirname, join } from "path";
import { pdfText } from "../../src/import/pdf-text";
import type { PdfjsModule } from "../../src/import/pdf-text";
import { minimalPdf, showChinese } from "./pdf-fixture";

// As src/import/pdf.ts loads it: Node's require, which loads pdf.js's ES module (Node ≥ 20.19).
const nodeRequire = process.getBuiltinModule("module").createRequire(__filename);
const pdfjs = nodeRequire("pdfjs-dist/legacy/build/pdf.mjs") as PdfjsModule;
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= nodeRequire("pdfjs-dist/legacy/build/pdf.worker.mjs");
const PDFJS_ROOT = dirname(nodeRequire.resolve("pdfjs-dist/package.json"));

it("asks `read` for the CMap a non-embedded Chinese font needs, under a folder name that is no path", async () => {
  const asked: string[] = [];
  const read = async (url: string) => {
    asked.push(url);
    return new Uint8Array(await readFile(join(PDFJS_ROOT, url.replace(/^asset:/, ""))));
  };
  const page = showChinese("某区人民政府2024年政府信息公开工作年度报告", 72, 760);
  const { text } = await pdfText(pdfjs, minimalPdf([page]), { cMapUrl: "asset:cmaps/", standardFontDataUrl: "asset:standard_fonts/", read });
  expect(text).toContain("某区人民政府2024年政府信息公开工作年度报告");
  expect(asked).toContain("asset:cmaps/UniGB-UCS2-H.bcmap");
});
