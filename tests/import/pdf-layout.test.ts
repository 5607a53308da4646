// Text runs → lines like `pdftotext -layout`, on hand-made runs shaped like those pdf.js gives for
// the real reports (coordinates in points, y up, y the baseline).
import { layoutPage, layoutPages } from "../../src/import/pdf-layout";
import type { PdfTextItem } from "../../src/import/pdf-layout";

/** A horizontal run of `size`-point text; CJK glyphs are `size` wide, others half that. */
function run(str: string, x: number, y: number, size = 12, page = 1): PdfTextItem {
  const width = [...str].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size / 2), 0);
  return { str, x, y, width, height: size, page };
}

/** A CJK text printed glyph by glyph (each glyph its own run), as some PDF producers do. */
function glyphs(str: string, x: number, y: number, size = 12): PdfTextItem[] {
  return [...str].map((ch, i) => run(ch, x + i * size, y, size));
}

const lines = (text: string) => text.split("\n");

describe("a table row", () => {
  const row = [run("一、本年新收政府信息公开申请数量", 77.5, 348.15, 9.95), ...[21, 0, 0, 0, 0, 0, 21].map((n, i) => run(String(n), 318.7 + i * 28.5, 346.71, 14.05))];

  it("is one line: the label, then each figure apart by at least two spaces", () => {
    const text = layoutPage(row);
    expect(lines(text)).toHaveLength(1);
    expect(text).toMatch(/^一、本年新收政府信息公开申请数量 {2,}21 {2,}0 {2,}0 {2,}0 {2,}0 {2,}0 {2,}21$/);
  });

  it("keeps the figure columns of rows under each other", () => {
    const short = [run("（一）予以公开", 103.9, 303.87, 9), ...[3, 0, 0, 0, 0, 0, 3].map((n, i) => run(String(n), 318.7 + i * 28.5, 302.07, 14.05))];
    const [a, b] = lines(layoutPage([...row, ...short])).filter((l) => l !== "");
    const starts = (s: string) => [...s.matchAll(/(?<=\s)\d+/g)].map((m) => m.index);
    expect(starts(b)).toEqual(starts(a));
  });

  it("ignores pdf.js's whitespace runs, whatever width they claim", () => {
    const withSpaces = [...row, { str: " ", x: 238, y: 348.15, width: 1613, height: 0, page: 1 }];
    expect(layoutPage(withSpaces)).toBe(layoutPage(row));
  });
});

describe("a label that wraps in its cell", () => {
  // The figures are centred in their cells, so their baseline lies between the label's two lines.
  const items = [
    run("（二）部分公开（区分处理的，只计这一情", 103.92, 282.99, 9),
    run("形，不", 279.48, 282.99, 9),
    run("计其他情形）", 103.92, 269.55, 9),
    ...[4, 0, 0, 0, 0, 0, 4].map((n, i) => run(String(n), 322.2 + i * 28.5, 275.31, 14.05)),
    run("1.属于国家秘密", 180.72, 248.31, 9),
    ...[1, 0, 0, 0, 0, 0, 1].map((n, i) => run(String(n), 322.2 + i * 28.5, 248.55, 14.05)),
  ];

  it("is printed whole before its figures, as pdftotext prints it", () => {
    const out = lines(layoutPage(items)).filter((l) => l.trim() !== "");
    expect(out.map((l) => l.trim().split(/\s+/)[0])).toEqual(["（二）部分公开（区分处理的，只计这一情", "计其他情形）", "4", "1.属于国家秘密"]);
  });

  it("keeps a label's own words together and apart from the next row", () => {
    const out = lines(layoutPage(items)).filter((l) => l.trim() !== "");
    expect(out[0].trim()).toBe("（二）部分公开（区分处理的，只计这一情 形，不");
    expect(out[3].trim()).toMatch(/^1\.属于国家秘密 {2,}1 {2,}0/);
  });

  it("does not pull a group label printed left of the rows above the figures", () => {
    const group = [
      run("5.要求行政机关确认或重新出具", 180.72, 120, 9),
      ...[0, 0, 0, 0, 0, 0, 0].map((n, i) => run(String(n), 322.2 + i * 28.5, 114, 14.05)),
      run("已获取信息", 200, 107, 9),
      run("（六）其他处理", 103.92, 95, 9),
    ];
    const out = lines(layoutPage(group)).filter((l) => l.trim() !== "").map((l) => l.trim());
    expect(out[0]).toBe("5.要求行政机关确认或重新出具");
    expect(out[1]).toBe("已获取信息");
    expect(out[2]).toMatch(/^0 {2,}0/);
    expect(out[3]).toBe("（六）其他处理");
  });
});

describe("words in running text", () => {
  it("joins a CJK text split into one run per glyph without spaces", () => {
    expect(layoutPage(glyphs("政府信息公开工作年度报告", 100, 700)).trim()).toBe("政府信息公开工作年度报告");
  });

  it("puts one space where a number and a word are set a little apart, as pdftotext does", () => {
    const items = [run("2023", 100, 700), run("年，我区主动公开政府信息", 127, 700), run("1136", 274, 700), run("条。", 301, 700)];
    expect(layoutPage(items).trim()).toBe("2023 年，我区主动公开政府信息 1136 条。");
  });

  it("keeps a superscript on its line, next to the word it marks", () => {
    const items = [run("《条例》", 100, 700), run("1", 148.5, 704.5, 7), run("规定的事项", 153, 700), run("下一行", 100, 680)];
    const out = lines(layoutPage(items));
    expect(out[0]).toContain("《条例》");
    expect(out[0]).toContain("1");
    expect(out[0]).toContain("规定的事项");
    expect(out.filter((l) => l.trim() !== "")).toHaveLength(2);
  });

  it("prints a heading in fake bold (printed twice, a hair apart) once", () => {
    const heading = [run("一、总体情况", 100, 700, 16), run("一、总体情况", 100.4, 700.2, 16), run("正文", 100, 680)];
    expect(lines(layoutPage(heading)).filter((l) => l !== "")).toEqual(["一、总体情况", "正文"]);
  });

  it("separates lines by blank lines in proportion to their distance, one to five breaks", () => {
    // 14 pt apart: next line; 46 pt (3.8 sizes): three breaks; 440 pt: five at most.
    const items = [run("第一行", 100, 700), run("第二行", 100, 686), run("隔开的一行", 100, 640), run("很远的一行", 100, 200)];
    expect(layoutPage(items)).toBe(["第一行", "第二行", "", "", "隔开的一行", "", "", "", "", "很远的一行"].join("\n"));
  });

  it("prints a vertical group label as a line of its own", () => {
    const vertical: PdfTextItem = { str: "三、本年度办理结果", x: 90.58, y: 235.47, width: 9.95, height: 90, page: 1, vertical: true };
    const items = [vertical, run("2.其他法律行政法规禁止公开", 180, 235.5, 9), run("0", 322, 235, 14)];
    const out = lines(layoutPage(items)).map((l) => l.trim());
    expect(out).toContain("三、本年度办理结果");
    expect(out.find((l) => l.startsWith("2."))).toMatch(/^2\.其他法律行政法规禁止公开 {2,}0$/);
  });
});

describe("pages", () => {
  it("come in page order, each ending with a line break and a form feed, an empty page too", () => {
    const items = [run("第二页", 100, 700, 12, 2), run("第一页", 100, 700, 12, 1), run("第三页", 100, 700, 12, 4)];
    expect(layoutPages(items)).toBe("第一页\n\f第二页\n\f\f第三页\n\f");
  });

  it("give nothing for no runs", () => {
    expect(layoutPages([])).toBe("");
    expect(layoutPage([{ str: "  ", x: 0, y: 0, width: 5, height: 12, page: 1 }])).toBe("");
  });
});

describe("a page of very many runs", () => {
  it("is laid out: no spread of its runs into one call, which the engine would refuse", () => {
    // 500 lines of 400 glyphs, each glyph its own run: 200,000 runs on one page (Math.min(...runs)
    // throws a RangeError from about 130,000 arguments).
    const items = Array.from({ length: 500 }, (_, l) => glyphs("政".repeat(400), 20, 1400 - l * 2.6, 2)).flat();
    const out = lines(layoutPage(items)).filter((l) => l !== "");
    expect(out).toHaveLength(500);
    expect(out.every((l) => l === "政".repeat(400))).toBe(true);
    expect(layoutPages(items).endsWith("\f")).toBe(true);
  });
});
