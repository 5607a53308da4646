// PaddleOCR's recogniser in the page reader's vote (page.ts readers.paddle): asked only for the figures
// Tesseract's two models did not settle, it settles some of them and changes none that were settled.
// A scanned page of a real report with small figures (huaian-city-2024's table 三, page 4).
import { join } from "path";
import { readFileSync } from "fs";
import { OcrEngine } from "../../src/ocr/engine";
import type { Gray } from "../../src/ocr/gray";
import { readPage } from "../../src/ocr/page";
import type { OcrPage } from "../../src/ocr/page";
import { PaddleRec } from "../../src/ocr/paddle-rec";
import { renderPages } from "../../src/ocr/render";
import { describeShared, REAL_REPORTS } from "../support/real-reports";
import { scannedCopy } from "../support/scan-set";

describeShared("PaddleOCR as the third reader of a scanned page", () => {
  let engine: OcrEngine;
  let rec: PaddleRec;
  let before: OcrPage;
  let after: OcrPage;
  let unsettled = 0;
  let asked = 0;

  beforeAll(async () => {
    engine = await OcrEngine.load();
    rec = await PaddleRec.load();
    const scan = await scannedCopy(join(REAL_REPORTS, "huaian-city-2024.pdf"), "huaian-city-2024", 3, [4]);
    await renderPages(readFileSync(scan), [1], 150, async (p) => {
      before = await readPage(engine, 1, p.image, p.widthPt, p.heightPt, { watch: (f) => (unsettled += f.value === null ? 1 : 0) });
      const paddle = async (crop: Gray) => {
        asked++;
        return (await rec.read(crop)).text;
      };
      after = await readPage(engine, 1, p.image, p.widthPt, p.heightPt, { paddle });
    });
  }, 600_000);
  afterAll(async () => {
    engine?.end();
    await rec?.end();
  });

  it("is asked only where Tesseract did not settle a figure, and settles some of them", () => {
    expect(unsettled).toBeGreaterThan(0);
    expect(asked).toBe(unsettled);
    expect(after.figures).toBe(before.figures);
    expect(after.uncertain.length).toBeLessThan(before.uncertain.length);
    console.log(`huaian-city-2024 page 4 as a scan: ${before.uncertain.length} figures uncertain with Tesseract alone, ${after.uncertain.length} with PaddleOCR as a third reader`);
  });

  it("changes no figure Tesseract settled", () => {
    const key = (c: { row: string; column: number; value: string }) => `${c.row}#${c.column}=${c.value}`;
    const settled = new Set(after.confidences.map(key));
    for (const c of before.confidences) expect(settled).toContain(key(c));
  });
});
