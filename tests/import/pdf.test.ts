// `xxgk import|check report.pdf`: a PDF read offline with pdf.js, and every PDF that cannot be read
// refused with one sentence (exit 2): not a PDF, damaged, encrypted, scanned, too large.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { importPdfFile, pdfFileText } from "../../src/import/pdf";
import { LIMITS } from "../../src/import/limits";
import { xxgk } from "../support/cli";
import { minimalPdf, SCANNED_PAGE, show, showChinese, showTurned } from "./pdf-fixture";

const dir = mkdtempSync(join(tmpdir(), "xxgk-pdf-"));
const put = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const ENCRYPTED = join(__dirname, "..", "fixtures", "pdf", "password-protected.pdf"); // LibreOffice, open password "secret"
const SAMPLE = readFileSync(join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt"), "utf8");

/** One sentence on one line, naming the file, with no English error text or stack in it. */
function expectOneSentence(err: string, file: string, words: string): void {
  const lines = err.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toContain(words);
  expect(lines[0]).not.toMatch(/Error|Exception|at .*\.[jt]s/);
}

describe("a PDF made by hand", () => {
  it("gives its text laid out like pdftotext: rows on lines, columns apart, pages ending in a form feed", async () => {
    const pdf = minimalPdf([
      [show("Table 3", 72, 760), show("Row one", 72, 700), show("12", 300, 700), show("3", 360, 700), show("Row two", 72, 680), show("0", 300, 680)].join("\n"),
      show("Second page", 72, 760),
    ]);
    const text = await pdfFileText(pdf);
    const pages = text.split("\f");
    expect(pages).toHaveLength(3); // two pages, each ended by a form feed
    const lines = pages[0].split("\n").filter((l) => l.trim() !== "");
    expect(lines[0].trim()).toBe("Table 3");
    expect(lines[1]).toMatch(/^Row one {2,}12 {2,}3$/);
    expect(lines[2]).toMatch(/^Row two {2,}0$/);
    // The figures of both rows start in one column.
    expect(lines[2].indexOf("0")).toBe(lines[1].indexOf("12"));
    expect(pages[1].trim()).toBe("Second page");
  });

  it("reads Chinese set in a non-embedded font through a predefined CMap, from the installed CMap files", async () => {
    const page = [showChinese("某区人民政府2024年政府信息公开工作年度报告", 72, 760), showChinese("一、总体情况", 72, 730)].join("\n");
    const lines = (await pdfFileText(minimalPdf([page]))).split("\n").map((l) => l.trim());
    expect(lines).toContain("某区人民政府2024年政府信息公开工作年度报告");
    expect(lines).toContain("一、总体情况");
  });

  it("reads a landscape page (turned by /Rotate) as it is shown, rows across", async () => {
    // Shown turned a quarter right, the page's unturned x runs down the screen and y across it.
    const content = [
      showTurned("Table 3, printed landscape", 70, 72),
      ...[showTurned("Row one", 100, 72), showTurned("12", 100, 300), showTurned("Row two", 120, 72), showTurned("0", 120, 300)],
    ].join("\n");
    const text = await pdfFileText(minimalPdf([{ content, rotate: 90 }]));
    const lines = text.replace("\f", "").split("\n").filter((l) => l.trim() !== "");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("Table 3, printed landscape");
    expect(lines[1]).toMatch(/^Row one {2,}12$/);
    expect(lines[2]).toMatch(/^Row two {2,}0$/);
  });

  it("without any text (a scan) is refused with OCR off: it needs OCR or the text copy", async () => {
    // With OCR on (the default since issue 22) a scan is read; tests/ocr/bad-scans.test.ts has the
    // sentence for a scan it finds nothing on. Off (--no-ocr), the sentence is the one before OCR.
    await expect(pdfFileText(minimalPdf([SCANNED_PAGE, SCANNED_PAGE]), { noOcr: true })).rejects.toMatchObject({ msg: { id: "import.pdf.scanned" } });
    const file = put("scan.pdf", minimalPdf([SCANNED_PAGE]));
    const r = await xxgk(["check", file, "--no-ocr"]);
    expect(r.code).toBe(2);
    expectOneSentence(r.out + r.err, file, "扫描");
    expect(r.out + r.err).toContain("OCR");
  });
});

describe("a PDF with a scanned page among its text pages", () => {
  it("is read, with a warning naming the pages whose content was not read", async () => {
    const text = [show("Some report, its first page in text", 72, 760), show("and its second line", 72, 740)].join("\n");
    const file = put("part-scanned.pdf", minimalPdf([text, SCANNED_PAGE, text, SCANNED_PAGE]));
    const { problems } = await importPdfFile(file);
    const scanned = problems.filter((p) => p.msg.id === "import.pdf.pagesWithoutText");
    expect(scanned).toHaveLength(1);
    expect(scanned[0]).toMatchObject({ severity: "warning", msg: { params: { pages: "2、4" } } });
    const r = await xxgk(["import", file]);
    expect(r.err).toContain("PDF 第 2、4 页没有文字");
    // Its scanned pages go through OCR (which finds nothing on these blank ones): seconds, not milliseconds.
  }, 120_000);

  it("gives no such warning when every page has text", async () => {
    const text = show("Some report, every page of it in text", 72, 760);
    const { problems } = await importPdfFile(put("all-text.pdf", minimalPdf([text, text])));
    expect(problems.map((p) => p.msg.id)).not.toContain("import.pdf.pagesWithoutText");
  }, 120_000);
});

describe("a file that cannot be read as a PDF", () => {
  it("a text file named .pdf: not a PDF, exit 2", async () => {
    const file = put("really-text.pdf", SAMPLE);
    const r = await xxgk(["import", file, "--json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expectOneSentence(r.err, file, "不是 PDF");
  });

  it("a damaged PDF (cut short, or its body lost): damaged, exit 2", async () => {
    const whole = minimalPdf([show("Row one", 72, 700), show("Row two", 72, 680)]);
    const cut = put("cut-short.pdf", whole.subarray(0, Math.floor(whole.length / 3)));
    const lost = put("body-lost.pdf", "%PDF-1.7\nthe rest of the file is missing\n%%EOF\n");
    for (const file of [cut, lost]) {
      const r = await xxgk(["check", file]);
      expect(r.code).toBe(2);
      expectOneSentence(r.out + r.err, file, "已损坏");
    }
  });

  it("an encrypted PDF: needs its password, exit 2", async () => {
    const r = await xxgk(["import", ENCRYPTED]);
    expect(r.code).toBe(2);
    expectOneSentence(r.err, ENCRYPTED, "密码");
  });

  it("a PDF over the size limit is refused before it is read", async () => {
    const file = put("huge.pdf", "%PDF-1.4\n");
    truncateSync(file, LIMITS.pdf.file + 1); // sparse: nothing is written, and nothing need be read
    await expect(importPdfFile(file)).rejects.toMatchObject({ msg: { id: "io.limit.tooLarge", params: { limit: "100 MB" } } });
    const r = await xxgk(["check", file, "--json"]);
    expect(r.code).toBe(2);
    const [result] = JSON.parse(r.out).files;
    expect(result.status).toBe("unreadable");
    expect(result.message).toContain("100 MB");
  });

  it("says it in English with --lang en, with no Chinese in the sentence", async () => {
    const file = put("english.pdf", SAMPLE);
    const r = await xxgk(["check", file, "--lang", "en"], "en-US");
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain("is not a PDF");
    expect(r.out + r.err).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("a Node.js that cannot load pdf.js", () => {
  it("says which version it is and what is needed, in one sentence", async () => {
    const real = process.getBuiltinModule("module");
    const tooOld = {
      ...real,
      createRequire: () => () => {
        throw Object.assign(new Error("require() of ES Module not supported"), { code: "ERR_REQUIRE_ESM" });
      },
    };
    const spy = jest.spyOn(process, "getBuiltinModule").mockImplementation(((id: string) => (id === "module" ? tooOld : real)) as typeof process.getBuiltinModule);
    try {
      // A fresh copy of the loader, which has not loaded pdf.js yet.
      await jest.isolateModulesAsync(async () => {
        const fresh = await import("../../src/import/pdf");
        await expect(fresh.pdfFileText(minimalPdf([show("x", 72, 700)]))).rejects.toMatchObject({
          msg: { id: "import.pdf.unavailable", params: { version: process.versions.node } },
        });
      });
    } finally {
      spy.mockRestore();
    }
  });
});
