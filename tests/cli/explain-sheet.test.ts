// `xxgk explain` writes its row into the visible 说明 sheet, readable by a clerk (rule with its name,
// cell, text, the figures as they stood) with the record in the last column; CODE may be a rule id or
// a rule's name, as on the sheet.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SHEET } from "../../src/layout/names";
import { xxgk } from "../support/cli";

const SAMPLE = join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt");

async function checked(file: string) {
  return JSON.parse((await xxgk(["check", file, "--json"])).out).files[0] as { counts: { warnings: number; explained: number } };
}

describe("xxgk explain and the 说明 sheet", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-explain-sheet-"));
  const report = join(work, "report.txt");
  writeFileSync(report, readFileSync(SAMPLE, "utf8").replace("予以公开 25 件", "予以公开 24 件"));
  const wb = join(work, "report.xlsx");

  it.each([["正文与表格一致"], ["R8"]])("takes the rule by its name or id (%s) and writes a row a clerk can read", async (code) => {
    expect((await xxgk(["import", report, "-o", wb, "--force"])).code).toBe(0);
    expect(await checked(wb)).toMatchObject({ counts: { warnings: 1, explained: 0 } });
    const r = await xxgk(["explain", wb, "--code", code, "--cell", "J7", "正文按申请人口径统计"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(await checked(wb)).toMatchObject({ counts: { warnings: 0, explained: 1 } });

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(wb) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet(SHEET.explanations)!;
    expect(sheet.state).toBe("visible");
    expect(String(sheet.getCell("A1").value)).toContain("填写说明");
    expect([1, 2, 3, 4, 5, 6].map((c) => String(sheet.getCell(2, c).value))).toEqual(["规则", "单元格", "说明", "说明时的数值", "记录时间", "核对记录（自动填写，请勿改动）"]);
    expect([1, 2, 3, 4].map((c) => sheet.getCell(3, c).value)).toEqual(["R8 正文与表格一致", "J7", "正文按申请人口径统计", "J7=25"]);
    expect(JSON.parse(String(sheet.getCell(3, 6).value))).toMatchObject({ rule: "R8", cells: ["t3.granted.total"] });
    expect(sheet.getCell(4, 1).value).toBeNull();
  }, 60_000);
});
