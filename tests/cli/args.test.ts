// Strict options (issue 12): every wrong command line is one sentence naming the problem, exit 2;
// --lang anywhere; --version; help per command with every option and its default.
import { readFileSync } from "fs";
import { join } from "path";
import { editDistance, flagList, parseArgs } from "../../src/cli/args";
import { COMMAND_SPECS, dashed } from "../../src/cli/options";
import { defaultReportYear } from "../../src/format";
import { xxgk } from "../support/cli";

const SAMPLE = join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt");

async function refused(argv: string[], sentence: string): Promise<void> {
  const r = await xxgk(argv);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim()).toBe(sentence);
}

describe("unknown options are refused with a suggestion", () => {
  it("--prio is not taken as a second report", () =>
    refused(["check", SAMPLE, "--prio", SAMPLE], "“check”命令没有选项 --prio，是不是想用 --prior？"));
  it("--jsno does not print text with exit 0", () => refused(["check", SAMPLE, "--jsno"], "“check”命令没有选项 --jsno，是不是想用 --json？"));
  it("--narative-only does not export the whole report", () =>
    refused(["export", SAMPLE, "-o", "x.txt", "--narative-only"], "“export”命令没有选项 --narative-only，是不是想用 --narrative-only？"));
  it("--output is not silently ignored", () => refused(["export", SAMPLE, "--output", "x.xlsx"], "“export”命令没有选项 --output，是不是想用 -o/--out？"));
  it("an option of another command, with nothing close, points to the help", () =>
    refused(["check", SAMPLE, "--agency", "x"], "“check”命令没有选项 --agency；xxgk help check 列出全部选项。"));
  it("a single-dash option too", () => refused(["check", SAMPLE, "-x"], "“check”命令没有选项 -x；xxgk help check 列出全部选项。"));
});

describe("values", () => {
  it("a missing value at the end of the line", () => refused(["check", SAMPLE, "--prior"], "选项 --prior 后面缺少取值。"));
  it("another option is not taken as the value", () => refused(["check", SAMPLE, "--prior", "--json"], "选项 --prior 后面缺少取值。"));
  it("an empty --x= value", () => refused(["check", SAMPLE, "--report="], "选项 --report 后面缺少取值。"));
  it("a bad value", () => refused(["template", "x.xlsx", "--format", "2020"], "选项 --format 的取值“2020”不对，应为 2019 | 2021。"));
  it("a bad --lang", () => refused(["check", SAMPLE, "--lang", "fr"], "选项 --lang 的取值“fr”不对，应为 zh-CN | en。"));
  it("--lang without its value", () => refused(["check", SAMPLE, "--lang"], "选项 --lang 后面缺少取值。"));
  it("a switch given a value", () => refused(["check", SAMPLE, "--json=yes"], "选项 --json 不带取值，请去掉“=yes”。"));
  it("an option twice", () => refused(["check", SAMPLE, "--prior", "a", "--prior", "b"], "选项 --prior 只能给一次。"));
  it("a repeatable option keeps every value, in order; the others still refuse a second", () => {
    const spec = COMMAND_SPECS.find((c) => c.name === "consolidate");
    const args = parseArgs(["p", "--choose", "a.xlsx", "--choose=b.xlsx", "-o", "x.xlsx"], spec);
    expect(flagList(args, "choose")).toEqual(["a.xlsx", "b.xlsx"]);
    expect(flagList(args, "agency")).toEqual([]);
    expect(() => parseArgs(["p", "-o", "x.xlsx", "--out", "y.xlsx"], spec)).toThrow();
  });
  it("--name=value works like --name value", async () => {
    const r = await xxgk(["check", SAMPLE, `--prior=${SAMPLE}`, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files).toHaveLength(1);
  });
});

describe("extra arguments", () => {
  it("export takes one file", () => refused(["export", SAMPLE, "other.txt", "-o", "x.txt"], "多余的参数 “other.txt”：“export”命令只接受 1 个文件。"));
  it("template takes one output", () => refused(["template", "a.xlsx", "b.xlsx", "c.xlsx"], "多余的参数 “b.xlsx”、“c.xlsx”：“template”命令只接受 1 个文件。"));
  it("after --, a word that looks like an option is a file", async () => {
    const r = await xxgk(["check", "--json", "--", "--not-an-option.txt"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files[0]).toMatchObject({ file: "--not-an-option.txt", status: "unreadable" });
  });
});

describe("--lang anywhere", () => {
  it.each([
    [["--lang", "en", "check", SAMPLE]],
    [["check", "--lang", "en", SAMPLE]],
    [["check", SAMPLE, "--lang=en"]],
  ])("%j prints English", async (argv) => {
    const r = await xxgk(argv);
    expect(r.code).toBe(0);
    expect(r.out).toContain("passes, no problems found");
  });
  it("English sentences for a wrong line too", async () => {
    const r = await xxgk(["--lang", "en-US", "check", SAMPLE, "--prio", "x"]);
    expect(r.err.trim()).toBe("The command “check” has no option --prio; did you mean --prior?");
  });
});

describe("--version and help", () => {
  it("xxgk --version prints package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    const r = await xxgk(["--version"]);
    expect(r).toEqual({ code: 0, out: `xxgk ${version}\n`, err: "" });
  });

  it("xxgk help lists every command", async () => {
    const r = await xxgk(["help"]);
    expect(r.code).toBe(0);
    for (const c of COMMAND_SPECS) expect(r.out).toContain(`xxgk ${c.name} `);
  });

  it.each(COMMAND_SPECS.map((c) => [c.name]))("help %s and %s --help list every option", async (name) => {
    const spec = COMMAND_SPECS.find((c) => c.name === name);
    const a = await xxgk(["help", name]);
    const b = await xxgk([name, "--help"]);
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
    for (const o of spec?.options ?? []) expect(a.out).toContain(dashed(o.name));
    expect(a.out).toContain("--lang");
  });

  it("template's help shows the default year", async () => {
    const r = await xxgk(["template", "-h"], "en-US");
    expect(r.out).toContain(`(default: ${defaultReportYear(new Date())})`);
  });

  it("an unknown command", async () => {
    const r = await xxgk(["chek", SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有“chek”这个命令");
  });
});

test("edit distance counts a swap as one edit", () => {
  expect(editDistance("jsno", "json")).toBe(1);
  expect(editDistance("narative-only", "narrative-only")).toBe(1);
  expect(editDistance("abc", "xyz")).toBe(3);
});
