// 生成模板 and 校验 through the strict fake: sync counts, what the workbook holds afterwards, and that
// the formulas and highlights work in the sheet itself.
import { getFormat, t3Keys, t4Keys } from "../../src/format";
import type { FormatId } from "../../src/format";
import { NAME, SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { host, refOf, shownKey, typeKey } from "./helpers";

const CASES: [FormatId, number][] = [
  ["2021", 2024],
  ["2019", 2020],
];

describe.each(CASES)("format %s (%s) on ExcelApi 1.8", (format, year) => {
  test("lays out in 2 syncs and reads back in 1, with no findings on a fresh template", async () => {
    const h = host("1.8");
    const applied = await h.apply({ format, year, agency: "某区人力资源和社会保障局" });
    expect(applied).toMatchObject({ written: true, syncs: 2, counted: 2, print: "skipped", conflicts: [] });
    const back = await h.read();
    expect(back.counted).toBe(1);
    expect(back.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(back.report).toMatchObject({ format, year, agency: "某区人力资源和社会保障局" });
    const figures = planLayout(format).sheets.flatMap((s) => s.cells.filter((c) => c.key && c.role !== "prior"));
    expect(Object.keys(back.report.cells).length).toBe(figures.length);
  });

  test("the workbook holds the plan: sheets, names, merges, validation, highlights, protection", async () => {
    const h = host("1.8");
    const applied = await h.apply({ format, year });
    const plan = planLayout(format, { year });
    // Bulk writes: one values/formulas block per sheet, however many cells.
    expect(applied.blockWrites).toBe(plan.sheets.length);
    const m = h.fx.model;
    for (const s of plan.sheets) {
      const got = m.sheetOrThrow(s.name);
      expect(got.visibility).toBe({ visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" }[s.visibility]);
      expect(got.protected).toBe(s.protect);
      expect(got.merges.length).toBe(s.merges.length);
      expect(got.validations.length).toBe(s.validations.length);
      expect(got.conditionalFormats.length).toBe(s.conditionalFormats.length);
      expect(got.pageLayout.paperSize).toBe("Letter"); // untouched without ExcelApi 1.9
    }
    for (const n of plan.names) expect(m.names.get(n.name.toLowerCase())?.sheet?.name).toBe(n.sheet);
    expect(m.calcSuspensions).toBe(1);
    expect(m.screenSuspensions).toBe(0);
  });

  test("typed figures make the 总计 formulas compute, and unbalanced columns light up", async () => {
    const h = host("1.8");
    await h.apply({ format, year });
    const { report } = await h.read();
    const f = getFormat(format);
    const rows = t3Keys(f);
    const last = rows.length - 1; // carriedOut
    const resultRows = rows.slice(2, last - 1);
    // 自然人: 10 new + 2 carried in; 7 granted + 3 partial; 2 carried out → balanced.
    typeKey(h, report, "t3.new.natural", 10);
    typeKey(h, report, "t3.carriedIn.natural", 2);
    typeKey(h, report, "t3.granted.natural", 7);
    typeKey(h, report, "t3.partial.natural", 3);
    typeKey(h, report, "t3.carriedOut.natural", 2);
    typeKey(h, report, "t3.new.business", 4);
    typeKey(h, report, resultRows[resultRows.length - 1][1], 4); // the last result row, 商业企业
    expect(shownKey(h, report, "t3.total.natural")).toBe(10);
    expect(shownKey(h, report, "t3.total.business")).toBe(4);
    expect(shownKey(h, report, "t3.new.total")).toBe(14);
    expect(shownKey(h, report, "t3.total.total")).toBe(14);
    for (const [i, v] of [5, 1, 0, 2].entries()) typeKey(h, report, t4Keys(f)[i], v);
    expect(shownKey(h, report, "t4.review.total")).toBe(8);

    const t3 = h.fx.model.sheetOrThrow(SHEET.t3);
    const lit = () => [...h.fx.model.highlighted(t3)].filter(([, fill]) => fill === "#FFC7CE").map(([a]) => a);
    expect(lit()).toEqual([]);
    typeKey(h, report, "t3.carriedOut.natural", 5); // 12 ≠ 10 + 5
    expect(lit()).toContain(refOf(report, "t3.new.natural").address);

    const back = await h.read();
    expect(back.report.cells["t3.total.natural"]).toEqual({ kind: "number", value: 10 });
    expect(back.report.cells["t4.review.total"]).toEqual({ kind: "number", value: 8 });
  });
});

test("ExcelApi 1.9: print setup (A4, orientation, fit to width, title rows) and screen updating", async () => {
  const h = host("1.9");
  const applied = await h.apply({ format: "2021", year: 2024 });
  expect(applied).toMatchObject({ written: true, counted: 2, print: "applied" });
  const plan = planLayout("2021");
  for (const s of plan.sheets) {
    const pl = h.fx.model.sheetOrThrow(s.name).pageLayout;
    expect(pl.paperSize).toBe("A4");
    expect(pl.orientation).toBe(s.print.orientation === "landscape" ? "Landscape" : "Portrait");
    if (s.print.fitToWidth) expect(pl.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: s.print.onePage ? 1 : 0 });
    if (s.print.titleRows) expect(pl.printTitleRows).toBe(s.print.titleRows);
    expect(pl.blackAndWhite).toBe(s.print.blackAndWhite === true);
  }
  expect(h.fx.model.screenSuspensions).toBe(1);
});

test("a click on a finding selects its cell in one sync", async () => {
  const h = host();
  await h.apply({ format: "2021", year: 2024 });
  const { report } = await h.read();
  const ref = refOf(report, "t3.new.natural");
  expect(await h.select([ref])).toBe(1);
  expect(h.fx.model.selection?.sheet.name).toBe(ref.sheet);
  expect(h.fx.model.activeSheet?.name).toBe(ref.sheet);
});

test("names are written for every block the reader needs", async () => {
  const h = host();
  await h.apply({ format: "2021", year: 2024 });
  for (const n of [NAME.t2, NAME.t3, NAME.t4, NAME.meta]) expect(h.fx.model.names.has(n.toLowerCase())).toBe(true);
});
