import { parseRange, a1 } from "../../src/layout/a1";
import { NAME, SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { readBackWithPlan } from "../../src/layout/readback";
import type { RangeRead, WorkbookRead } from "../../src/layout/read-types";
import { relayout } from "../../src/layout/relayout";
import type { LayoutPlan } from "../../src/layout/types";
import { toJson } from "../../src/model/report";
import type { ReportData } from "../../src/model/report";
import { insertRow, sheetGrids, workbookReadOf } from "./workbook-read";
import { SAMPLE_JSON, sampleReport } from "./sample";

const plan = planLayout("2021", { year: 2024, agency: SAMPLE_JSON.agency });

/** Each sheet's used range from A1, as a host would read it for relayout. */
function usedRanges(p: LayoutPlan, report: ReportData | null): Record<string, RangeRead> {
  const out: Record<string, RangeRead> = {};
  for (const [sheet, cells] of sheetGrids(p, report)) {
    const pos = [...cells.keys()].map((k) => parseRange(k));
    const bottom = Math.max(...pos.map((x) => x.bottom));
    const right = Math.max(...pos.map((x) => x.right));
    const values = Array.from({ length: bottom }, (_, r) => Array.from({ length: right }, (_, c) => cells.get(a1(r + 1, c + 1)) ?? ""));
    out[sheet] = { sheet, address: `A1:${a1(bottom, right)}`, values };
  }
  return out;
}

/** What a workbook holds after the relayout result was written (plan cells only). */
const afterWrite = (p: LayoutPlan): WorkbookRead => workbookReadOf(p, null);

test("re-laying a filled, intact workbook keeps every figure and text and asks nothing", () => {
  const report = sampleReport();
  const result = relayout(workbookReadOf(plan, report), usedRanges(plan, report));
  expect(result.conflicts).toEqual([]);
  expect(result.rebuild).toEqual([]);
  const again = readBackWithPlan(result.plan, afterWrite(result.plan)).report;
  expect(toJson(again)).toEqual(toJson(readBackWithPlan(plan, workbookReadOf(plan, report)).report));
  expect(again.narrative).toEqual(report.narrative);
});

test("damaged labels are restored without asking; the figures stay", () => {
  const report = sampleReport();
  const read = workbookReadOf(plan, report);
  (read.names[NAME.t3] as RangeRead).values[10][2] = "保护第三方";
  const sheets = usedRanges(plan, report);
  sheets[SHEET.t3].values[11][2] = "保护第三方";
  const result = relayout(read, sheets);
  expect(result.conflicts).toEqual([]);
  const c12 = result.plan.sheets.find((s) => s.name === SHEET.t3)?.cells.find((c) => c.address === "C12");
  expect(c12?.value).toBe("4.保护第三方合法权益");
  expect(toJson(readBackWithPlan(result.plan, afterWrite(result.plan)).report).t3).toEqual(SAMPLE_JSON.t3);
});

test("a row inserted in table 三 holding the clerk's own note: figures carried over, the note is a conflict", () => {
  const report = sampleReport();
  const read = workbookReadOf(plan, report);
  read.names[NAME.t3] = insertRow(read.names[NAME.t3] as RangeRead, 8);
  const sheets = usedRanges(plan, report);
  const t3 = sheets[SHEET.t3];
  // The same insertion on the sheet itself, with a note typed into the new row.
  t3.values.splice(9, 0, t3.values[0].map(() => ""));
  t3.values[9][2] = "其中2件为电话申请";
  t3.address = `A1:J${t3.values.length}`;
  const result = relayout(read, sheets);
  expect(result.rebuild).toEqual([SHEET.t3]);
  expect(result.conflicts).toEqual([{ sheet: SHEET.t3, address: "C10", existing: "其中2件为电话申请", planned: "2.其他法律行政法规禁止公开" }]);
  expect(toJson(readBackWithPlan(result.plan, afterWrite(result.plan)).report).t3).toEqual(SAMPLE_JSON.t3);
});

test("a sheet of the same name in a workbook the tool did not make: its contents are conflicts", () => {
  const sheets: Record<string, RangeRead> = {
    [SHEET.t3]: { sheet: SHEET.t3, address: "A1:B2", values: [["我的表", ""], ["", 42]] },
  };
  const result = relayout({ sheetNames: [SHEET.t3], names: {} }, sheets, { year: 2024 });
  expect(result.conflicts.map((c) => c.address)).toEqual(["A1", "B2"]);
  expect(result.plan.format).toBe("2021");
});

test("a renamed sheet is renamed back; an older layout version is upgraded keeping the figures", () => {
  const report = sampleReport();
  const read = workbookReadOf(plan, report);
  for (const n of Object.values(read.names)) if (n && n.sheet === SHEET.t4) n.sheet = "复议诉讼";
  (read.names[NAME.meta] as RangeRead).values[3][1] = 0; // layoutVersion 0
  const sheets = usedRanges(plan, report);
  sheets["复议诉讼"] = { ...sheets[SHEET.t4], sheet: "复议诉讼" };
  delete sheets[SHEET.t4];
  const result = relayout(read, sheets);
  expect(result.renames).toEqual([{ from: "复议诉讼", to: SHEET.t4 }]);
  expect(result.upgradedFrom).toBe(0);
  expect(result.conflicts).toEqual([]);
  expect(toJson(readBackWithPlan(result.plan, afterWrite(result.plan)).report)).toMatchObject({ t3: SAMPLE_JSON.t3, t4: SAMPLE_JSON.t4 });
});

describe("the year when nobody gave one (hosts pass defaultReportYear(today))", () => {
  const empty: WorkbookRead = { sheetNames: ["Sheet1"], names: {} };

  test("a new workbook gets the default year and that year's format; without one, no year and 2021", () => {
    const r = relayout(empty, {}, { defaultYear: 2024 });
    expect(r.plan.year).toBe(2024);
    expect(r.plan.format).toBe("2021");
    expect(relayout(empty, {}, { defaultYear: 2020 }).plan.format).toBe("2019");
    const none = relayout(empty, {});
    expect(none.plan.year).toBeNull();
    expect(none.plan.format).toBe("2021");
  });

  test("a year given explicitly wins over the default, and picks the format of a new workbook", () => {
    const r = relayout(empty, {}, { year: 2020, defaultYear: 2024 });
    expect(r.plan.year).toBe(2020);
    expect(r.plan.format).toBe("2019");
    expect(relayout(empty, {}, { year: null, defaultYear: 2024 }).plan.year).toBeNull();
  });

  test("the workbook's own year wins over the default", () => {
    const p = planLayout("2021", { year: 2022, agency: "某区教育局" });
    const r = relayout(workbookReadOf(p, null), usedRanges(p, null), { defaultYear: 2024 });
    expect(r.plan.year).toBe(2022);
    expect(r.plan.agency).toBe("某区教育局");
    expect(r.conflicts).toEqual([]);
  });

  test("a laid-out workbook without a year takes the default only when its format fits that year", () => {
    const p2021 = planLayout("2021", { year: null, agency: null });
    expect(relayout(workbookReadOf(p2021, null), usedRanges(p2021, null), { defaultYear: 2024 }).plan.year).toBe(2024);
    const p2019 = planLayout("2019", { year: null, agency: null });
    const r = relayout(workbookReadOf(p2019, null), usedRanges(p2019, null), { defaultYear: 2024 });
    expect(r.plan.format).toBe("2019");
    expect(r.plan.year).toBeNull(); // not 2024: that would make the workbook an R10 error
  });
});

test("生成模板 on a workbook with a total kept as printed keeps it a value; once its parts agree, the formula is back", () => {
  const report = sampleReport();
  const printed = report.cells["t3.total.natural"];
  report.cells["t3.total.natural"] = { kind: "number", value: printed.kind === "number" ? printed.value + 1 : 1 };
  const result = relayout(workbookReadOf(plan, report), usedRanges(plan, report));
  expect(result.conflicts).toEqual([]);
  const cell = (p: LayoutPlan) => p.sheets.find((s) => s.name === SHEET.t3)?.cells.find((c) => c.key === "t3.total.natural");
  expect(cell(result.plan)).toMatchObject({ kept: "printed", value: report.cells["t3.total.natural"].kind === "number" ? report.cells["t3.total.natural"].value : NaN });
  expect(cell(result.plan)?.formula).toBeUndefined();
  // Read again after writing: the printed figure is still there, still unequal to its parts.
  const again = readBackWithPlan(result.plan, afterWrite(result.plan)).report;
  expect(again.cells["t3.total.natural"]).toEqual(report.cells["t3.total.natural"]);
  // The clerk corrects the total to its parts' sum: the next 生成模板 gives it its formula back.
  const fixed = sampleReport();
  const back = relayout(workbookReadOf(plan, fixed), usedRanges(plan, fixed));
  expect(cell(back.plan)?.formula).toMatch(/^=SUM/);
  expect(cell(back.plan)?.kept).toBeUndefined();
});
