// `xxgk check PATH…` over folders (issue 12): recursion, order, the count at the end, exit codes,
// progress only on a terminal, --prior-dir pairing, prior warnings.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "../../src/cli/main";
import { clock, progressLine } from "../../src/cli/batch-progress";
import { xxgk } from "../support/cli";
import { describeShared, SHARED_REPORTS } from "../support/shared-reports";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);
const REAL = join(SHARED_REPORTS ?? "", "real");

describe("a folder's README or note is skipped, not counted as an unreadable report", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-batch-skip-"));
    copyFileSync(fixture("sample-2024-panyu-hrss.txt"), join(dir, "report.txt"));
    writeFileSync(join(dir, "README.md"), "# 说明\n\n表三 一 为 95，正文写 17；（二）部分公开 6 件。\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists it as skipped; the exit code is the reports' own", async () => {
    const r = await xxgk(["check", dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("另有 1 个文件不是年报");
    expect(r.out).toContain(join(dir, "README.md"));
    expect(r.out).not.toContain("无法读取");
    const j = JSON.parse((await xxgk(["check", dir, "--json"])).out);
    expect(j.files.map((f: { file: string }) => f.file)).toEqual([join(dir, "report.txt")]);
    expect(j.summary).toMatchObject({ files: 1, ok: 1, unreadable: 0 });
    expect(j.skipped).toEqual([{ file: join(dir, "README.md"), message: expect.stringContaining("不是政府信息公开工作年度报告") }]);
  });

  it("named on the command line, the same file is refused: exit 2", async () => {
    const r = await xxgk(["check", join(dir, "README.md")]);
    expect(r.code).toBe(2);
  });
});

describe("xxgk check FOLDER", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-batch-"));
    mkdirSync(join(dir, "b", "deeper"), { recursive: true });
    mkdirSync(join(dir, "a"));
    copyFileSync(fixture("sample-2024-panyu-hrss.txt"), join(dir, "b", "deeper", "ok.txt"));
    copyFileSync(fixture("html-2023-spans.html"), join(dir, "a", "errors.html"));
    copyFileSync(fixture("pipe-2022.txt"), join(dir, "Z.md"));
    writeFileSync(join(dir, "notes.csv"), "not a report"); // not a report type: not taken
    writeFileSync(join(dir, "~$lock.xlsx"), "lock"); // Excel's lock file: not taken
    writeFileSync(join(dir, "b", "broken.xlsx"), "not a zip"); // taken, unreadable
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("takes every report under the folder in code-point order and counts them at the end", async () => {
    const r = await xxgk(["check", dir, "--json"]);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { file: string }) => f.file.slice(dir.length + 1))).toEqual(["Z.md", "a/errors.html", "b/broken.xlsx", "b/deeper/ok.txt"]);
    expect(json.files.map((f: { status: string }) => f.status)).toEqual(["warnings", "errors", "unreadable", "ok"]);
    expect(json.summary).toEqual({ files: 4, ok: 1, warnings: 1, errors: 1, unreadable: 1 });
    expect(r.code).toBe(2); // a file could not be read
  });

  it("prints the count as one sentence after the verdicts", async () => {
    const r = await xxgk(["check", join(dir, "a"), join(dir, "b", "deeper")]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n").pop()).toBe("共 2 个文件：通过 1，有警告 0，有错误 1，无法读取 0。");
  });

  it("an empty folder is a sentence and exit 2", async () => {
    const empty = mkdtempSync(join(tmpdir(), "xxgk-empty-"));
    const r = await xxgk(["check", empty]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有找到年报文件");
  });

  it("draws progress only on a terminal, and never with --json", async () => {
    const drawn: string[] = [];
    const io = (lang: "zh-CN") => ({ out: () => undefined, err: () => undefined, lang, progress: (l: string) => drawn.push(l) });
    await run(["check", dir, "--json"], io("zh-CN"));
    expect(drawn).toEqual([]);
    await run(["check", dir], io("zh-CN"));
    expect(drawn.some((l) => /\d\/4/.test(l))).toBe(true);
    expect(drawn[drawn.length - 1]).toBe(""); // cleared before the verdicts
  });

  it("the progress line says count and time left", () => {
    expect(progressLine(30, 120, 15_000, "zh-CN")).toMatch(/30\/120 剩余约 0:45$/);
    expect(progressLine(0, 10, 0, "en-US")).toMatch(/0\/10 about … left$/);
    expect(clock(75_000)).toBe("1:15");
  });
});

describeShared("xxgk check --prior-dir", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-pair-"));
    mkdirSync(join(dir, "2024"));
    mkdirSync(join(dir, "2023"));
    copyFileSync(join(REAL, "huaian-hongze-2024.txt"), join(dir, "2024", "hongze.txt"));
    copyFileSync(join(REAL, "huaian-city-2024.txt"), join(dir, "2024", "city.txt"));
    copyFileSync(join(REAL, "huaian-hongze-2023.txt"), join(dir, "2023", "hongze.txt"));
    copyFileSync(fixture("tab-2023.txt"), join(dir, "2023", "other-agency.txt"));
    // The sample as its own report of the year before: it carried over 1, this year carries in 0 (R6).
    copyFileSync(fixture("sample-2024-panyu-hrss.txt"), join(dir, "2024", "panyu.txt"));
    writeFileSync(join(dir, "2023", "panyu.txt"), readFileSync(fixture("sample-2024-panyu-hrss.txt"), "utf8").replace(/2024/g, "2023"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("pairs each report with last year's of the same agency and lists the unpaired", async () => {
    const r = await xxgk(["check", join(dir, "2024"), "--prior-dir", join(dir, "2023"), "--json"]);
    const [city, hongze, panyu] = JSON.parse(r.out).files;
    expect(hongze.prior.file).toBe(join(dir, "2023", "hongze.txt"));
    expect(hongze.prior.problems.join("")).toContain("上年年报的机关名称写作“洪泽区人民政府”");
    expect(panyu.prior).toEqual({ file: join(dir, "2023", "panyu.txt"), problems: [] });
    expect(panyu.findings.map((f: { rule: string }) => f.rule)).toEqual(["R6", "R6"]);
    expect(city.prior).toBeUndefined();
    expect(city.unpaired).toBe("上年文件夹中没有“淮安市人民政府” 2023 年度的年报");
    const text = await xxgk(["check", join(dir, "2024"), "--prior-dir", join(dir, "2023")]);
    expect(text.out).toContain("以下 1 份年报未配对到上年年报");
    expect(text.out).toContain(`${join(dir, "2024", "city.txt")}：上年文件夹中没有`);
  });

  it("refuses --prior with --prior-dir, and a --prior-dir that is no folder", async () => {
    const both = await xxgk(["check", dir, "--prior", "x.txt", "--prior-dir", dir]);
    expect([both.code, both.err.trim()]).toEqual([2, "--prior 和 --prior-dir 只能用其中一个。"]);
    const none = await xxgk(["check", dir, "--prior-dir", join(dir, "nope")]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("不是文件夹或不存在");
  });
});

describe("check --prior says what template and import say about a prior", () => {
  it("a prior of the same year is named on stderr, once", async () => {
    const sample = fixture("sample-2024-panyu-hrss.txt");
    const r = await xxgk(["check", sample, sample, "--prior", sample]);
    const lines = r.err.trim().split("\n").filter((l) => l.includes("上年文件是 2024 年度的报告"));
    expect(lines).toHaveLength(1);
  });
  it("a blank prior too", async () => {
    const r = await xxgk(["check", fixture("sample-2024-panyu-hrss.txt"), "--prior", fixture("text-without-tables.txt")]);
    expect(r.err).toContain("上年文件中没有找到可用的上年数据");
  });
});
