// Bad scans end in one sentence: a PDF of blank scanned pages, a photo of no report, a scan with OCR
// switched off, a scan of more pages than the limit.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { importPdfFile } from "../../src/import/pdf";
import { PDF_BOUNDS } from "../../src/import/limits";
import type { Gray } from "../../src/ocr/gray";
import { xxgk } from "../support/cli";
import { imagePdf, toJpeg } from "../support/scan-set";

const dir = mkdtempSync(join(tmpdir(), "xxgk-bad-scans-"));

/** An image-only PDF of `n` A4 pages, each the grey image `paint` makes. */
function scanPdf(name: string, n: number, paint: (img: Gray) => void): string {
  const img: Gray = { width: 310, height: 438, data: new Uint8Array(310 * 438).fill(255), dpi: 37.5 };
  paint(img);
  const jpeg = toJpeg(img);
  const file = join(dir, name);
  writeFileSync(file, imagePdf(Array.from({ length: n }, () => ({ jpeg, width: img.width, height: img.height, widthPt: 595, heightPt: 842 }))));
  return file;
}

const idOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return "no error";
  } catch (e) {
    return (e as { msg?: { id?: string } }).msg?.id ?? String(e);
  }
};

describe("bad scans", () => {
  it("blank scanned pages: one sentence, nothing read", async () => {
    expect(await idOf(importPdfFile(scanPdf("blank.pdf", 2, () => undefined)))).toBe("import.ocr.nothing");
  }, 120_000);

  it("a photo of no report (shapes, no text): one sentence", async () => {
    const file = scanPdf("desk.pdf", 1, (img) => {
      // A dark desk edge and a mug: large blobs, no lines of a table, no characters.
      for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) {
        if (y > 300 || (x - 150) ** 2 + (y - 150) ** 2 < 60 ** 2) img.data[y * img.width + x] = 60 + ((x * 7 + y * 13) % 50);
      }
    });
    const id = await idOf(importPdfFile(file));
    expect(["import.ocr.nothing", "import.notReport"]).toContain(id);
  }, 120_000);

  it("with --no-ocr a scan is refused as before, in one sentence", async () => {
    const file = scanPdf("blank-no-ocr.pdf", 1, () => undefined);
    const run = await xxgk(["check", file, "--no-ocr"]);
    expect(run.code).toBe(2);
    expect(run.out + run.err).toContain("没有文字层");
    expect(process.env.XXGK_NO_OCR).toBeUndefined();
  }, 120_000);

  it("more scanned pages than the limit: refused before any page is read", async () => {
    const file = scanPdf("long.pdf", PDF_BOUNDS.pages + 1, () => undefined);
    expect(await idOf(importPdfFile(file))).toBe("import.pdf.tooManyPages");
  }, 120_000);
});
