import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { xxgk } from "../support/cli";

// Generous: several tests write and read workbooks, and the machine is shared; no test asserts a time.
jest.setTimeout(60_000);

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);

describe("xxgk import", () => {
  it("prints the sample report's data as the JSON of DESIGN §5", async () => {
    const r = await xxgk(["import", fixture("sample-2024-panyu-hrss.txt"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const expected = JSON.parse(readFileSync(fixture("sample-2024-panyu-hrss.expected.json"), "utf8"));
    expect({ t2: json.t2, t3: json.t3, t4: json.t4 }).toEqual({ t2: expected.t2, t3: expected.t3, t4: expected.t4 });
    expect(json).toMatchObject({ format: "2021", year: 2024, agency: "广州市番禺区人力资源和社会保障局" });
  });

  it("summarises in one line without --json", async () => {
    const r = await xxgk(["import", fixture("tab-2023.gb18030.txt")]);
    expect(r.out).toMatch(/2023 年度 · 某市某区卫生健康局 · 2021 格式，读到 200\/200 个表格单元格/);
  });

  it("exits 1 and says how many errors a report with unbalanced tables has, keeping its printed totals", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-import-"));
    try {
      // The sample with one printed total off by one: R2 (column) and R3 (row) both fail on it.
      const text = readFileSync(fixture("sample-2024-panyu-hrss.txt"), "utf8");
      const broken = join(dir, "broken.txt");
      writeFileSync(broken, text.replace("（七）总计 56 0 0 0 0 0 56", "（七）总计 57 0 0 0 0 0 56"));
      const r = await xxgk(["import", broken, "-o", join(dir, "out.xlsx")]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/有 [1-9]\d* 个错误/);
      const check = await xxgk(["check", join(dir, "out.xlsx"), "--json"]);
      const errors = JSON.parse(check.out).files[0].findings.filter((f: { severity: string }) => f.severity === "error");
      const before = await xxgk(["check", broken, "--json"]);
      const printed = JSON.parse(before.out).files[0].findings.filter((f: { severity: string }) => f.severity === "error");
      expect(errors.map((f: { rule: string }) => f.rule).sort()).toEqual(printed.map((f: { rule: string }) => f.rule).sort());
      expect(errors.length).toBeGreaterThan(0);
      // The same into an existing template, updated in place.
      const book = join(dir, "book.xlsx");
      expect((await xxgk(["template", book, "--year", "2024"])).code).toBe(0);
      const inPlace = await xxgk(["import", broken, "-o", book]);
      expect(inPlace.err).toContain("已原地更新工作簿");
      const again = JSON.parse((await xxgk(["check", book, "--json"])).out).files[0].findings.filter((f: { severity: string }) => f.severity === "error");
      expect(again.map((f: { rule: string }) => f.rule).sort()).toEqual(printed.map((f: { rule: string }) => f.rule).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 1 and says why when a report has no tables", async () => {
    const r = await xxgk(["import", fixture("text-without-tables.txt"), "--json"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("没有找到表三");
  });

  it("does not import into another body's or another year's workbook without --force, and says whose it is", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-import-other-"));
    try {
      for (const [name, extra] of [["agency.xlsx", ["--year", "2024", "--agency", "某区教育局"]], ["year.xlsx", ["--year", "2023"]]] as const) {
        const book = join(dir, name);
        expect((await xxgk(["template", book, ...extra])).code).toBe(0);
        const before = readFileSync(book);
        const r = await xxgk(["import", fixture("sample-2024-panyu-hrss.txt"), "-o", book]);
        expect(r.code).toBe(2);
        expect(r.err).toContain("是另一份报告的工作簿");
        expect(r.err).toContain("广州市番禺区人力资源和社会保障局 2024 年度");
        expect(readFileSync(book).equals(before)).toBe(true);
        expect((await xxgk(["import", fixture("sample-2024-panyu-hrss.txt"), "-o", book, "--force"])).code).toBe(0);
      }
      // A template left without an agency takes the report's, for the same year.
      const blank = join(dir, "blank.xlsx");
      expect((await xxgk(["template", blank, "--year", "2024"])).code).toBe(0);
      const r = await xxgk(["import", fixture("sample-2024-panyu-hrss.txt"), "-o", blank]);
      expect(r.code).toBe(0);
      expect(r.err).toContain("已原地更新工作簿");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
