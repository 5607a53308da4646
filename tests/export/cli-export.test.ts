// `xxgk export` end to end: real files in a temp folder, from a published report's text and from a
// workbook, to each output kind; and the errors a user meets.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseArgs } from "../../src/cli/args";
import { exportCommand } from "../../src/cli/export";
import type { CliIO } from "../../src/cli/io";
import { writeReportWorkbook } from "../../src/cli/read-file";
import { buildDocument } from "../../src/export/document";
import { renderText } from "../../src/export/text";
import { importReport } from "../../src/import";
import { toJson } from "../../src/model/report";
import { SAMPLE_AGENCY, sampleReport } from "./sample-report";

function io(): CliIO & { errors: string[]; output: string[] } {
  const errors: string[] = [];
  const output: string[] = [];
  return { errors, output, out: (s) => output.push(s), err: (s) => errors.push(s), lang: "zh-CN" };
}

describe("xxgk export", () => {
  let dir: string;
  let txt: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-export-cli-"));
    txt = join(dir, "published.txt");
    writeFileSync(txt, renderText(buildDocument(sampleReport())));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const o = io();
    const code = await exportCommand(parseArgs(argv), o);
    return { code, o };
  };

  it("writes a .docx from a published report's text", async () => {
    const out = join(dir, "report.docx");
    const { code, o } = await run(txt, "-o", out);
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(o.errors.join("\n")).toContain("已导出完整报告");
  });

  it("writes .txt (UTF-8 with BOM) that reads back to the same figures", async () => {
    const out = join(dir, "report.txt");
    expect((await run(txt, "-o", out)).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = importReport(new Uint8Array(bytes)).report;
    expect(toJson(back).t3).toEqual(toJson(sampleReport()).t3);
  });

  it("writes .md, the narrative only with --narrative-only, whatever the extension's case", async () => {
    const out = join(dir, "narrative.MD");
    const { code, o } = await run(txt, "-o", out, "--narrative-only");
    expect(code).toBe(0);
    const md = readFileSync(out, "utf8");
    expect(md.startsWith(`# ${SAMPLE_AGENCY}`)).toBe(true);
    expect(md).toContain("## 六、其他需要报告的事项");
    expect(md).not.toContain("|");
    expect(o.errors.join("\n")).toContain("已导出正文部分");
  });

  it("exports the published sample report (PDF text) with its figures and narrative", async () => {
    const out = join(dir, "panyu.txt");
    const { code } = await run(join(__dirname, "../fixtures/reports/sample-2024-panyu-hrss.txt"), "-o", out);
    expect(code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("2024年政府信息公开工作年度报告");
    expect(text).toContain("（四）无法提供\t1.本机关不掌握相关政府信息\t16\t0\t0\t0\t0\t0\t16");
    expect(text).toContain("平均答复时间");
  });

  it("exports a workbook as well as published text", async () => {
    const xlsx = join(dir, "report.xlsx");
    await writeReportWorkbook(sampleReport(), xlsx);
    const out = join(dir, "from-workbook.txt");
    const { code } = await run(xlsx, "-o", out);
    expect(code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("一、本年新收政府信息公开申请数量\t57\t0\t0\t0\t0\t0\t57");
    expect(text).toContain("行政许可\t603");
  });

  it("refuses an unknown output extension in Chinese, before reading anything (exit 2)", async () => {
    const { code, o } = await run(join(dir, "missing.txt"), "-o", join(dir, "report.pdf"));
    expect(code).toBe(2);
    expect(o.errors).toEqual([expect.stringContaining("输出文件的扩展名须为 .docx（Word 文档）、.txt（纯文本）或 .md")]);
  });

  it("asks for -o and for the input file", async () => {
    expect((await run(txt)).o.errors[0]).toContain("请用 -o 指定输出文件");
    expect((await run()).code).toBe(2);
  });

  it("exits 2 with one sentence when the input cannot be read", async () => {
    const { code, o } = await run(join(dir, "nope.txt"), "-o", join(dir, "x.docx"));
    expect(code).toBe(2);
    expect(o.errors[0]).toMatch(/^无法读取 .*nope\.txt：/);
    expect(existsSync(join(dir, "x.docx"))).toBe(false);
  });

  // Issue 11: one exit-code table for every command — a file that cannot be written is 2, as in import.
  it("exits 2 with a clear sentence when the output cannot be written", async () => {
    const out = join(dir, "no-such-folder", "report.docx");
    const { code, o } = await run(txt, "-o", out);
    expect(code).toBe(2);
    expect(o.errors.join("\n")).toContain(`无法写入 ${out}：所在的文件夹不存在`);
    const folder = join(dir, "a-folder.docx");
    mkdirSync(folder);
    const second = await run(txt, "-o", folder);
    expect(second.code).toBe(2);
    expect(second.o.errors.join("\n")).toContain("这是一个文件夹");
  });
});

describe("xxgk export names the errors of what it exports", () => {
  it("lists each error and warning of the report, with the counts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-export-errors-"));
    try {
      const r = sampleReport();
      r.cells["t3.total.natural"] = { kind: "number", value: r.cells["t3.total.natural"].kind === "number" ? r.cells["t3.total.natural"].value + 1 : 1 };
      const txt = join(dir, "broken.txt");
      writeFileSync(txt, renderText(buildDocument(r)));
      const errors: string[] = [];
      const code = await exportCommand(parseArgs([txt, "-o", join(dir, "out.txt")]), { out: () => undefined, err: (s) => errors.push(s), lang: "zh-CN" });
      expect(code).toBe(0);
      expect(errors.filter((e) => e.startsWith("错误")).length).toBeGreaterThan(0);
      expect(errors.join("\n")).toMatch(/有 [1-9]\d* 个错误、\d+ 个警告/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
