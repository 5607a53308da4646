// xxgk consolidate: parts read and checked, added into a workbook whose tables are sums over 明细;
// re-running adds or replaces bodies by name; an existing file is kept without --force.
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readReportFile, writeReportWorkbook } from "../../src/cli/read-file";
import { SHEET } from "../../src/layout/names";
import { scaledSample } from "../consolidate/parts";
import { xxgk } from "../support/cli";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);

describe("xxgk consolidate", () => {
  let dir: string;
  let parts: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-consolidate-"));
    parts = join(dir, "parts");
    mkdirSync(join(parts, "sub"), { recursive: true });
    await writeReportWorkbook(scaledSample(2, "甲街道办事处"), join(parts, "jia.xlsx"));
    await writeReportWorkbook(scaledSample(3, "乙镇人民政府"), join(parts, "sub", "yi.xlsx"));
    writeFileSync(join(parts, "readme.pdf.bak"), "not a report"); // not a report type: ignored in a folder
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const out = (name: string) => join(dir, name);
  const run = (o: string, ...extra: string[]) =>
    xxgk(["consolidate", fixture("sample-2024-panyu-hrss.txt"), parts, "-o", o, "--agency", "番禺区人民政府", "--year", "2024", ...extra]);

  it("adds a published report and a folder of workbooks into one whose tables are the sums", async () => {
    const r = await run(out("a.xlsx"));
    expect(r.err).not.toMatch(/无法读取/);
    expect(r.code).toBe(0);
    expect(r.out).toContain("✔ 广州市番禺区人力资源和社会保障局（sample-2024-panyu-hrss.txt）：通过");
    expect(r.out).toContain("乙镇人民政府（yi.xlsx）");
    expect(r.err).toContain("已写入汇总工作簿");
    const { report } = await readReportFile(out("a.xlsx"));
    expect(report).toMatchObject({ agency: "番禺区人民政府", year: 2024 });
    expect(report.cells["t3.new.total"]).toEqual({ kind: "number", value: 57 * 6 });
    expect(report.cells["t3.granted.natural"]).toEqual({ kind: "number", value: 25 * 6 });
    expect(report.parts?.map((p) => [p.body, p.file, p.status])).toEqual([
      ["广州市番禺区人力资源和社会保障局", "sample-2024-panyu-hrss.txt", "ok"],
      // Scaled tables under the sample's own narrative: R8 warns of the figures the text states.
      ["甲街道办事处", "jia.xlsx", "warnings"],
      ["乙镇人民政府", "yi.xlsx", "warnings"],
    ]);
  });

  it("refuses to overwrite an existing file without --force, and leaves it as it was", async () => {
    const target = out("kept.xlsx");
    writeFileSync(target, "mine");
    const r = await run(target);
    expect(r.code).toBe(2);
    expect(r.err).toContain("已存在");
    expect(readFileSync(target, "utf8")).toBe("mine");
  });

  it("with --force adds and replaces bodies by name, keeping the others", async () => {
    const target = out("rerun.xlsx");
    expect((await run(target)).code).toBe(0);
    const again = join(dir, "again");
    mkdirSync(again);
    await writeReportWorkbook(scaledSample(1, "甲街道办事处"), join(again, "jia2.xlsx"));
    await writeReportWorkbook(scaledSample(1, "丙局"), join(again, "bing.xlsx"));
    const r = await xxgk(["consolidate", again, "-o", target, "--force"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("已替换汇总中原有的“甲街道办事处”");
    const { report } = await readReportFile(target);
    expect(report.parts?.map((p) => [p.body, p.cells["t3.new.natural"]])).toEqual([
      ["广州市番禺区人力资源和社会保障局", { kind: "number", value: 57 }],
      ["甲街道办事处", { kind: "number", value: 57 }],
      ["乙镇人民政府", { kind: "number", value: 171 }],
      ["丙局", { kind: "number", value: 57 }],
    ]);
    expect(report.cells["t3.new.total"]).toEqual({ kind: "number", value: 57 * 6 });
    expect(report).toMatchObject({ agency: "番禺区人民政府", year: 2024 });
  });

  it("will not add bodies to a workbook that is not a consolidation", async () => {
    const plain = out("plain.xlsx");
    await writeReportWorkbook(scaledSample(1, "丁局"), plain);
    const before = statSync(plain).mtimeMs;
    const r = await run(plain, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain("不是汇总工作簿");
    expect(statSync(plain).mtimeMs).toBe(before);
  });

  it("fires R12 in xxgk check at a table figure typed over its formula", async () => {
    const target = out("typed.xlsx");
    expect((await run(target)).code).toBe(0);
    expect((await xxgk(["check", target])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const ws = wb.getWorksheet(SHEET.t3) as ExcelJS.Worksheet;
    let address = "";
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!address && typeof cell.formula === "string" && cell.formula.includes("明细") && cell.result === 150) address = cell.address;
      }),
    );
    expect(address).not.toBe(""); // （一）予以公开·自然人 = 25 × 6
    ws.getCell(address).value = 149;
    await wb.xlsx.writeFile(target);
    const r = await xxgk(["check", target, "--json"]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out).files[0].findings.filter((f: { rule: string }) => f.rule === "R12");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", left: 149, right: 150, cells: [{ key: "t3.granted.natural", address }] });
    expect(findings[0].message).toContain("不等于明细中 3 个单位的合计 150");
  });

  it("takes in a part with errors, listing them, or leaves it out with --skip-errors", async () => {
    const bad = join(dir, "bad");
    mkdirSync(bad);
    const r0 = scaledSample(1, "错局");
    r0.cells["t3.new.natural"] = { kind: "number", value: 58 }; // R1 and R3 break
    await writeReportWorkbook(r0, join(bad, "bad.xlsx"));
    const taken = await xxgk(["consolidate", bad, fixture("sample-2024-panyu-hrss.txt"), "-o", out("bad1.xlsx"), "--agency", "区", "--year", "2024"]);
    expect(taken.code).toBe(1);
    expect(taken.out).toMatch(/✘ 错局（bad.xlsx）：有错误，\d+ 个错误/);
    expect(taken.out).toMatch(/ {4}错误 表三「自然人」列：第一项加第二项之和（58）/);
    const left = await xxgk(["consolidate", bad, fixture("sample-2024-panyu-hrss.txt"), "-o", out("bad2.xlsx"), "--agency", "区", "--year", "2024", "--skip-errors"]);
    expect(left.code).toBe(0);
    expect(left.err).toContain("错局（");
    expect((await readReportFile(out("bad2.xlsx"))).report.parts?.map((p) => p.body)).toEqual(["广州市番禺区人力资源和社会保障局"]);
  });

  it("says what is missing on the command line, in a sentence, exit 2", async () => {
    expect((await xxgk(["consolidate", parts, "-o", out("x.xlsx")])).err).toContain("--agency");
    expect((await xxgk(["consolidate", parts])).code).toBe(2);
    expect((await xxgk(["consolidate", parts, "-o", out("y.xlsx"), "--agency", "区", "--year", "二〇二四"])).err).toContain("四位年份");
    const r = await xxgk(["consolidate", join(dir, "missing.txt"), "-o", out("z.xlsx"), "--agency", "区", "--year", "2024"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/无法读取|没有可汇总/);
  });

  // Issue 18: a part of another year or format, or one that cannot be read, is refused with its name,
  // and nothing is written — a total that left it out would sum a subset silently.
  it("refuses a report in another format or of another year and an unreadable one, naming each, and writes nothing (exit 2)", async () => {
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, "not a workbook");
    const target = out("mixed.xlsx");
    const r = await xxgk([
      "consolidate", fixture("sample-2024-panyu-hrss.txt"), fixture("pdf-2020-format2019.txt"), fixture("tab-2023.txt"), broken,
      "-o", target, "--agency", "区", "--year", "2024",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pdf-2020-format2019\.txt（.*）是 2019 格式，与汇总的 2021 格式不同.*未纳入/);
    expect(r.err).toMatch(/tab-2023\.txt（某市某区卫生健康局）是 2023 年度的报告，不是汇总年度 2024，未纳入/);
    expect(r.err).toMatch(/broken\.xlsx：无法读取/);
    expect(r.err).toContain("有 3 个文件未能纳入");
    expect(existsSync(target)).toBe(false);
  });
});
