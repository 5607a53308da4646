// xxgk consolidate takes the files `xxgk check` takes (PDFs too), skips a note with a line, refuses a
// second report of one body unless --choose says which, never reads its own output as a part however
// it is reached, and with --skip-errors --force leaves out of 明细 what it says it leaves out.
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readReportFile, writeReportWorkbook } from "../../src/cli/read-file";
import { scaledSample } from "../consolidate/parts";
import { xxgk } from "../support/cli";
import { describeShared, realReport } from "../support/real-reports";

jest.setTimeout(120_000);

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "xxgk-consolidate-parts-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const folder = (name: string) => {
  const p = join(dir, name);
  mkdirSync(p, { recursive: true });
  return p;
};
const run = (paths: string[], out: string, ...extra: string[]) => xxgk(["consolidate", ...paths, "-o", out, "--agency", "某区人民政府", "--year", "2024", ...extra]);

describeShared("a folder of PDFs", () => {
  it("consolidates every PDF in it, and a note beside them is skipped with a line, not exit 2", async () => {
    const pdfs = folder("pdfs");
    // Copied into a temporary folder (never into the repository).
    copyFileSync(realReport("huaian-hongze-2024", "pdf"), join(pdfs, "hongze.pdf"));
    copyFileSync(realReport("huaian-city-2024", "pdf"), join(pdfs, "city.pdf"));
    writeFileSync(join(pdfs, "说明.txt"), "这个文件夹放各单位 2024 年度报告，12 月底前交齐。\n");
    const out = join(dir, "pdfs.xlsx");
    const r = await run([pdfs], out);
    expect(r.err).toContain("说明.txt：不是年报");
    expect(r.code).toBeLessThan(2);
    const { report } = await readReportFile(out);
    expect(report.parts?.map((p) => p.file).sort()).toEqual(["city.pdf", "hongze.pdf"]);
    // No error that neither part has: both PDFs' own checks have no balance error.
    const check = await xxgk(["check", out, "--json"]);
    const errors = JSON.parse(check.out).files[0].findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors).toEqual([]);
  });
});

describe("the output is never a part", () => {
  it("an earlier result reachable in the parts folder through a hard or symbolic link is not read, totals not doubled", async () => {
    const parts = folder("linked");
    await writeReportWorkbook(scaledSample(1, "甲局"), join(parts, "jia.xlsx"));
    const out = join(dir, "linked.xlsx");
    expect((await run([parts], out)).code).toBe(0);
    const first = (await readReportFile(out)).report.cells["t3.new.total"];
    linkSync(out, join(parts, "hard.xlsx"));
    symlinkSync(out, join(dir, "soft.xlsx"));
    const r = await run([parts, join(dir, "soft.xlsx")], out, "--force");
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/跳过 .*hard\.xlsx：它就是输出文件/);
    expect(r.err).toMatch(/跳过 .*soft\.xlsx：它就是输出文件/);
    const { report } = await readReportFile(out);
    expect(report.cells["t3.new.total"]).toEqual(first);
    expect(report.parts?.map((p) => p.body)).toEqual(["甲局"]);
  });
});

describe("two reports of one body and year", () => {
  it("are refused with both names, nothing written; --choose takes the one named", async () => {
    const parts = folder("twins");
    await writeReportWorkbook(scaledSample(1, "甲局"), join(parts, "a.xlsx"));
    await writeReportWorkbook(scaledSample(2, "甲局"), join(parts, "b.xlsx"));
    await writeReportWorkbook(scaledSample(1, "乙局"), join(parts, "c.xlsx"));
    const out = join(dir, "twins.xlsx");
    const r = await run([parts], out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/甲局 的 2024 年度报告有两份：.*a\.xlsx 和 .*b\.xlsx/);
    expect(existsSync(out)).toBe(false);
    const chosen = await run([parts], out, "--choose", join(parts, "b.xlsx"));
    expect(chosen.code).toBe(0);
    expect(chosen.err).toMatch(/按 --choose 纳入 .*b\.xlsx/);
    const { report } = await readReportFile(out);
    expect(report.parts?.map((p) => [p.body, p.file])).toEqual([["甲局", "b.xlsx"], ["乙局", "c.xlsx"]]);
    expect(report.cells["t3.new.total"]).toEqual({ kind: "number", value: 57 * 3 });
  });
});

describe("--choose for more than one body", () => {
  let parts: string;
  beforeAll(async () => {
    parts = folder("twins-many");
    await writeReportWorkbook(scaledSample(1, "甲局"), join(parts, "a1.xlsx"));
    await writeReportWorkbook(scaledSample(2, "甲局"), join(parts, "a2.xlsx"));
    await writeReportWorkbook(scaledSample(1, "乙局"), join(parts, "b1.xlsx"));
    await writeReportWorkbook(scaledSample(3, "乙局"), join(parts, "b2.xlsx"));
    await writeReportWorkbook(scaledSample(1, "丙局"), join(parts, "c.xlsx"));
  });
  const at = (f: string) => join(parts, f);

  it.each([
    ["repeated", ["--choose", "a2.xlsx", "--choose", "b1.xlsx"]],
    ["a comma list", ["--choose", "a2.xlsx,b1.xlsx"]],
  ])("takes the one named for each body (%s)", async (how, flags) => {
    const out = join(dir, `many-${how.length}.xlsx`);
    const r = await run([parts], out, ...flags.map((f) => (f.startsWith("--") ? f : f.split(",").map(at).join(","))));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/甲局 有两份报告：按 --choose 纳入 .*a2\.xlsx，.*a1\.xlsx 未纳入/);
    expect(r.err).toMatch(/乙局 有两份报告：按 --choose 纳入 .*b1\.xlsx，.*b2\.xlsx 未纳入/);
    const { report } = await readReportFile(out);
    expect(report.parts?.map((p) => [p.body, p.file])).toEqual([["甲局", "a2.xlsx"], ["乙局", "b1.xlsx"], ["丙局", "c.xlsx"]]);
    expect(report.cells["t3.new.total"]).toEqual({ kind: "number", value: 57 * (2 + 1 + 1) });
  });

  it("refuses a choice that matches no part, and nothing is written", async () => {
    const out = join(dir, "many-unmatched.xlsx");
    writeFileSync(join(dir, "elsewhere.xlsx"), "x");
    for (const wrong of [at("a3.xlsx"), join(dir, "elsewhere.xlsx")]) {
      const r = await run([parts], out, "--choose", at("a2.xlsx"), "--choose", at("b1.xlsx"), "--choose", wrong);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--choose 指定的 ${wrong} 不是本次要汇总的文件`);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("refuses two choices of the same body, naming both", async () => {
    const out = join(dir, "many-twice.xlsx");
    const r = await run([parts], out, "--choose", `${at("a1.xlsx")},${at("a2.xlsx")}`, "--choose", at("b1.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--choose 为 甲局 指定了两份报告：.*a1\.xlsx 和 .*a2\.xlsx/);
    expect(existsSync(out)).toBe(false);
  });

  it("still refuses the bodies no choice settles", async () => {
    const out = join(dir, "many-partial.xlsx");
    const r = await run([parts], out, "--choose", at("a2.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/乙局 的 2024 年度报告有两份：.*b1\.xlsx 和 .*b2\.xlsx/);
    expect(r.err).not.toMatch(/甲局 的 2024 年度报告有两份/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("--skip-errors --force", () => {
  it("leaves out of 明细 what it says it leaves out, the earlier workbook's entry included", async () => {
    const parts = folder("skip");
    await writeReportWorkbook(scaledSample(1, "甲局"), join(parts, "jia.xlsx"));
    await writeReportWorkbook(scaledSample(1, "乙局"), join(parts, "yi.xlsx"));
    const out = join(dir, "skip.xlsx");
    expect((await run([parts], out)).code).toBe(0);
    const bad = scaledSample(1, "乙局");
    bad.cells["t3.new.natural"] = { kind: "number", value: 58 };
    await writeReportWorkbook(bad, join(parts, "yi.xlsx"));
    const r = await run([parts], out, "--force", "--skip-errors");
    expect(r.code).toBe(0);
    expect(r.err).toContain("乙局（");
    expect(r.err).toContain("原汇总中的“乙局”按 --skip-errors 一并移出明细");
    const { report } = await readReportFile(out);
    expect(report.parts?.map((p) => p.body)).toEqual(["甲局"]);
    expect(report.cells["t3.new.total"]).toEqual({ kind: "number", value: 57 });
  });
});

describe("an unreadable part", () => {
  it("stops the write, naming it (exit 2), and leaves an earlier result as it was", async () => {
    const parts = folder("unreadable");
    await writeReportWorkbook(scaledSample(1, "甲局"), join(parts, "jia.xlsx"));
    const out = join(dir, "unreadable.xlsx");
    expect((await run([parts], out)).code).toBe(0);
    const before = readFileSync(out);
    writeFileSync(join(parts, "yi.xlsx"), "damaged");
    const r = await run([parts, fixture("sample-2024-panyu-hrss.txt")], out, "--force");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/yi\.xlsx：无法读取/);
    expect(readFileSync(out).equals(before)).toBe(true);
  });
});
