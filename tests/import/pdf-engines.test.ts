// PDFium (the CLI's PDF reader, pdf-pdfium.ts) against pdf.js (the reader it replaced, kept for the
// browser): the same text, laid out by the same code, for every real PDF and every hand-made one. The
// cells they give are checked against the printed figures in pdf-real.test.ts and the conformance suite.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { layoutPages } from "../../src/import/pdf-layout";
import { pdfiumItems } from "../../src/import/pdf-pdfium";
import { pdfText } from "../../src/import/pdf-text";
import type { PdfjsModule } from "../../src/import/pdf-text";
import { describeShared, REAL_REPORTS } from "../support/shared-reports";
import { minimalPdf, show, showChinese, showTurned } from "./pdf-fixture";

function pdfjs(): { pdfjs: PdfjsModule; resources: { cMapUrl: string; standardFontDataUrl: string } } {
  const req = process.getBuiltinModule("module").createRequire(__filename);
  const mod = req("pdfjs-dist/legacy/build/pdf.mjs") as PdfjsModule;
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= req("pdfjs-dist/legacy/build/pdf.worker.mjs");
  const root = join(req.resolve("pdfjs-dist/package.json"), "..");
  return { pdfjs: mod, resources: { cMapUrl: `${root}/cmaps/`, standardFontDataUrl: `${root}/standard_fonts/` } };
}

async function both(bytes: Uint8Array): Promise<[string, string]> {
  const { pdfjs: mod, resources } = pdfjs();
  const byPdfjs = (await pdfText(mod, bytes, resources)).text;
  const byPdfium = layoutPages((await pdfiumItems(bytes)).items);
  return [byPdfium, byPdfjs];
}

// Both readers load their code on first use: slow on a busy machine.
jest.setTimeout(60_000);

describe("PDFium reads hand-made PDFs as pdf.js does", () => {
  it.each([
    ["a table page", [show("Table 3", 72, 760), show("Row one", 72, 700), show("12", 300, 700), show("3", 360, 700), show("Row two", 72, 680), show("0", 300, 680)].join("\n")],
    ["Chinese through a predefined CMap", [showChinese("某区人民政府2024年政府信息公开工作年度报告", 72, 760), showChinese("一、总体情况", 72, 730)].join("\n")],
  ])("%s", async (_, content) => {
    const [a, b] = await both(minimalPdf([content, show("Second page", 72, 760)]));
    expect(a).toBe(b);
  });

  it("a landscape page turned by /Rotate", async () => {
    const content = [showTurned("Table 3, printed landscape", 70, 72), showTurned("Row one", 100, 72), showTurned("12", 100, 300), showTurned("Row two", 120, 72), showTurned("0", 120, 300)].join("\n");
    const [a, b] = await both(minimalPdf([{ content, rotate: 90 }]));
    expect(a).toBe(b);
  });
});

describeShared("PDFium reads the real PDFs as pdf.js does", () => {
  const names = (() => {
    try {
      return readdirSync(REAL_REPORTS).filter((f) => f.endsWith(".pdf"));
    } catch {
      return [];
    }
  })();
  // One known difference: pdf.js loses the end of a label set in a vertical font (表三's "三、本年度办理结果"
  // comes out "三、本年" or "三、本"); PDFium reads it whole. Every other line is the same, character for character.
  it.each(names)("%s", async (name) => {
    const [a, b] = (await both(new Uint8Array(readFileSync(join(REAL_REPORTS, name))))).map((t) => t.split("\n"));
    expect(a).toHaveLength(b.length);
    const differing = a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
    for (const [byPdfium, byPdfjs] of differing) {
      expect(byPdfium.trim()).toBe("三、本年度办理结果");
      expect(byPdfium.startsWith(byPdfjs)).toBe(true);
    }
    expect(differing.length).toBeLessThanOrEqual(1);
  });
});
