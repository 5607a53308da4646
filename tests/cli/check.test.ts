import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { explain } from "../../src/explain/explanations";
import { importReport } from "../../src/import";
import { planLayout } from "../../src/layout/plan";
import { priorFrom } from "../../src/model/report";
import type { ReportData } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-plan";
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
      code: "R5.textGuess",
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
    expect(r.out).toContain(": errors: 4, warnings: 4 (2023 · 某县财政局 · 2021)");
    expect(r.out).toContain("holds “12件”, which is not a number; probably 12.");
  });

  it("explains its usage and exits 2 on an unknown command or a missing value", async () => {
    expect((await xxgk(["frobnicate"])).code).toBe(2);
    const r = await xxgk(["check", SAMPLE, "--prior"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("选项 --prior 后面缺少取值");
  });
});

describe("xxgk check on a workbook with explanations (说明)", () => {
  // The sample report as a workbook whose 上年数据 sheet says last year carried over more than this
  // year carried in: R6 warns on 自然人 and on 总计. The clerk explained the 自然人 one.
  async function workbook(edit?: (r: ReportData) => void): Promise<{ file: string; report: ReportData }> {
    const sample = importReport(new Uint8Array(readFileSync(SAMPLE)), { fileName: "sample.txt" }).report;
    const file = join(mkdtempSync(join(tmpdir(), "xxgk-")), "2024.xlsx");
    const plan = planLayout("2021", { year: sample.year, agency: sample.agency });
    writeFileSync(file, await writeWorkbook(plan, sample, { prior: priorFrom(sample) }));
    // Explained as the pane does: on the findings of the workbook as read (cells with their sheets).
    const read = await readWorkbook(new Uint8Array(readFileSync(file)), file);
    const r6 = checkReport(read.report, { prior: read.prior, readerFindings: read.findings }).filter((f) => f.rule === "R6");
    expect(r6.map((f) => f.cells[0].key)).toEqual(["t3.carriedIn.natural", "t3.carriedIn.total"]);
    const note = explain(r6[0], read.report, "上年结转的申请已由上级机关统一办理。", new Date("2025-01-10T08:00:00Z"));
    edit?.(read.report);
    writeFileSync(file, await writeWorkbook(plan, read.report, { prior: read.prior, explanations: [note] }));
    return { file, report: read.report };
  }
  const num = (r: ReportData, key: string) => (r.cells[key] as { value: number }).value;
  const add = (r: ReportData, key: string, d: number) => (r.cells[key] = { kind: "number", value: num(r, key) + d });

  it("shows the explained warning as 已说明 with its text, counted apart in the verdict", async () => {
    const { file } = await workbook();
    const r = await xxgk(["check", file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`△ ${file}：没有错误，1 个警告（另有 1 个已说明）（2024 · `);
    expect(r.out).toMatch(/ {4}已说明 .*自然人/);
    expect(r.out).toContain("说明：上年结转的申请已由上级机关统一办理。（2025-01-10）");
    const json = JSON.parse((await xxgk(["check", file, "--json"])).out).files[0];
    expect(json.status).toBe("warnings");
    const explained = json.findings.filter((f: { explanation?: unknown }) => f.explanation);
    expect(explained).toHaveLength(1);
    expect(explained[0].explanation).toEqual({ text: "上年结转的申请已由上级机关统一办理。", at: "2025-01-10T08:00:00.000Z" });
  });

  it("a file whose only warnings are explained is ok", async () => {
    const { file } = await workbook();
    // Explain the 总计 warning too, through the same path a clerk's pane would (the stored list).
    const buf = readFileSync(file);
    const read = await readWorkbook(new Uint8Array(buf), file);
    const total = checkReport(read.report, { prior: read.prior, readerFindings: read.findings }).find(
      (f) => f.rule === "R6" && f.cells[0].key === "t3.carriedIn.total",
    )!;
    const both = [...read.explanations, explain(total, read.report, "同上。")];
    const plan = planLayout("2021", { year: read.report.year, agency: read.report.agency });
    writeFileSync(file, await writeWorkbook(plan, read.report, { prior: read.prior, explanations: both }));
    const r = await xxgk(["check", file, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files[0].status).toBe("ok");
    expect((await xxgk(["check", file])).out).toContain("通过，2 个警告均已说明");
  });

  it("when a value behind the explanation changes, the warning returns with 说明已过期", async () => {
    // This year's 结转 changed (kept in balance, still unlike last year's): the explanation is stale.
    const { file } = await workbook((r) => {
      add(r, "t3.carriedIn.natural", 2);
      add(r, "t3.new.natural", -2);
    });
    const r = await xxgk(["check", file]);
    expect(r.out).toContain("2 个警告（");
    expect(r.out).not.toContain("已说明 ");
    expect(r.out).toContain("说明已过期：上年结转的申请已由上级机关统一办理。");
    const json = JSON.parse((await xxgk(["check", file, "--json"])).out).files[0];
    const stale = json.findings.find((f: { staleExplanation?: string }) => f.staleExplanation);
    expect(stale).toMatchObject({ rule: "R6", severity: "warning", staleExplanation: "上年结转的申请已由上级机关统一办理。" });
    expect(stale.explanation).toBeUndefined();
  });
});
