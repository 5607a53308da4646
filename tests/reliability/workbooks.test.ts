// Issue 11, workbook to workbook: `import book.xlsx -o copy.xlsx` keeps what the tool knows (说明,
// 上年数据) and what the clerk added; `import r.txt -o book.xlsx` over a report workbook updates it in
// place, keeping the clerk's other sheets, notes and cells.
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { explain } from "../../src/explain/explanations";
import { SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { priorFrom, toJson } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { importReport } from "../../src/import";
import { xxgk } from "../support/cli";
import { checksum, SAMPLE_TXT, sampleText, scratch } from "./support";

// Generous: these make large inputs, and the machine is shared; no test here asserts a time.
jest.setTimeout(60_000);

const s = scratch("workbooks");
afterAll(() => s.done());

const NOTE = "上年结转的申请已由上级机关统一办理。";

/** The sample as a report workbook with an explanation, last year's figures, and the clerk's own
 *  sheet, a cell note and a remark beside table 三. */
async function clerksWorkbook(name: string): Promise<string> {
  const sample = importReport(new Uint8Array(readFileSync(SAMPLE_TXT)), { fileName: "sample.txt" }).report;
  const plan = planLayout("2021", { year: sample.year, agency: sample.agency });
  const prior = priorFrom(sample);
  // Explained as the pane does: on the findings of the workbook as read (cells with their sheets).
  const read = await readWorkbook(await writeWorkbook(plan, sample, { prior }), "first.xlsx");
  const r6 = checkReport(read.report, { prior: read.prior, readerFindings: read.findings }).find((f) => f.rule === "R6");
  if (!r6) throw new Error("the sample with its own figures as last year's should warn on R6");
  const explanations = [explain(r6, read.report, NOTE, new Date("2025-01-10T08:00:00Z"))];
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(plan, read.report, { prior: read.prior, explanations })) as unknown as ExcelJS.Buffer);
  const mine = wb.addWorksheet("我的台账");
  mine.getCell("A1").value = "科室自用";
  const t3 = wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet;
  t3.getCell("L5").value = "备注：含两件转办";
  t3.getCell("D5").note = "核对人：张三";
  const file = s.path(name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

function expectClerksThings(wb: ExcelJS.Workbook): void {
  expect(wb.getWorksheet("我的台账")?.getCell("A1").value).toBe("科室自用");
  const t3 = wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet;
  expect(t3.getCell("L5").value).toBe("备注：含两件转办");
  expect(t3.getCell("D5").note).toBe("核对人：张三");
}

it("import book.xlsx -o copy.xlsx keeps 说明, 上年数据, and the clerk's sheet, note and remark", async () => {
  const book = await clerksWorkbook("book.xlsx");
  const before = checksum(book);
  const copy = s.path("copy.xlsx");
  const r = await xxgk(["import", book, "-o", copy]);
  expect(r.code).toBe(0);
  expect(checksum(book)).toBe(before);
  const [a, b] = [await readWorkbook(readFileSync(book), book), await readWorkbook(readFileSync(copy), copy)];
  expect(toJson(b.report)).toEqual(toJson(a.report));
  expect(b.explanations).toEqual(a.explanations);
  expect(b.explanations[0].text).toBe(NOTE);
  expect(b.prior).toEqual(a.prior);
  expectClerksThings(await load(copy));
  const check = await xxgk(["check", copy]);
  expect(check.out).toContain("已说明");
});

it("import r.txt -o book.xlsx updates the report workbook in place: new figures, the clerk's things kept", async () => {
  const book = await clerksWorkbook("inplace.xlsx");
  // The clerk typed a wrong figure; the published text has the right one.
  const wb = await load(book);
  (wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet).getCell("D5").value = 999;
  writeFileSync(book, Buffer.from(await wb.xlsx.writeBuffer()));
  const r = await xxgk(["import", sampleText(s.path("r.txt")), "-o", book]);
  expect(r.code).toBe(0);
  expect(r.err).toContain("已原地更新工作簿");
  const back = await readWorkbook(readFileSync(book), book);
  expect(back.report.cells["t3.new.natural"]).toEqual({ kind: "number", value: 57 });
  expect(back.explanations[0]?.text).toBe(NOTE);
  expect(back.prior).toBeDefined();
  const updated = await load(book);
  expectClerksThings(updated);
  // The totals' cached results follow the new figures, for programs that do not recalculate.
  expect((updated.getWorksheet(SHEET.t3) as ExcelJS.Worksheet).getCell("J5").result).toBe(57);
});

it("a report workbook of the other format is not updated in place, and not replaced without --force", async () => {
  const old = s.path("format2019.xlsx");
  expect((await xxgk(["template", old, "--year", "2020"])).code).toBe(0);
  const before = checksum(old);
  const r = await xxgk(["import", sampleText(s.path("r2.txt")), "-o", old]);
  expect(r.code).toBe(2);
  expect(r.err).toContain("另一种格式或版本的年报工作簿");
  expect(checksum(old)).toBe(before);
  expect((await xxgk(["import", s.path("r2.txt"), "-o", old, "--force"])).code).toBe(0);
  expect((await readWorkbook(readFileSync(old), old)).report.format).toBe("2021");
});

it("text that looks like a formula is written as text by the ExcelJS host", async () => {
  const sample = importReport(new Uint8Array(readFileSync(SAMPLE_TXT))).report;
  sample.narrative["6"] = '=HYPERLINK("http://evil.example","点击")';
  sample.cells["t3.new.legal"] = { kind: "text", raw: "=1+1", why: "notNumber" };
  sample.agency = "=某区教育局";
  const plan = planLayout("2021", { year: 2024, agency: sample.agency });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(plan, sample)) as unknown as ExcelJS.Buffer);
  const texts: unknown[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(c.value))));
  expect(texts).toContain('=HYPERLINK("http://evil.example","点击")');
  expect(texts).toContain("=1+1");
  const back = await readWorkbook(await writeWorkbook(plan, sample), "x.xlsx");
  expect(back.report.cells["t3.new.legal"]).toMatchObject({ kind: "text", raw: "=1+1" });
  expect(back.report.agency).toBe("=某区教育局");
});
