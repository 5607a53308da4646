// What the tool writes, it reads back: a workbook exported as Markdown checks clean; and a file that is
// not what its name says is one sentence and exit 2, not a report of nulls.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { importReportFile } from "../../src/import";
import { xxgk } from "../support/cli";
import { REPORTS } from "./fixtures";

describe("export then check", () => {
  it("a workbook exported as .md reads back with no finding (empty label cells are not figures)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-md-"));
    const xlsx = join(dir, "x.xlsx");
    const md = join(dir, "x.md");
    expect((await xxgk(["import", join(REPORTS, "sample-2024-panyu-hrss.txt"), "-o", xlsx])).code).toBe(0);
    expect((await xxgk(["export", xlsx, "-o", md])).code).toBe(0);
    const checked = await xxgk(["check", md, "--json"]);
    expect(JSON.parse(checked.out).files[0].findings).toEqual([]);
    expect(checked.code).toBe(0);
  });
});

describe("a damaged or mislabelled file", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-bad-"));

  it("a text file named .docx: exit 2 and one sentence", async () => {
    const file = join(dir, "report.docx");
    writeFileSync(file, "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n");
    const r = await xxgk(["check", file]);
    expect(r.code).toBe(2);
    expect(r.out.trim().split("\n")).toHaveLength(1);
    expect(r.out).toContain("不是 Word 文档");
    await expect(importReportFile(new Uint8Array(Buffer.from("abc")), { fileName: "x.DOCX" })).rejects.toMatchObject({
      msg: { id: "import.docx.notZip" },
    });
  });

  it("a text with nothing of a report in it: exit 2 and one sentence, in English with --lang en", async () => {
    const file = join(dir, "notes.txt");
    writeFileSync(file, "购物清单：苹果 3 个，梨 2 个。\n");
    const r = await xxgk(["import", file, "--json", "--lang", "en"], "en-US");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("does not look like a government information disclosure annual report");
  });

  it("a folder's README that talks about 表三 with a figure or two is no report: exit 2, one sentence, no page of errors", async () => {
    const file = join(dir, "README.md");
    writeFileSync(
      file,
      "# 说明\n\n| 文件 | 问题 |\n|---|---|\n| a.pdf | 表三 一 为 95，正文写 17 |\n\n（二）部分公开 6 件的标签换了行。\n",
    );
    const r = await xxgk(["check", file]);
    expect(r.code).toBe(2);
    expect(r.out.trim().split("\n")).toHaveLength(1);
    expect(r.out).toContain("看起来不是政府信息公开工作年度报告");
  });
});
