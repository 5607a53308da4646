// `xxgk template --prior` and `xxgk import -o --prior`: the written workbook's 上年数据 sheet holds last
// year's 结转下年度继续办理 and 现行有效件数, read back through readWorkbook; `xxgk check` on it then
// warns (R6/R7) when this year's figures disagree with them and says nothing when they agree.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { xxgk } from "../support/cli";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);
const SAMPLE = fixture("sample-2024-panyu-hrss.txt");
const sampleText = readFileSync(SAMPLE, "utf8");

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "xxgk-prior-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample as if it were the 2023 report, with its 结转下年度继续办理 row replaced. */
function lastYearFile(name: string, carriedOut: string): string {
  const text = sampleText.replace(/2024 ?年/g, "2023 年").replace(/四、结转下年度继续办理[^\n]*/, `四、结转下年度继续办理 ${carriedOut}`);
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const priorOf = async (file: string) => (await readWorkbook(readFileSync(file), file)).prior?.cells ?? {};
const num = (value: number) => ({ kind: "number", value });

describe("xxgk template --prior", () => {
  it("fills the 上年数据 sheet of a 2025 template from the 2024 report, with no warning", async () => {
    const out = join(dir, "2025.xlsx");
    const r = await xxgk(["template", out, "--year", "2025", "--agency", "广州市番禺区人力资源和社会保障局", "--prior", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`上年数据取自 ${SAMPLE}（2024 年度 · 广州市番禺区人力资源和社会保障局）：读到 9/9 项。`);
    expect(r.err).not.toContain("警告");
    const prior = await priorOf(out);
    expect(prior["t3.carriedOut.natural"]).toEqual(num(1));
    expect(prior["t3.carriedOut.business"]).toEqual(num(0));
    expect(prior["t3.carriedOut.total"]).toEqual(num(1));
    expect(prior["t2.normative.inForce"]).toEqual(num(1));
    expect(prior["t2.regulations.inForce"]).toEqual(num(0));
    // The report cells stay blank: only the reference sheet is filled.
    const back = await readWorkbook(readFileSync(out), out);
    expect(back.report.cells["t3.carriedIn.natural"]).toEqual({ kind: "blank" });
  });

  it("reads last year's workbook (.xlsx) too", async () => {
    const lastYear = join(dir, "2024-from-import.xlsx");
    expect((await xxgk(["import", SAMPLE, "-o", lastYear])).code).toBe(0);
    const out = join(dir, "2025-from-xlsx.xlsx");
    const r = await xxgk(["template", out, "--year", "2025", "--prior", lastYear]);
    expect(r.code).toBe(0);
    expect((await priorOf(out))["t3.carriedOut.total"]).toEqual(num(1));
  });

  it("warns, without refusing, when last year's report is not of the year before", async () => {
    const out = join(dir, "2024-template.xlsx");
    const r = await xxgk(["template", out, "--year", "2024", "--prior", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("警告 上年文件是 2024 年度的报告，而本报告是 2024 年度，上年数据应取自 2023 年度的报告");
    expect((await priorOf(out))["t3.carriedOut.natural"]).toEqual(num(1));
  });

  it("says that a 2019-format report has no 现行有效件数 for R7, and still takes 结转", async () => {
    const out = join(dir, "2021.xlsx");
    const r = await xxgk(["template", out, "--year", "2021", "--prior", fixture("pdf-2020-format2019.txt")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("2019 年试行格式");
    expect(r.err).toContain("R7 无法用它核对");
    const prior = await priorOf(out);
    expect(Object.keys(prior).some((k) => k.endsWith(".inForce"))).toBe(false);
    expect(prior["t3.carriedOut.natural"]).toEqual(num(6));
  });

  it("exits 2 with a sentence when last year's file cannot be read, writing nothing", async () => {
    const out = join(dir, "never.xlsx");
    const r = await xxgk(["template", out, "--year", "2025", "--prior", join(dir, "missing.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`无法读取上年文件 ${join(dir, "missing.docx")}：找不到这个文件`);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("xxgk import -o --prior, then xxgk check", () => {
  it("R6 warns where this year's 上年结转 differs from last year's 结转下年度继续办理", async () => {
    const lastYear = lastYearFile("2023-carried-1.txt", "1 0 0 0 0 0 1");
    const out = join(dir, "2024-r6.xlsx");
    const r = await xxgk(["import", SAMPLE, "-o", out, "--prior", lastYear]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("警告 上年文件");
    const prior = await priorOf(out);
    expect(prior["t3.carriedOut.natural"]).toEqual(num(1));
    const check = await xxgk(["check", out, "--json"]);
    const findings = JSON.parse(check.out).files[0].findings as { rule: string; cells: { key: string }[]; left: number; right: number }[];
    const r6 = findings.filter((f) => f.rule === "R6");
    expect(r6.map((f) => [f.cells[0].key, f.left, f.right])).toEqual([
      ["t3.carriedIn.natural", 0, 1],
      ["t3.carriedIn.total", 0, 1],
    ]);
    expect(findings.filter((f) => f.rule === "R7")).toEqual([]);
    expect(check.code).toBe(0); // warnings only
  });

  it("no R6 or R7 finding when last year's figures agree", async () => {
    const lastYear = lastYearFile("2023-carried-0.txt", "0 0 0 0 0 0 0");
    const out = join(dir, "2024-ok.xlsx");
    expect((await xxgk(["import", SAMPLE, "-o", out, "--prior", lastYear])).code).toBe(0);
    expect((await priorOf(out))["t2.normative.inForce"]).toEqual(num(1));
    const check = await xxgk(["check", out]);
    expect(check.code).toBe(0);
    // As a word: the temp folder's random name ("xxgk-prior-3oR6Rx") may hold the letters.
    expect(check.out).not.toMatch(/\bR[67]\b/);
    expect(check.out).toContain("通过，没有发现问题");
  });

  it("R7 warns when last year's 现行有效件数 does not lead to this year's", async () => {
    const text = sampleText.replace(/2024 ?年/g, "2023 年").replace("行政规范性文件 1 1 1", "行政规范性文件 1 1 5").replace(/四、结转下年度继续办理[^\n]*/, "四、结转下年度继续办理 0 0 0 0 0 0 0");
    const lastYear = join(dir, "2023-inforce-5.txt");
    writeFileSync(lastYear, text);
    const out = join(dir, "2024-r7.xlsx");
    expect((await xxgk(["import", SAMPLE, "-o", out, "--prior", lastYear])).code).toBe(0);
    const check = await xxgk(["check", out, "--json"]);
    const findings = JSON.parse(check.out).files[0].findings as { rule: string; left: number; right: number }[];
    expect(findings.filter((f) => f.rule === "R7").map((f) => [f.left, f.right])).toEqual([[1, 5]]);
  });

  it("--prior needs -o", async () => {
    const r = await xxgk(["import", SAMPLE, "--prior", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("请同时给出 -o 输出.xlsx");
  });

  it("a workbook imported without --prior keeps its own 上年数据", async () => {
    const lastYear = lastYearFile("2023-carried-1b.txt", "1 0 0 0 0 0 1");
    const first = join(dir, "2024-first.xlsx");
    await xxgk(["import", SAMPLE, "-o", first, "--prior", lastYear]);
    const copy = join(dir, "2024-copy.xlsx");
    expect((await xxgk(["import", first, "-o", copy])).code).toBe(0);
    expect((await priorOf(copy))["t3.carriedOut.total"]).toEqual(num(1));
  });

  it("check --prior still overrides what the sheet holds", async () => {
    const lastYear = lastYearFile("2023-carried-1c.txt", "1 0 0 0 0 0 1");
    const out = join(dir, "2024-override.xlsx");
    await xxgk(["import", SAMPLE, "-o", out, "--prior", lastYear]);
    const agreeing = lastYearFile("2023-carried-0b.txt", "0 0 0 0 0 0 0");
    const check = await xxgk(["check", out, "--prior", agreeing]);
    expect(check.out).not.toMatch(/R6/);
  });
});
