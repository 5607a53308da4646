// Issue 11, inputs: every bad input is made here at test time (nothing large is in the repository)
// and gets an exit code and one sentence, never a crash; the input is never changed. Runaway sizes
// are scaled to just over each limit, which refuses them exactly as it would 200 MB.
import JSZip from "jszip";
import { mkdirSync, promises as fsp, writeFileSync } from "fs";
import { LIMITS, checkFileSize, inputKindOf, zipEntries } from "../../src/import/limits";
import { exportReport } from "../../src/export";
import { UserError } from "../../src/i18n/user-error";
import { xxgk } from "../support/cli";
import { sampleReport } from "../layout/sample";
import { checksum, oneSentence, scratch } from "./support";

// Generous: these make large inputs, and the machine is shared; no test here asserts a time.
jest.setTimeout(60_000);

const s = scratch("inputs");
afterAll(() => s.done());

/** Runs the command on `file` and checks what every bad input must give: exit 2, one sentence naming
 *  the file, the file unchanged, no output written. */
async function refused(file: string, words: string | RegExp, command = "import"): Promise<string> {
  const before = checksum(file);
  const out = s.path(`out-${Math.random().toString(36).slice(2)}.xlsx`);
  const r = await xxgk(command === "import" ? ["import", file, "-o", out] : [command, file]);
  expect(r.code).toBe(2);
  const sentence = oneSentence(r.err + r.out);
  expect(sentence).toContain(file);
  expect(sentence).toMatch(words);
  expect(checksum(file)).toBe(before);
  expect(checksum(out)).toBeNull();
  return sentence;
}

describe("size limits, checked before reading", () => {
  it("a text file just over its limit is refused without being read", async () => {
    const big = s.path("big.txt");
    writeFileSync(big, Buffer.alloc(LIMITS.text.file + 1, 0x61));
    const read = jest.spyOn(fsp, "readFile");
    const sentence = await refused(big, "上限 10 MB");
    expect(sentence).toContain("文本文件");
    expect(read).not.toHaveBeenCalledWith(big);
    read.mockRestore();
  });

  it("each kind has its own limit and sentence", () => {
    expect(LIMITS.text.file).toBeLessThan(LIMITS.html.file);
    expect(inputKindOf("old.DOC")).toBe("docx");
    for (const [name, kind] of [["a.txt", "text"], ["a.HTML", "html"], ["a.docx", "docx"], ["a.xlsx", "xlsx"], ["a.pdf", "pdf"]] as const) {
      expect(inputKindOf(name)).toBe(kind);
      expect(() => checkFileSize(kind, LIMITS[kind].file)).not.toThrow();
      expect(() => checkFileSize(kind, LIMITS[kind].file + 1)).toThrow(UserError);
    }
    // Well above the largest real report (a 410 KB PDF, an 11 KB text).
    expect(LIMITS.pdf.file).toBeGreaterThan(100 * 410 * 1024);
    expect(LIMITS.text.file).toBeGreaterThan(100 * 11 * 1024);
  });

  it("a .docx zip bomb is refused by its unpacked size before it is inflated", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", Buffer.alloc(LIMITS.docx.part! + 1, 0x20));
    const bomb = s.path("bomb.docx");
    writeFileSync(bomb, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const entries = zipEntries(new Uint8Array(await fsp.readFile(bomb)));
    expect(entries.find((e) => e.name === "word/document.xml")?.unpacked).toBe(LIMITS.docx.part! + 1);
    await refused(bomb, "解压后超过 50 MB");
  });

  it("an .xlsx zip bomb likewise", async () => {
    const zip = new JSZip();
    zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(LIMITS.xlsx.part! + 1, 0x20));
    const bomb = s.path("bomb.xlsx");
    writeFileSync(bomb, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    await refused(bomb, "可能是压缩炸弹", "check");
  });
});

describe("deep nesting and long lines read linearly, without overflowing the stack", () => {
  it("100 000 nested HTML tables", async () => {
    const n = 100_000;
    const html = s.path("nested.html");
    writeFileSync(html, `<html><body>${"<table><tr><td>".repeat(n)}x${"</td></tr></table>".repeat(n)}</body></html>`);
    const r = await xxgk(["import", html]);
    // Nothing of a report in it: one sentence and exit 2 (issue 10), not a crash.
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("没有找到");
    expect(r.err + r.out).not.toMatch(/call stack|RangeError/);
  });

  it("50 000 nested .docx tables", async () => {
    const n = 50_000;
    const body = `${"<w:tbl><w:tr><w:tc>".repeat(n)}<w:p><w:r><w:t>x</w:t></w:r></w:p>${"</w:tc></w:tr></w:tbl>".repeat(n)}`;
    const zip = new JSZip();
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    );
    const docx = s.path("nested.docx");
    writeFileSync(docx, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const r = await xxgk(["import", docx]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("没有找到");
    expect(r.err + r.out).not.toMatch(/call stack|RangeError/);
  });

  it("a text of 9 MB on one line", async () => {
    const line = s.path("one-line.txt");
    writeFileSync(line, "一、总体情况 ".repeat(Math.floor((9 * 1024 * 1024) / 20)));
    const r = await xxgk(["import", line]);
    // One heading repeated, no title, no figure: no report (exit 2, one sentence), and no crash.
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("看起来不是");
    expect(r.err + r.out).not.toMatch(/call stack|RangeError/);
  });
});

describe("files that are not what they say", () => {
  it("a .docx that is really a workbook", async () => {
    const file = s.path("book.docx");
    const { writeWorkbook } = await import("../../src/xlsx/write-plan");
    const { planLayout } = await import("../../src/layout/plan");
    writeFileSync(file, await writeWorkbook(planLayout("2021", { year: 2024, agency: null })));
    await refused(file, "工作簿");
  });

  it("an encrypted workbook says it has a password, whatever its extension", async () => {
    // Excel's encrypted file: an OLE compound file whose directory holds an "EncryptedPackage" stream.
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(new Uint8Array(Buffer.from("EncryptedPackage", "utf16le")), 1024);
    for (const name of ["secret.xlsx", "secret.docx"]) {
      const file = s.path(name);
      writeFileSync(file, cfb);
      const sentence = await refused(file, "设置了打开密码");
      expect(sentence).toContain("另存一份不带密码的副本");
    }
  });

  it("a folder, with or without an extension", async () => {
    for (const name of ["reports", "reports.txt"]) {
      mkdirSync(s.path(name));
      await refused(s.path(name), "这是一个文件夹");
    }
  });

  it("a .docx export of the sample is still read (the limits stop nothing real)", async () => {
    const file = s.path("sample.docx");
    writeFileSync(file, await exportReport(sampleReport(), "docx"));
    const r = await xxgk(["import", file, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).t3[0]).toEqual([57, 0, 0, 0, 0, 0, 57]);
  });
});
