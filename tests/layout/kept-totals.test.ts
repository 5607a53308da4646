// A figure the report printed is kept as printed in the workbook (DESIGN §5): over 1,000 single-cell
// changes of the sample — any figure, total or not, made another number, blank, "/", text or unread —
// checking the written workbook (with the reader `xxgk check` uses) finds the errors checking the
// report finds.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { planLayout } from "../../src/layout/plan";
import { keepPrintedTotals } from "../../src/layout/kept-totals";
import { fillPlan } from "../../src/layout/fill";
import { SHEET } from "../../src/layout/names";
import type { CellValue } from "../../src/model/cell";
import type { ReportData } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import type { Finding } from "../../src/rules/types";
import { readWorkbookLight } from "../../src/xlsx/light/read-light";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { sampleReport } from "../support/reports";

const errorsOf = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "error" && f.msg.id !== "layout.r10.unreadMark")
    .map((f) => `${f.rule} ${f.msg.id} ${f.cells.map((c) => c.key).sort().join(",")}`)
    .sort();

async function roundTrip(report: ReportData) {
  const bytes = await writeWorkbook(planLayout(report.format, { year: report.year, agency: report.agency }), report);
  return readWorkbookLight(new Uint8Array(bytes), "out.xlsx");
}

const KEYS = Object.keys(sampleReport().cells).filter((k) => /^t[234]\./.test(k));
const mutation: fc.Arbitrary<CellValue> = fc.oneof(
  fc.nat(500).map((value): CellValue => ({ kind: "number", value })),
  fc.constant<CellValue>({ kind: "blank" }),
  fc.constant<CellValue>({ kind: "nodata", raw: "/" }),
  fc.nat(99).map((n): CellValue => ({ kind: "text", raw: `${n}件`, guess: n, why: "unit" })),
  fc.constant<CellValue>({ kind: "text", raw: "见附件", why: "notNumber" }),
  fc.constant<CellValue>({ kind: "unread" }),
);

describe("kept printed totals", () => {
  it("a total printed unlike its parts is written as printed, marked, and read back as printed", async () => {
    const r = sampleReport();
    r.cells["t3.total.natural"] = { kind: "number", value: 99 };
    r.cells["t4.review.total"] = { kind: "number", value: 0 };
    r.cells["t4.review.upheld"] = { kind: "number", value: 2 };
    const plan = fillPlan(planLayout("2021", { year: 2024, agency: null }), r);
    const cell = (sheet: string, key: string) => plan.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.key === key);
    expect(cell(SHEET.t3, "t3.total.natural")).toMatchObject({ value: 99, kept: "printed" });
    expect(cell(SHEET.t3, "t3.total.natural")?.formula).toBeUndefined();
    expect(cell(SHEET.t4, "t4.review.total")).toMatchObject({ value: 0, kept: "printed" });
    // A total that agrees with its parts keeps its formula.
    expect(cell(SHEET.t3, "t3.granted.total")?.formula).toMatch(/^=SUM/);
    expect(cell(SHEET.t3, "t3.granted.total")?.kept).toBeUndefined();

    const bytes = await writeWorkbook(planLayout("2021", { year: 2024, agency: null }), r);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const t4 = wb.getWorksheet(SHEET.t4) as ExcelJS.Worksheet;
    const address = cell(SHEET.t4, "t4.review.total")?.address as string;
    expect(t4.getCell(address).value).toBe(0);
    expect(String(t4.getCell(address).note)).toContain("按原文保留");
    const back = await readWorkbookLight(new Uint8Array(bytes), "x.xlsx");
    expect(back.report.cells["t4.review.total"]).toEqual({ kind: "number", value: 0 });
    expect(back.report.cells["t3.total.natural"]).toEqual({ kind: "number", value: 99 });
  });

  it("an unread total is written as the 未读 mark, not a formula that would compute a figure never printed", () => {
    const r = sampleReport();
    r.cells["t3.total.natural"] = { kind: "unread" };
    const t3 = fillPlan(planLayout("2021"), r).sheets.find((s) => s.name === SHEET.t3);
    expect(t3?.cells.find((c) => c.key === "t3.total.natural")).toMatchObject({ value: "未读", kept: "unread" });
  });

  it("leaves the plan alone without a report", () => {
    const sheet = planLayout("2021").sheets.find((s) => s.name === SHEET.t3);
    expect(sheet && keepPrintedTotals(sheet, undefined)).toBe(sheet);
  });

  it("check(import(x)) has the errors of check(x) for 1,000 single-cell changes of the sample", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...KEYS), mutation, async (key, value) => {
        const r = sampleReport();
        r.cells[key] = value;
        const back = await roundTrip(r);
        expect(errorsOf(checkReport(back.report, { readerFindings: back.findings }))).toEqual(errorsOf(checkReport(r)));
      }),
      { numRuns: 1000 },
    );
  }, 300_000);
});
