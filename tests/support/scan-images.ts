// Pictures of a report for the image tests, made in test set-up from the real reports (never
// committed): pages rendered as the OCR test set's scans are (scan-set.ts: turned ≤ 2°, noise), then
// saved as a scanner or a phone would — PNG, JPEG (with an EXIF Orientation), TIFF (CCITT G4 or LZW,
// one page or several, with libtiff's tools: ppm2tiff, tiffcp). Cached under test-artifacts/ocr.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { PNG } from "pngjs";
import type { Gray } from "../../src/ocr/gray";
import { orient } from "../../src/ocr/image-orient";
import { renderPages } from "../../src/ocr/render";
import { seededRandom } from "./random";
import { SCAN_DIR, scanLike, toJpeg } from "./scan-set";

/** Pages of a PDF as scanned grey pages (turned ±0.3–2°, speckled), at `dpi`. */
export async function scannedPages(pdfPath: string, pages: number[], seed: number, dpi = 150): Promise<Gray[]> {
  const rnd = seededRandom(seed);
  const out: Gray[] = [];
  await renderPages(readFileSync(pdfPath), pages, dpi, (p) => {
    const angle = (rnd() < 0.5 ? -1 : 1) * (0.3 + rnd() * 1.7);
    out.push(scanLike(p.image, angle, rnd));
  });
  return out;
}

/** A file under the cache made once by `make` (the same name: the same bytes, all inputs seeded). */
export async function cached(name: string, make: (path: string) => Promise<void> | void): Promise<string> {
  const path = join(SCAN_DIR, name);
  if (existsSync(path)) return path;
  mkdirSync(SCAN_DIR, { recursive: true });
  await make(path);
  return path;
}

/** A grey PNG (colour type 0). */
export function toPng(img: Gray): Buffer {
  const png = new PNG({ width: img.width, height: img.height, colorType: 0, inputColorType: 0, bitDepth: 8, inputHasAlpha: false });
  png.data = Buffer.from(img.data);
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}

/** A JPEG whose pixels are stored turned, with the EXIF Orientation `o` that shows them as `img`
 *  (as a phone stores a portrait shot). */
export function toJpegOriented(img: Gray, o: number): Buffer {
  // The stored pixels are the upright ones turned back: 6 and 8 undo each other, the rest themselves.
  const stored = orient(img, o === 6 ? 8 : o === 8 ? 6 : o);
  const jpeg = Buffer.from(toJpeg(stored, 85));
  return Buffer.concat([jpeg.subarray(0, 2), exifSegment(o), jpeg.subarray(2)]);
}

/** An APP1 Exif segment holding only IFD0's Orientation (big-endian, as many cameras write). */
export function exifSegment(o: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write("MM", 0, "latin1");
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(o, 18);
  const body = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xffe1, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A TIFF of the pages, each compressed as `compression` says: "g4" (bilevel: the page thresholded
 *  at mid-grey, as a scanner's black-and-white mode) or "lzw"/"packbits"/"none" (grey). */
export function toTiff(pages: Gray[], compression: "g4" | "lzw" | "packbits" | "none", path: string): void {
  const parts = pages.map((img, k) => {
    const pnm = `${path}.${k}.${compression === "g4" ? "pbm" : "pgm"}`;
    writeFileSync(pnm, compression === "g4" ? toPbm(img) : toPgm(img));
    const one = `${path}.${k}.tif`;
    execFileSync("ppm2tiff", ["-c", compression, "-R", String(Math.round(img.dpi)), pnm, one]);
    return one;
  });
  execFileSync("tiffcp", [...parts, path]);
  for (const [k, one] of parts.entries()) {
    rmSync(one);
    rmSync(`${path}.${k}.${compression === "g4" ? "pbm" : "pgm"}`);
  }
}

function toPgm(img: Gray): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`), Buffer.from(img.data)]);
}

function toPbm(img: Gray): Buffer {
  const rowBytes = Math.ceil(img.width / 8);
  const bits = Buffer.alloc(rowBytes * img.height);
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) if (img.data[y * img.width + x] < 128) bits[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
  return Buffer.concat([Buffer.from(`P4\n${img.width} ${img.height}\n`), bits]);
}
