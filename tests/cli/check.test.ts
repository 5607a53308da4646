import { copyFileSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { xxgk } from "../support/cli";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);
const SAMPLE = fixture("sample-2024-panyu-hrss.txt");

describe("xxgk check", () => {
  it("passes the sample report with exit 0 and a one-line verdict", async () => {
    const r = await xxgk(["check", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`✔ ${SAMPLE}：通过，没有发现问题（2024 · 广州市番禺区人力资源和社会保障局 · 2021）`);
  });

  it("exits 1 on an error finding and groups the findings by rule", async () => {
    const r = await xxgk(["check", fixture("html-2023-spans.html")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("[R5 数字格式] 4 项");
    expect(r.out).toContain("填写的“12件”不是数字，可能是 12");
  });

  it("exits 2 when a file cannot be read at all, with a sentence and no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-"));
    const pdf = join(dir, "report.txt");
    writeFileSync(pdf, Buffer.from("%PDF-1.7\n%\u00e2\u00e3"));
    const r = await xxgk(["check", pdf, join(dir, "missing.txt")]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("找不到这个文件");
    expect(r.out).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it("prints the JSON of DESIGN §5 with --json", async () => {
    const r = await xxgk(["check", SAMPLE, fixture("html-2023-spans.html"), "--json"]);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { status: string }) => f.status)).toEqual(["ok", "errors"]);
    const finding = json.files[1].findings.find((f: { cells: { key: string }[] }) => f.cells[0].key === "t3.granted.natural");
    expect(finding).toEqual({
      rule: "R5",
      severity: "error",
      cells: [{ key: "t3.granted.natural" }],
      left: null,
      right: 12,
      message: "表三「（一）予以公开」·自然人 填写的“12件”不是数字，可能是 12：请只填写数字。",
    });
  });

  it("compares with last year's report given by --prior", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-"));
    const lastYear = join(dir, "2023.txt");
    copyFileSync(SAMPLE, lastYear); // last year "carried over 1", this year "carried in 0": R6 warns
    const r = await xxgk(["check", SAMPLE, "--prior", lastYear, "--json"]);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.out).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`);
    expect(rules).toEqual(["R6:warning", "R6:warning"]);
  });

  it("speaks English with --lang en", async () => {
    const r = await xxgk(["check", fixture("html-2023-spans.html"), "--lang", "en"], "en-US");
    expect(r.out).toContain(": 4 errors, 4 warnings (2023 · 某县财政局 · 2021)");
    expect(r.out).toContain("holds “12件”, which is not a number; probably 12.");
  });

  it("explains its usage and exits 2 on an unknown command or a missing value", async () => {
    expect((await xxgk(["frobnicate"])).code).toBe(2);
    const r = await xxgk(["check", SAMPLE, "--prior"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("选项 --prior 后面缺少取值");
  });
});
