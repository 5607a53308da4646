// Issue 11, figures that are not counts: 1e20, an 18-digit ID number, a date or TRUE in a figure cell
// is an R5 error at its cell (and is summed by no rule); a meta year of 1e20 is refused like --year.
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { readCell } from "../../src/model/cell";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { sampleReport } from "../layout/sample";
import { xxgk } from "../support/cli";
import { checksum, scratch } from "./support";

// Generous: these make large inputs, and the machine is shared; no test here asserts a time.
jest.setTimeout(60_000);

const s = scratch("values");
afterAll(() => s.done());

interface JsonFinding {
  rule: string;
  severity: string;
  cells: { address?: string; key: string }[];
  message: string;
}

async function workbookWith(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const plan = planLayout("2021", { year: 2024, agency: "某区教育局" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(plan, sampleReport())) as unknown as ExcelJS.Buffer);
  edit(wb);
  const file = s.path(name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

it("1e20, an 18-digit number, a date and TRUE in 表三 are R5 errors at their cells", async () => {
  const file = await workbookWith("not-counts.xlsx", (wb) => {
    const t3 = wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet;
    t3.getCell("E5").value = 1e20;
    t3.getCell("F5").value = Number("110101199001011234");
    // As Excel stores a date typed into a cell: a serial number under a date format.
    t3.getCell("G5").value = new Date(Date.UTC(2024, 0, 1));
    // (A style of its own: ExcelJS shares one style object among the template's input cells.)
    t3.getCell("G5").style = { ...t3.getCell("G5").style, numFmt: "yyyy/m/d" };
    t3.getCell("H5").value = true;
  });
  const before = checksum(file);
  const r = await xxgk(["check", file, "--json"]);
  expect(r.code).toBe(1);
  const findings = JSON.parse(r.out).files[0].findings as JsonFinding[];
  const r5 = (address: string) => findings.find((f) => f.rule === "R5" && f.cells.some((c) => c.address === address));
  expect(r5("E5")?.message).toContain("不像件数");
  expect(r5("F5")?.message).toContain("不像件数");
  expect(r5("G5")?.message).toContain("日期");
  expect(r5("H5")?.message).toContain("逻辑值");
  for (const a of ["E5", "F5", "G5", "H5"]) expect(r5(a)?.severity).toBe("error");
  expect(checksum(file)).toBe(before);
});

it("two 18-digit numbers cannot make 表三's sums balance: no balance rule passes on them", async () => {
  // 110101199001011234 and 110101199001011266 differ by 32; beyond 2^53 both are the same double.
  const file = await workbookWith("id-numbers.xlsx", (wb) => {
    const t3 = wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet;
    t3.getCell("D5").value = Number("110101199001011234");
    t3.getCell("D7").value = Number("110101199001011266");
  });
  const r = await xxgk(["check", file, "--json"]);
  const findings = JSON.parse(r.out).files[0].findings as JsonFinding[];
  const at = (a: string) => findings.filter((f) => f.cells.some((c) => c.address === a)).map((f) => f.rule);
  expect(at("D5")).toContain("R5");
  expect(at("D7")).toContain("R5");
  expect(r.code).toBe(1);
});

it("in a published report's text, an 18-digit figure is no count either", () => {
  expect(readCell("110101199001011234", "count", true)).toEqual({ kind: "text", raw: "110101199001011234", why: "notCount" });
  expect(readCell("1,000,000,000,000", "count", true)).toMatchObject({ kind: "text", why: "notCount" });
  expect(readCell("57", "count", true)).toEqual({ kind: "number", value: 57 });
  expect(readCell(1e9)).toEqual({ kind: "number", value: 1e9 });
});

it("a meta year of 1e20 is refused as --year would be", async () => {
  const file = await workbookWith("year.xlsx", (wb) => {
    (wb.getWorksheet(SHEET.meta) as ExcelJS.Worksheet).getCell("B2").value = 1e20;
  });
  const r = await xxgk(["check", file, "--json"]);
  const json = JSON.parse(r.out).files[0];
  expect(json.year).not.toBe(1e20);
  expect((json.findings as JsonFinding[]).some((f) => f.rule === "R10" && f.severity === "error" && f.message.includes("year"))).toBe(true);
  expect(r.code).toBe(1);
  expect(readFileSync(file).length).toBeGreaterThan(0);
});
