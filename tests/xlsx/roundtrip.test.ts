import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readReportFile, writeReportWorkbook } from "../../src/cli/read-file";
import { NAME, SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { toJson } from "../../src/model/report";
import { UserError } from "../../src/i18n/user-error";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { SAMPLE_JSON, sampleReport } from "../layout/sample";

const plan = planLayout("2021", { year: 2024, agency: SAMPLE_JSON.agency });

test("write → read gives the same report, refs on the real cells, and no findings", async () => {
  const report = sampleReport();
  const { report: back, findings } = await readWorkbook(await writeWorkbook(plan, report), "sample.xlsx");
  expect(findings).toEqual([]);
  expect(toJson(back)).toEqual({ ...toJson(report), title: `${SAMPLE_JSON.agency}2024年政府信息公开工作年度报告` });
  expect(back.narrative).toEqual(report.narrative);
  expect(back.refs?.["t3.total.natural"]).toEqual({ sheet: SHEET.t3, address: "D28" });
});

test("the file carries formulas with cached results, validations, highlights, names, protection and A4 setup", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(plan, sampleReport())) as unknown as ExcelJS.Buffer);
  const t3 = wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet;
  expect(t3.getCell("D28").value).toEqual({ formula: "SUM(D7:D27)", result: 56 });
  expect(t3.getCell("J5").value).toEqual({ formula: "SUM(D5:I5)", result: 57 });
  expect(t3.getCell("D5").dataValidation).toMatchObject({ type: "whole", formulae: [0] });
  expect(t3.getCell("D5").protection).toMatchObject({ locked: false });
  expect(t3.getCell("J5").protection?.locked).not.toBe(false);
  // 表三 on one A4 page, printed in black and white (the input fill does not print).
  expect(t3.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 1, blackAndWhite: true });
  expect(wb.getWorksheet(SHEET.meta)?.state).toBe("veryHidden");
  expect(wb.definedNames.model.map((d) => d.name)).toEqual(expect.arrayContaining([NAME.t3, NAME.t3Data, NAME.t4, NAME.meta]));
});

test("text typed into a number cell is kept as text and flagged by the reader's value, not zeroed", async () => {
  const report = sampleReport();
  report.cells["t3.granted.natural"] = { kind: "text", raw: "25件", guess: 25, why: "unit" };
  const { report: back } = await readWorkbook(await writeWorkbook(plan, report), "text.xlsx");
  expect(back.cells["t3.granted.natural"]).toMatchObject({ kind: "text", raw: "25件", guess: 25 });
});

test("a file that is not a workbook gives a typed error with a Chinese sentence", async () => {
  await expect(readWorkbook(Buffer.from("这不是工作簿"), "坏文件.xlsx")).rejects.toBeInstanceOf(UserError);
  await expect(readWorkbook(Buffer.from("PK\u0003\u0004garbage"), "坏文件.xlsx")).rejects.toMatchObject({
    msg: { id: "cli.read.notXlsx", params: { file: "坏文件.xlsx" } },
  });
});

test("CLI path: readReportFile reads a workbook; writeReportWorkbook writes an imported report", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-"));
  const out = join(dir, "out.xlsx");
  await writeReportWorkbook(sampleReport(), out);
  const { report, findings } = await readReportFile(out);
  expect(findings).toEqual([]);
  expect(toJson(report).t3).toEqual(SAMPLE_JSON.t3);
  writeFileSync(join(dir, "x.pdf"), readFileSync(out));
  // A workbook named .pdf is read as a PDF since issue 10, and refused as not being one.
  await expect(readReportFile(join(dir, "x.pdf"))).rejects.toMatchObject({ msg: { id: "import.pdf.notPdf" } });
});

describe("a workbook that is not a report", () => {
  it("is refused with one sentence, not a finding per missing part", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "随便";
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(readWorkbook(buf, "other.xlsx")).rejects.toMatchObject({ msg: { id: "cli.read.notReport", params: { file: "other.xlsx" } } });
  });
});
