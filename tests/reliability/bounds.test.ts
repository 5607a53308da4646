// Issue 19, reads bounded by what is actually read: a device reached through a link, a FIFO, a file
// whose size on disk says nothing, PDFs of too many pages / too much inflation / too much time, an
// appendix of thousands of numbered lines, and a workbook the full reader must refuse as the light
// one does. Every input is generated here; each case gets exit 2 (or its verdict) and one sentence.
import JSZip from "jszip";
import { execFileSync } from "child_process";
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { PDF_BOUNDS } from "../../src/import/limits";
import { checkPdfInflation } from "../../src/import/pdf-bounds";
import { readInput } from "../../src/import/read-input";
import { eachSentence, MAX_SENTENCE } from "../../src/rules/narrative/sentences";
import { xxgk } from "../support/cli";
import { inflateBomb, manyPages, sharedStreamPdf } from "./pdf-inputs";
import { checksum, oneSentence, SAMPLE_TXT, scratch } from "./support";

// Generous safety timeouts only: the machine is shared, and no test here asserts a time.
jest.setTimeout(120_000);

const s = scratch("bounds");
afterAll(() => s.done());

/** check FILE: exit 2, one sentence naming the file and saying `words`, the file unchanged. */
async function refusedByCheck(file: string, words: string | RegExp): Promise<string> {
  const before = checksum(file);
  const r = await xxgk(["check", file]);
  expect(r.code).toBe(2);
  const line = oneSentence(r.out + r.err);
  expect(line).toContain(file);
  expect(line).toMatch(words);
  expect(checksum(file)).toBe(before);
  return line;
}

describe("only regular files are opened, and no further than the limit", () => {
  it("a link to /dev/zero is refused, not read for ever", async () => {
    if (!existsSync("/dev/zero")) return;
    const zero = s.path("zero.txt");
    symlinkSync("/dev/zero", zero);
    const r = await xxgk(["check", zero]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.out)).toContain("不是普通文件");
  });

  it("a FIFO is refused at once, not waited on", async () => {
    const fifo = s.path("pipe.txt");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      return; // no mkfifo here (Windows)
    }
    const r = await xxgk(["check", fifo]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.out)).toContain("不是普通文件");
  });

  it("the limit holds on the bytes read, whatever size the file reports (/proc reports 0)", async () => {
    if (!existsSync("/proc/self/maps")) return;
    await expect(readInput("/proc/self/maps", "text", 64)).rejects.toMatchObject({ msg: { id: "io.limit.tooLarge" } });
    // Under the limit, the same file is read whole.
    expect((await readInput("/proc/self/maps", "text", 64 * 1024 * 1024)).length).toBeGreaterThan(64);
  });
});

describe("a PDF is bounded by pages, inflated bytes and time", () => {
  it(`more than ${PDF_BOUNDS.pages} pages: refused before a page is read`, async () => {
    const pdf = s.path("long.pdf");
    writeFileSync(pdf, manyPages(PDF_BOUNDS.pages + 1));
    expect(await refusedByCheck(pdf, `超过读取上限 ${PDF_BOUNDS.pages} 页`)).toContain(`有 ${PDF_BOUNDS.pages + 1} 页`);
  });

  it("200,000 pages sharing one content stream (a 1 MB file): refused by its page count", async () => {
    const pdf = s.path("shared.pdf");
    writeFileSync(pdf, sharedStreamPdf(200_000));
    await refusedByCheck(pdf, "有 200000 页");
  });

  it("a page that inflates past the per-stream limit is refused before pdf.js inflates it", async () => {
    const pdf = s.path("bomb.pdf");
    writeFileSync(pdf, inflateBomb(PDF_BOUNDS.streamInflated + 1024 * 1024));
    expect(readFileSync(pdf).length).toBeLessThan(1024 * 1024);
    await refusedByCheck(pdf, "解压后超过 64 MB");
  });

  it("the per-file inflation limit adds up every stream", () => {
    const one = inflateBomb(1024 * 1024);
    expect(() => checkPdfInflation(one, { ...PDF_BOUNDS, fileInflated: 512 * 1024 })).toThrow(expect.objectContaining({ msg: expect.objectContaining({ id: "import.pdf.inflateTooLarge" }) }));
    expect(() => checkPdfInflation(one)).not.toThrow();
  });

  it("a PDF that takes longer than the time limit is stopped with a sentence", async () => {
    const pdf = s.path("slow.pdf");
    writeFileSync(pdf, manyPages(20));
    const millis = PDF_BOUNDS.millis;
    PDF_BOUNDS.millis = 1;
    try {
      await refusedByCheck(pdf, "秒的上限，已停止");
    } finally {
      PDF_BOUNDS.millis = millis;
    }
  });
});

describe("the text reader is linear in its input", () => {
  it("an appendix of 16,000 numbered lines is read (it took minutes: time grew with the square)", async () => {
    const lines = Array.from({ length: 16_000 }, (_, i) => `${i + 1}. 某某事项  ${i + 1}  ${(i + 1) * 2}  件 关于某某事项的说明文字较长一些用于填满本行`);
    const file = s.path("appendix.txt");
    writeFileSync(file, `${readFileSync(SAMPLE_TXT, "utf8")}\n附件：\n${lines.join("\n")}\n`);
    const r = await xxgk(["check", file]);
    expect(r.code).toBeLessThanOrEqual(1);
    expect(r.out).toContain("通过");
  });

  it("a sentence without a full stop is read in pieces no longer than any written sentence", () => {
    const text = "第1项 某某事项".repeat(5000);
    const pieces = [...eachSentence(text)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.text.length <= MAX_SENTENCE)).toBe(true);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });
});

describe("the full .xlsx reader refuses what the light reader refuses, before ExcelJS loads it", () => {
  it("a workbook whose sheet part unpacks past 32 MB: import refuses it as check does", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const row = '<row><c t="n"><v>1</v></c></row>';
    zip.file("xl/worksheets/sheet1.xml", `<worksheet><sheetData>${row.repeat(Math.ceil((33 * 2 ** 20) / row.length))}</sheetData></worksheet>`);
    const book = s.path("rows.xlsx");
    writeFileSync(book, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const before = checksum(book);
    const check = await xxgk(["check", book]);
    expect(check.code).toBe(2);
    expect(oneSentence(check.out)).toContain("解压后超过 32 MB");
    const out = s.path("rows-out.xlsx");
    const imp = await xxgk(["import", book, "-o", out]);
    expect(imp.code).toBe(2);
    expect(oneSentence(imp.err)).toContain("解压后超过 32 MB");
    expect(checksum(out)).toBeNull();
    expect(checksum(book)).toBe(before);
  });
});
