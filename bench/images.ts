// Pictures of a report (import/image.ts): decoding and scaling a scanner's 300 dpi black-and-white
// TIFF page (CCITT G4) to the OCR's 150 dpi, and reading a two-page one by OCR, seconds a page. The
// TIFF is made from a real report's pages (tests/support/scan-images.ts, cached under
// test-artifacts/ocr; needs libtiff's ppm2tiff). Never pass/fail.
import { readFileSync } from "fs";
import { join } from "path";
import { importImageFile } from "../src/import/image";
import { decodeImage } from "../src/ocr/image-decode";
import { scaleToA4 } from "../src/ocr/image-scale";
import { cached, scannedPages, toTiff } from "../tests/support/scan-images";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

export async function benchImages(line: Line, real: string | null | undefined): Promise<void> {
  if (!real) return;
  const tiff = await cached("huaian-city-2024-s7-p3_4-g4-300.tif", async (path) => toTiff(await scannedPages(join(real, "huaian-city-2024.pdf"), [3, 4], 7, 300), "g4", path));
  const bytes = readFileSync(tiff);
  let start = process.hrtime.bigint();
  const pages = decodeImage(bytes);
  for (let k = 0; k < pages.count; k++) scaleToA4(pages.page(k), 150);
  const decodeMs = Number(process.hrtime.bigint() - start) / 1e6 / pages.count;
  line("图片 300 dpi G4 TIFF 解码并缩到 150 dpi（毫秒/页）", "picture: 300 dpi G4 TIFF decoded and scaled to 150 dpi (ms/page)", decodeMs.toFixed(0));
  start = process.hrtime.bigint();
  await importImageFile(tiff);
  const wall = Number(process.hrtime.bigint() - start) / 1e9 / pages.count;
  line("图片 OCR（秒/页，墙钟）", "picture OCR (s/page, wall)", wall.toFixed(1));
}
