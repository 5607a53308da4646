// Tables print as the official format prints: labels break only at the official breaks (the "\n" in
// src/format/print.ts), every column is wide enough that no line wraps again, and the small tables
// each print on one page in black and white.
import { getFormat, printedBreaks, printedGroupLabel, printedLabel, widestLine } from "../../src/format";
import type { FormatId, FormatSpec } from "../../src/format";
import { colLetters, parseCell, parseRange } from "../../src/layout/a1";
import { planLayout, sheetOf } from "../../src/layout/plan";
import type { SheetPlan } from "../../src/layout/types";

const FORMATS: FormatId[] = ["2021", "2019"];

function formatLabels(f: FormatSpec): string[] {
  return [
    f.t3.note,
    ...f.t3.columns.map((c) => c.label),
    ...f.t3.rows.flatMap((r) => [r.label, ...r.parents]),
    ...f.t2.flatMap((g) => [g.heading, g.contentLabel, ...g.columns.map((c) => c.label), ...g.rows.map((r) => r.label)]),
    ...f.t4.columns.map((c) => c.label),
  ];
}

/** Width (Excel units) of the cell or merged range a cell starts. */
function spanWidth(sheet: SheetPlan, address: string): number {
  const merge = sheet.merges.map(parseRange).find((r) => r.top === parseCell(address).row && r.left === parseCell(address).col);
  const { col } = parseCell(address);
  const [left, right] = merge ? [merge.left, merge.right] : [col, col];
  let w = 0;
  for (let c = left; c <= right; c++) w += sheet.columnWidths[colLetters(c)] ?? 8.43;
  return w;
}

describe("printed line breaks (data)", () => {
  const all = new Set(FORMATS.flatMap((id) => formatLabels(getFormat(id))));

  it("only break labels the formats have, and keep every character of them", () => {
    for (const [label, lines] of Object.entries(printedBreaks())) {
      expect([label, all.has(label)]).toEqual([label, true]);
      expect(lines.join("")).toBe(label);
      expect(lines.every((l) => l.length > 0)).toBe(true);
    }
  });

  it("break at word boundaries, not inside the words the issue saw split", () => {
    expect(printedLabel("社会公益组织")).toBe("社会公益\n组织");
    expect(printedLabel("法律服务机构")).toBe("法律服务\n机构");
    expect(printedGroupLabel("三、本年度办理结果")).toBe("三、\n本\n年\n度\n办\n理\n结\n果");
    expect(printedGroupLabel("（五）不予处理")).toBe("（五）\n不予处理");
    expect(printedLabel("自然人")).toBe("自然人");
  });
});

describe.each(FORMATS)("planLayout(%s) as printed", (id) => {
  const plan = planLayout(id, { year: id === "2021" ? 2024 : 2020 });

  it.each(["t2", "t3", "t4", "prior"] as const)("%s: every header and label line fits its column, so it wraps only at its breaks", (role) => {
    const sheet = sheetOf(plan, role);
    const tooNarrow = sheet.cells
      .filter((c) => (c.role === "header" || c.role === "label") && typeof c.value === "string")
      .filter((c) => widestLine(c.value as string) + 1 > spanWidth(sheet, c.address))
      .map((c) => `${c.address} ${JSON.stringify(c.value)} needs ${widestLine(c.value as string)} has ${spanWidth(sheet, c.address)}`);
    expect(tooNarrow).toEqual([]);
  });

  it("表三's row heights hold each label's lines", () => {
    const t3 = sheetOf(plan, "t3");
    for (const c of t3.cells.filter((x) => x.role === "label" && typeof x.value === "string")) {
      const { row } = parseCell(c.address);
      const merged = t3.merges.map(parseRange).find((r) => r.top === row && r.left === parseCell(c.address).col);
      let height = 0;
      for (let r = row; r <= (merged?.bottom ?? row); r++) height += t3.rowHeights[r] ?? 15;
      const lines = (c.value as string).split("\n").length;
      expect([c.address, height >= lines * 12]).toEqual([c.address, true]);
    }
  });

  it("the tables and 上年数据 each print on one page, in black and white", () => {
    for (const role of ["t2", "t3", "t4", "prior"] as const) expect(sheetOf(plan, role).print).toMatchObject({ onePage: true, blackAndWhite: true });
  });

  it("上年数据's two blocks look alike: same header height, same row height, same cell roles", () => {
    const prior = sheetOf(plan, "prior");
    const headerRows = [...new Set(prior.cells.filter((c) => c.role === "header").map((c) => parseCell(c.address).row))];
    const dataRows = [...new Set(prior.cells.filter((c) => c.role === "prior").map((c) => parseCell(c.address).row))];
    expect(headerRows.length).toBe(id === "2021" ? 2 : 1);
    expect(new Set(headerRows.map((r) => prior.rowHeights[r])).size).toBe(1);
    expect(new Set(dataRows.map((r) => prior.rowHeights[r])).size).toBe(1);
    expect(dataRows.every((r) => prior.cells.some((c) => c.role === "label" && parseCell(c.address).row === r))).toBe(true);
  });

  it("上年数据's hint says plainly what to enter", () => {
    const note = sheetOf(plan, "prior").cells.find((c) => c.role === "note")?.value as string;
    expect(note).toBe("请按上一年度已公布的年度报告填写以下数字，用于核对本年的“上年结转”和“现行有效件数”；不清楚的可以留空。");
  });
});
