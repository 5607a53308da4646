import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { defaultReportYear } from "../../src/format";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { xxgk } from "../support/cli";

describe("xxgk template", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "xxgk-template-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("without --year writes the report for defaultReportYear(today), the default the add-in shares", async () => {
    const out = join(dir, "default.xlsx");
    const r = await xxgk(["template", out, "--agency", "某区教育局"]);
    expect(r.code).toBe(0);
    const back = await readWorkbook(readFileSync(out), out);
    const year = defaultReportYear(new Date());
    expect(back.report.year).toBe(year);
    expect(back.report.agency).toBe("某区教育局");
    expect(back.report.format).toBe(year <= 2020 ? "2019" : "2021");
    expect(r.err).toContain(`未给出 --year：按正在编制的报告取 ${year} 年度`);
    expect(r.err).not.toContain("--agency");
  });

  it("says the agency is left blank without --agency, and says nothing of defaults it was given", async () => {
    const blank = await xxgk(["template", join(dir, "blank.xlsx"), "--year", "2024"]);
    expect(blank.code).toBe(0);
    expect(blank.err).toContain("未给出 --agency：单位名称留空");
    expect(blank.err).not.toContain("--year");
  });
});

describe("defaultReportYear: the report being prepared now", () => {
  it("is this year's in December, last year's from January to November", () => {
    expect(defaultReportYear(new Date(2026, 11, 6))).toBe(2026);
    expect(defaultReportYear(new Date(2026, 10, 30))).toBe(2025);
    expect(defaultReportYear(new Date(2027, 0, 15))).toBe(2026);
  });
});

describe("xxgk template --year", () => {
  it("refuses a year before the national formats, saying which years it takes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-year-"));
    const r = await xxgk(["template", join(dir, "old.xlsx"), "--year", "2015"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`年度“2015”无效：应为 2019 至 ${new Date().getFullYear()} 年之间的年份`);
  });
});
