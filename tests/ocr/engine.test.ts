// The engine loads offline (the wasm and traineddata from node_modules) and reads a real page's
// table cell by cell: page 3 of a real report rendered at 150 dpi, as the product renders a scan.
import { readFileSync } from "fs";
import { join } from "path";
import { OcrEngine } from "../../src/ocr/engine";
import { readPage } from "../../src/ocr/page";
import type { OcrPage } from "../../src/ocr/page";
import { renderPages } from "../../src/ocr/render";
import { describeShared, REAL_REPORTS } from "../support/real-reports";

describeShared("OCR of a rendered real page", () => {
  let page: OcrPage;
  let engine: OcrEngine;

  beforeAll(async () => {
    engine = await OcrEngine.load();
    await renderPages(readFileSync(join(REAL_REPORTS, "huaian-city-2024.pdf")), [3], 150, async (p) => {
      page = await readPage(engine, p.page, p.image, p.widthPt, p.heightPt);
    });
  }, 180_000);
  afterAll(() => engine?.end());

  it("reads table 二's figures beside their own row labels, none uncertain", () => {
    const byRow = (row: string) => page.confidences.filter((c) => c.row === row).sort((a, b) => a.column - b.column).map((c) => c.value);
    expect(byRow("规章")).toEqual(["1", "0", "11"]);
    expect(byRow("行政规范性文件")).toEqual(["8", "26", "66"]);
    expect(byRow("行政许可")).toEqual(["447228"]);
    expect(page.uncertain).toEqual([]);
    for (const c of page.confidences) expect(c.confidence).toBeGreaterThanOrEqual(70);
  });

  it("gives the table rows as text runs on one line each, in points on the page", () => {
    const row = page.items.filter((it) => ["规章", "1", "0", "11"].includes(it.str));
    expect(row.map((it) => it.str).sort()).toEqual(["0", "1", "11", "规章"]);
    const ys = row.map((it) => it.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(3);
    for (const it of row) {
      expect(it.x).toBeGreaterThan(0);
      expect(it.x).toBeLessThan(595);
    }
  });

  it("reads the prose outside the tables", () => {
    const prose = page.items.map((it) => it.str).join("");
    expect(prose).toContain("政府信息公开监督保障情况");
    expect(prose).toContain("主动公开政府信息情况");
  });
});
