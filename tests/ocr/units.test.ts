// The OCR's pure parts on hand-made inputs: deskew, ruling lines and cells, runs, the figure rule,
// and the unread mark through the text import.
import { readFileSync } from "fs";
import { join } from "path";
import { importReport } from "../../src/import";
import { toJson } from "../../src/model/report";
import { tableCells } from "../../src/ocr/cells";
import { rotate, skewAngle } from "../../src/ocr/deskew";
import type { OcrWord } from "../../src/ocr/engine";
import { parseTsv } from "../../src/ocr/engine";
import type { Gray } from "../../src/ocr/gray";
import { agreedFigure, labelRun } from "../../src/ocr/page";
import { rulingLines } from "../../src/ocr/ruling-lines";
import { textRuns } from "../../src/ocr/runs";
import { describeShared, REAL_REPORTS } from "../support/real-reports";

/** A white page with a table: rows at `ys`, columns at `xs`, and (optionally) no line between the
 *  first two columns of the second row (a merged cell). */
function tablePage(xs: number[], ys: number[], merged = false): Gray {
  const width = 600;
  const height = 400;
  const data = new Uint8Array(width * height).fill(255);
  for (const y of ys) for (let x = xs[0]; x <= xs[xs.length - 1]; x++) data[y * width + x] = 0;
  for (const x of xs) {
    for (let y = ys[0]; y <= ys[ys.length - 1]; y++) {
      if (merged && x === xs[1] && y > ys[1] && y < ys[2]) continue;
      data[y * width + x] = 0;
    }
  }
  return { width, height, data, dpi: 150 };
}

const word = (text: string, conf: number, left = 0): OcrWord => ({ text, conf, left, top: 0, width: 10, height: 10, line: "1.1.1" });

describe("deskew", () => {
  it("finds the angle a table was turned by, within 0.1°", () => {
    const page = tablePage([50, 200, 350, 550], [50, 110, 170, 230]);
    // rotate(page, a) straightens a page skewed by a: turning a straight one by -a skews it by a.
    for (const angle of [-1.7, 0.8, 1.9]) expect(Math.abs(skewAngle(rotate(page, -angle)) - angle)).toBeLessThanOrEqual(0.1);
    expect(skewAngle(page)).toBe(0);
  });

  it("finds the angle of a page of text lines, not a false peak at 0° (rows sampled every other one made one)", () => {
    // 30 lines of 40 "characters" (8 × 10 px blocks, 4 px apart) on an A4 page at 150 dpi.
    const width = 1240;
    const height = 1754;
    const data = new Uint8Array(width * height).fill(255);
    for (let line = 0; line < 30; line++) {
      for (let c = 0; c < 40; c++) {
        for (let y = 0; y < 10; y++) data.fill(0, (200 + line * 40 + y) * width + 150 + c * 22, (200 + line * 40 + y) * width + 158 + c * 22);
      }
    }
    const page: Gray = { width, height, data, dpi: 150 };
    for (const angle of [-1.19, 0.43]) expect(Math.abs(skewAngle(rotate(page, -angle)) - angle)).toBeLessThanOrEqual(0.1);
  });
});

describe("ruling lines and cells", () => {
  it("finds a 3 × 3 table's cells", () => {
    const { tables, cells } = tableCells(rulingLines(tablePage([50, 200, 350, 550], [50, 110, 170, 230])));
    expect(tables).toHaveLength(1);
    expect(cells).toHaveLength(9);
    expect(cells[0]).toMatchObject({ left: 50, top: 50, width: 150, height: 60 });
  });

  it("keeps a cell with no line inside it whole (a merged cell)", () => {
    const { cells } = tableCells(rulingLines(tablePage([50, 200, 350, 550], [50, 110, 170, 230], true)));
    expect(cells).toHaveLength(8);
    expect(cells.find((c) => c.top === 110 && c.left === 50)).toMatchObject({ width: 300 });
  });

  it("takes no table from text strokes (a page without ruling lines)", () => {
    const page = tablePage([50, 200, 350, 550], [50, 110, 170, 230]);
    // Short dashes, as characters' strokes: no run meets another at both ends.
    const data = new Uint8Array(page.width * page.height).fill(255);
    for (let y = 20; y < 380; y += 15) for (let x = 30; x < 70; x++) data[y * page.width + x] = 0;
    expect(tableCells(rulingLines({ ...page, data })).cells).toEqual([]);
  });
});

describe("runs", () => {
  it("joins a line's Chinese words without spaces and keeps a far word apart", () => {
    const words: OcrWord[] = [
      { text: "行政", left: 100, top: 100, width: 40, height: 20, conf: 95, line: "1.1.1" },
      { text: "许可", left: 142, top: 100, width: 40, height: 20, conf: 95, line: "1.1.1" },
      { text: "447228", left: 400, top: 103, width: 60, height: 15, conf: 95, line: "1.1.1" },
    ];
    const runs = textRuns(words);
    expect(runs.map((r) => r.str)).toEqual(["行政许可", "447228"]);
  });
});

describe("runs keep a row's number with its label", () => {
  it("joins \"1\" and \".信访…\" (touching) so the import does not take the 1 for a figure", () => {
    const words: OcrWord[] = [
      { text: "1", left: 100, top: 100, width: 8, height: 15, conf: 95, line: "1.1.1" },
      { text: ".信访", left: 110, top: 98, width: 40, height: 20, conf: 95, line: "1.1.1" },
    ];
    expect(textRuns(words).map((r) => r.str)).toEqual(["1.信访"]);
  });
});

describe("the figure rule (agreedFigure)", () => {
  it("takes a figure the Latin and the Chinese model agree on", () => {
    expect(agreedFigure(word("26", 97), word("26", 97), ["26", "20"]).value).toBe("26");
  });
  it("takes a very sure Latin reading when the Chinese model saw no digit (\"7\" read as \"人\")", () => {
    expect(agreedFigure(word("7", 96), word("7", 96), ["人", ""]).value).toBe("7");
  });
  it("leaves unread: another figure, a low confidence, no figure", () => {
    expect(agreedFigure(word("47", 55), word("47", 55), ["447", "447"]).value).toBeNull();
    expect(agreedFigure(word("0", 96), word("0", 96), ["9", ""]).value).toBeNull();
    expect(agreedFigure(word("34", 60), word("34", 60), ["34", ""]).value).toBeNull();
    expect(agreedFigure(null, word("|", 90), ["0", ""]).value).toBeNull();
    expect(agreedFigure(null, null, ["61", ""]).value).toBeNull();
  });
});

describe("a put-back label's run (labelRun)", () => {
  it("stands on the baseline of the row's figures even when Tesseract boxes one of its words over two lines", () => {
    // A label wrapped over two lines in a cell 60 px tall; Tesseract gave its first word a box over
    // both lines (huaian-city-2024's "（二）部分公开（区分处理的，只计这一情形，不计其他情形）").
    const cell = { left: 40, top: 90, width: 200, height: 60 };
    const words: OcrWord[] = [
      { text: "（二）部分公开", left: 50, top: 100, width: 90, height: 30, conf: 90, line: "1.1.1" },
      { text: "（区分处理的，", left: 140, top: 100, width: 90, height: 14, conf: 90, line: "1.1.1" },
      { text: "不计其他情形）", left: 50, top: 116, width: 90, height: 14, conf: 90, line: "1.1.2" },
    ];
    const label = labelRun("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", words, cell);
    // A figure 11 px tall in the middle of the same cell's row.
    const figure: OcrWord = { text: "7", left: 300, top: 114.5, width: 6, height: 11, conf: 90, line: "figure" };
    const [l] = textRuns([label]);
    const [f] = textRuns([figure]);
    // pdf-layout.ts puts runs on one line within 0.4 × their size of each other's baseline.
    expect(Math.abs(l.y - f.y)).toBeLessThan(1);
  });
});

describe("parseTsv", () => {
  it("reads Tesseract's word rows with their boxes and line", () => {
    const tsv = "5\t1\t1\t1\t2\t1\t10\t20\t30\t40\t91.5\t规章\n4\t1\t1\t1\t2\t0\t0\t0\t1\t1\t-1\t\n";
    expect(parseTsv(tsv)).toEqual([{ text: "规章", left: 10, top: 20, width: 30, height: 40, conf: 91.5, line: "1.1.2" }]);
  });
});

describeShared("the unread mark through the text import", () => {
  it("reads 未读 in a row as that cell unread, and the row's other figures as printed", () => {
    const text = readFileSync(join(REAL_REPORTS, "huaian-city-2024.txt"), "utf8");
    const row = /规章\s+1\s+0\s+11/;
    expect(text).toMatch(row);
    const json = toJson(importReport(text.replace(row, (m) => m.replace(/11$/, "未读")), { fileName: "x.txt" }).report);
    expect(json.t2[0]).toEqual([1, 0, null]);
    expect(toJson(importReport(text, { fileName: "x.txt" }).report).t2[0]).toEqual([1, 0, 11]);
  });
});
