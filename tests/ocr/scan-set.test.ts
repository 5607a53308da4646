// The OCR test set's scans are what they claim: image-only PDFs whose pages PDFium renders back at
// the size of the original, turned by a little, and in which the reader finds no text.
import { join } from "path";
import { pdfiumItems } from "../../src/import/pdf-pdfium";
import { deskew } from "../../src/ocr/deskew";
import { renderPages } from "../../src/ocr/render";
import { readFileSync } from "fs";
import { describeShared, REAL_REPORTS } from "../support/real-reports";
import { scannedCopy } from "../support/scan-set";

describeShared("the scanned copy of a real report", () => {
  it("has no text, the original's page size, and a skew within 2° that the deskew finds", async () => {
    const scan = readFileSync(await scannedCopy(join(REAL_REPORTS, "huaian-city-2024.pdf"), "huaian-city-2024", 3));
    const { items, pages } = await pdfiumItems(scan);
    expect(pages).toBe(6);
    expect(items.filter((it) => it.str.trim() !== "")).toEqual([]);
    const angles: number[] = [];
    await renderPages(scan, [4], 150, (p) => {
      expect([p.image.width, p.image.height]).toEqual([1240, 1754]);
      angles.push(deskew(p.image).angle);
    });
    expect(Math.abs(angles[0])).toBeGreaterThan(0.2);
    expect(Math.abs(angles[0])).toBeLessThanOrEqual(2);
  }, 120_000);
});
