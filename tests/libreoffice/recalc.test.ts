// A real spreadsheet program computes the totals: the workbook the CLI writes (inputs only, no
// cached totals) is converted by LibreOffice headless, and every total is checked in its output.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import type { ReportData } from "../../src/model/report";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { recalculatedXlsx } from "../support/libreoffice";
import { SAMPLE_JSON, sampleReport } from "../layout/sample";

function findSoffice(): string | null {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) if (existsSync(p)) return p;
  return null;
}

const soffice = findSoffice();
if (!soffice && process.env.CI) {
  test("LibreOffice is installed", () => {
    throw new Error("soffice not found: install libreoffice-calc-nogui (apt-get install -y libreoffice-calc-nogui) in .ci/run");
  });
}
if (!soffice && !process.env.CI) console.warn("skipped: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-calc-nogui");
const describeLo = soffice ? describe : describe.skip;

describeLo("LibreOffice recalculates the template's totals", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-lo-"));
  const plan = planLayout("2021", { year: 2024, agency: SAMPLE_JSON.agency });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** Writes `report` (inputs only), has LibreOffice convert it, and loads what LibreOffice wrote. */
  async function throughLibreOffice(report: ReportData, name: string): Promise<ExcelJS.Workbook> {
    const src = join(work, `${name}.xlsx`);
    writeFileSync(src, await writeWorkbook(plan, report, { cachedTotals: false }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(recalculatedXlsx(soffice as string, src, work, name) as unknown as ExcelJS.Buffer);
    return wb;
  }

  /** Every total cell's value as LibreOffice computed it, by canonical key. */
  function totals(wb: ExcelJS.Workbook): Map<string, unknown> {
    const out = new Map<string, unknown>();
    for (const s of plan.sheets)
      for (const c of s.cells.filter((x) => x.role === "total")) {
        const cell = (wb.getWorksheet(s.name) as ExcelJS.Worksheet).getCell(c.address);
        out.set(c.key as string, cell.formula ? cell.result : cell.value);
      }
    return out;
  }

  /** The totals the sample's figures imply (the sample's own published totals, 0 where blank). */
  function expected(report: ReportData): Map<string, number> {
    const out = new Map<string, number>();
    for (const s of plan.sheets)
      for (const c of s.cells.filter((x) => x.role === "total")) {
        const v = report.cells[c.key as string];
        out.set(c.key as string, v?.kind === "number" ? v.value : 0);
      }
    return out;
  }

  test("every total equals the sample report's published figure, and the highlights survive", async () => {
    const inputsOnly = sampleReport();
    const wb = await throughLibreOffice(inputsOnly, "sample");
    const got = totals(wb);
    expect(got.size).toBe(25 + 6 + 3); // 总计 column, 总计 row (six more), table 四's three
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected(sampleReport())));
    expect(got.get("t3.total.natural")).toBe(56);
    expect(got.get("t3.total.total")).toBe(56);
    expect(got.get("t3.new.total")).toBe(57);
    const t3 = wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet & { conditionalFormattings?: unknown[] };
    expect((t3.conditionalFormattings ?? []).length).toBeGreaterThan(0);
  }, 180_000);

  test("changing one input moves the totals that depend on it", async () => {
    const report = sampleReport();
    // Inputs only: a total the report carries is a published figure, kept as printed when it
    // disagrees with its parts (issue 18), so the changed report hands LibreOffice no totals.
    for (const s of plan.sheets) for (const c of s.cells.filter((x) => x.role === "total")) delete report.cells[c.key as string];
    report.cells["t3.granted.business"] = { kind: "number", value: 2 };
    report.cells["t4.suitDirect.corrected"] = { kind: "number", value: 1 };
    const got = totals(await throughLibreOffice(report, "changed"));
    expect(got.get("t3.granted.total")).toBe(27);
    expect(got.get("t3.total.business")).toBe(2);
    expect(got.get("t3.total.total")).toBe(58);
    expect(got.get("t4.suitDirect.total")).toBe(1);
    expect(got.get("t4.review.total")).toBe(0);
  }, 180_000);
});
