// 汇总 in a real spreadsheet program: the consolidated workbook (formulas only, no cached results) is
// recalculated by LibreOffice headless; every table figure equals the sum of its parts, and a figure
// typed over its formula fires R12 when the recalculated file is checked.
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { consolidate, consolidatedPlan, partOf } from "../../src/consolidate";
import { importReport } from "../../src/import";
import { SHEET } from "../../src/layout/names";
import { checkReport } from "../../src/check/engine";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { scaledSample } from "../consolidate/parts";
import { recalculatedXlsx } from "../support/libreoffice";
import { sampleReport } from "../support/reports";

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p) => existsSync(p));
if (!soffice) console.warn("skipped: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-calc-nogui");
const describeLo = soffice ? describe : describe.skip;

describeLo("LibreOffice computes a consolidated workbook's tables from 明细", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-lo-consolidate-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const tab2023 = importReport(readFileSync(join(__dirname, "..", "fixtures", "reports", "tab-2023.txt"), "utf8")).report;
  const parts = [
    partOf(sampleReport(), [], "sample-2024-panyu-hrss.txt"),
    partOf(tab2023, [], "tab-2023.txt"),
    partOf(scaledSample(2, "甲街道办事处"), [], "jia.xlsx"),
    partOf(scaledSample(7, "乙镇人民政府"), [], "yi.xlsx"),
  ];
  const plan = consolidatedPlan("2021", parts, { year: 2024, agency: "某区人民政府" });
  const { report } = consolidate("2021", parts, 2024, "某区人民政府");
  const value = (key: string) => {
    const c = report.cells[key];
    return c.kind === "number" ? c.value : null;
  };

  const throughLibreOffice = (src: string, name: string): Buffer => recalculatedXlsx(soffice as string, src, work, name);

  let computed: Buffer;
  beforeAll(async () => {
    const src = join(work, "consolidated.xlsx");
    writeFileSync(src, await writeWorkbook(plan, report, { cachedTotals: false }));
    computed = throughLibreOffice(src, "first");
  }, 180_000);

  test("every figure of tables 二, 三 and 四 equals the sum of the parts", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(computed as unknown as ExcelJS.Buffer);
    let checked = 0;
    for (const s of plan.sheets.filter((x) => x.role === "t2" || x.role === "t3" || x.role === "t4"))
      for (const c of s.cells.filter((x) => x.key && (x.role === "input" || x.role === "total"))) {
        const cell = (wb.getWorksheet(s.name) as ExcelJS.Worksheet).getCell(c.address);
        expect([c.key, cell.formula ? cell.result : cell.value]).toEqual([c.key, value(c.key as string)]);
        checked++;
      }
    expect(checked).toBe(10 + 25 * 7 + 15);
    // The parts themselves, added here by hand for one cell: 25 + tab-2023's + 25×2 + 25×7.
    const own = parts[1].cells["t3.granted.natural"];
    expect(value("t3.granted.natural")).toBe(25 * 10 + (own.kind === "number" ? own.value : NaN));
  });

  test("the recalculated file checks clean of R12, and a figure typed over fires it at that cell", async () => {
    const clean = await readWorkbook(new Uint8Array(computed), "consolidated.xlsx");
    expect(clean.report.parts).toHaveLength(4);
    expect(checkReport(clean.report).filter((f) => f.rule === "R12")).toEqual([]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(computed as unknown as ExcelJS.Buffer);
    const cellPlan = plan.sheets.find((s) => s.role === "t4")?.cells.find((c) => c.key === "t4.review.upheld");
    const address = cellPlan?.address as string;
    (wb.getWorksheet(SHEET.t4) as ExcelJS.Worksheet).getCell(address).value = 99;
    const typed = join(work, "typed.xlsx");
    await wb.xlsx.writeFile(typed);
    const again = await readWorkbook(new Uint8Array(throughLibreOffice(typed, "second")), "typed.xlsx");
    const r12 = checkReport(again.report).filter((f) => f.rule === "R12");
    expect(r12).toHaveLength(1);
    expect(r12[0]).toMatchObject({ severity: "error", left: 99, cells: [{ key: "t4.review.upheld", sheet: SHEET.t4, address }] });
    expect(r12[0].right).toBe(value("t4.review.upheld"));
  }, 180_000);
});
