// Rewriting a workbook keeps what is not ours (issue 19): a consolidation edited in LibreOffice Calc
// — a sheet 我的备注, a remark beside 表三, a comment, a defined name of the clerk's — keeps all of it
// through `consolidate -o EXISTING --force` (the documented way to add a unit) and `template --force`.
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readReportFile, writeReportWorkbook } from "../../src/cli/read-file";
import { SHEET } from "../../src/layout/names";
import { scaledSample } from "../consolidate/parts";
import { xxgk } from "../support/cli";
import { editInLibreOffice, findSoffice } from "../support/libreoffice";

const soffice = findSoffice();
if (!soffice) console.warn("skipped: LibreOffice (soffice) is not installed; apt-get install -y libreoffice-calc-nogui");
const describeLo = soffice ? describe : describe.skip;

jest.setTimeout(300_000);

// StarBasic, as a clerk's edits: 表三 is protected (no password) like every table sheet.
const CLERKS_EDITS = `
  sheets = doc.Sheets
  sheets.insertNewByName("我的备注", sheets.Count)
  mine = sheets.getByName("我的备注")
  mine.getCellByPosition(0, 0).String = "科室自用"
  t3 = sheets.getByName("${SHEET.t3}")
  t3.unprotect("")
  t3.getCellRangeByName("L5").String = "备注：含两件转办"
  t3.Annotations.insertNew(t3.getCellRangeByName("D7").CellAddress, "核对人：张三")
  t3.protect("")
  doc.NamedRanges.addNewByName("MY_NOTES", "$'我的备注'.$A$1", mine.getCellByPosition(0, 0).CellAddress, 0)
`;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

async function expectClerksThings(file: string): Promise<void> {
  const wb = await load(file);
  expect(wb.getWorksheet("我的备注")?.getCell("A1").value).toBe("科室自用");
  const t3 = wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet;
  expect(t3.getCell("L5").value).toBe("备注：含两件转办");
  expect(JSON.stringify(t3.getCell("D7").note)).toContain("核对人：张三");
  expect(wb.definedNames.model.find((d) => d.name === "MY_NOTES")?.ranges[0]).toMatch(/我的备注'?!\$A\$1/);
}

describeLo("a workbook edited in LibreOffice keeps the clerk's things when rewritten", () => {
  let work: string;
  beforeAll(() => (work = mkdtempSync(join(tmpdir(), "xxgk-lo-keep-"))));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("consolidate -o EXISTING --force adds a unit and keeps the sheet, remark, comment and name", async () => {
    const parts = join(work, "parts");
    mkdirSync(parts);
    await writeReportWorkbook(scaledSample(1, "甲局"), join(parts, "jia.xlsx"));
    const out = join(work, "汇总.xlsx");
    const args = ["--agency", "某区人民政府", "--year", "2024"];
    expect((await xxgk(["consolidate", parts, "-o", out, ...args])).code).toBe(0);
    editInLibreOffice(soffice as string, out, work, CLERKS_EDITS);
    await expectClerksThings(out);

    const more = join(work, "more");
    mkdirSync(more);
    await writeReportWorkbook(scaledSample(2, "乙局"), join(more, "yi.xlsx"));
    const r = await xxgk(["consolidate", more, "-o", out, "--force", ...args]);
    expect(r.err).not.toMatch(/无法读取/);
    expect(r.code).toBe(0);
    await expectClerksThings(out);
    const { report } = await readReportFile(out);
    expect(report.parts?.map((p) => p.body)).toEqual(["甲局", "乙局"]);
    expect(report.cells["t3.new.total"]).toEqual({ kind: "number", value: 57 * 3 });
  });

  it("template EXISTING --force lays the template out again and keeps the same things", async () => {
    const out = join(work, "模板.xlsx");
    expect((await xxgk(["template", out, "--year", "2024", "--agency", "甲局"])).code).toBe(0);
    editInLibreOffice(soffice as string, out, work, CLERKS_EDITS);
    expect((await xxgk(["template", out, "--year", "2024", "--agency", "甲局", "--force"])).code).toBe(0);
    await expectClerksThings(out);
    expect((await readReportFile(out)).report).toMatchObject({ year: 2024, agency: "甲局" });
  });
});
