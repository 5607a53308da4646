// Pictures decoded to grey pages: PNG, JPEG (turned as its EXIF says), TIFF (G4, LZW, PackBits, one
// page or several), scaled to the size the OCR reads a 150 dpi page at and never enlarged; and every
// bad picture refused in one sentence before its pixels are decoded.
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PNG } from "pngjs";
import * as UTIF from "utif2";
import { decodeImage, imageFormat, MAX_PIXELS, MIN_SIDE } from "../../src/ocr/image-decode";
import { jpegOrientation, orient } from "../../src/ocr/image-orient";
import { scaleToA4, shrink } from "../../src/ocr/image-scale";
import type { Gray } from "../../src/ocr/gray";
import { exifSegment, toJpegOriented, toPng, toTiff } from "../support/scan-images";
import { toJpeg } from "../support/scan-set";

const dir = mkdtempSync(join(tmpdir(), "xxgk-images-"));

/** A test page: white, a black frame 20 px in, and a black block in its top-left quarter (so any
 *  turn or mirror shows). */
function page(width = 640, height = 900): Gray {
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const frame = (x >= 20 && x < 24) || (x >= width - 24 && x < width - 20) || (y >= 20 && y < 24) || (y >= height - 24 && y < height - 20);
      const block = x >= 60 && x < 200 && y >= 60 && y < 160;
      if ((frame && x >= 20 && x < width - 20 && y >= 20 && y < height - 20) || block) data[y * width + x] = 0;
    }
  }
  return { width, height, data, dpi: 150 };
}

/** Mean absolute grey difference (images of one size). */
function diff(a: Gray, b: Gray): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let s = 0;
  for (let i = 0; i < a.data.length; i++) s += Math.abs(a.data[i] - b.data[i]);
  return s / a.data.length;
}

const idOf = (f: () => unknown): string => {
  try {
    f();
    return "no error";
  } catch (e) {
    return (e as { msg?: { id?: string } }).msg?.id ?? `not a UserError: ${String(e)}`;
  }
};

describe("decoding pictures", () => {
  it("tells the format by the bytes, not the name", () => {
    expect(imageFormat(toPng(page()))).toBe("png");
    expect(imageFormat(toJpeg(page()))).toBe("jpeg");
    expect(imageFormat(Buffer.from("II*\0rest"))).toBe("tiff");
    expect(imageFormat(Buffer.from("MM\0*rest"))).toBe("tiff");
    expect(imageFormat(Buffer.from("%PDF-1.4"))).toBeNull();
  });

  it("a grey PNG and an RGBA PNG with transparency (on white)", () => {
    const img = page();
    const got = decodeImage(toPng(img));
    expect(got).toMatchObject({ format: "png", count: 1 });
    expect(diff(got.page(0), img)).toBe(0);
    const rgba = new PNG({ width: 640, height: 900 });
    for (let i = 0; i < 640 * 900; i++) {
      rgba.data[4 * i] = rgba.data[4 * i + 1] = rgba.data[4 * i + 2] = 0;
      rgba.data[4 * i + 3] = img.data[i] === 0 ? 255 : 0; // black where ink, transparent elsewhere
    }
    expect(diff(decodeImage(PNG.sync.write(rgba)).page(0), img)).toBeLessThan(1);
  });

  it("orientation: each of the eight EXIF values as the hand-made turns and mirrors", () => {
    // A 3×2 image: 1 2 3 / 4 5 6.
    const img: Gray = { width: 3, height: 2, data: Uint8Array.from([1, 2, 3, 4, 5, 6]), dpi: 1 };
    const shown = (o: number) => {
      const r = orient(img, o);
      return [r.width, r.height, ...r.data];
    };
    expect(shown(1)).toEqual([3, 2, 1, 2, 3, 4, 5, 6]);
    expect(shown(2)).toEqual([3, 2, 3, 2, 1, 6, 5, 4]);
    expect(shown(3)).toEqual([3, 2, 6, 5, 4, 3, 2, 1]);
    expect(shown(4)).toEqual([3, 2, 4, 5, 6, 1, 2, 3]);
    expect(shown(5)).toEqual([2, 3, 1, 4, 2, 5, 3, 6]);
    // 6: a quarter turn clockwise — the left column, read upwards, becomes the top row.
    expect(shown(6)).toEqual([2, 3, 4, 1, 5, 2, 6, 3]);
    expect(shown(7)).toEqual([2, 3, 6, 3, 5, 2, 4, 1]);
    expect(shown(8)).toEqual([2, 3, 3, 6, 2, 5, 1, 4]);
  });

  it("a phone's JPEG stored sideways is turned upright by its EXIF Orientation", () => {
    const img = page();
    for (const o of [3, 6, 8]) {
      const file = toJpegOriented(img, o);
      expect(jpegOrientation(file)).toBe(o);
      const got = decodeImage(file).page(0);
      // JPEG's loss only: the block is back in the top-left corner.
      expect(diff(got, img)).toBeLessThan(3);
    }
    // Without the tag (or with 1) the pixels are as stored.
    expect(jpegOrientation(toJpeg(img))).toBe(1);
    expect(jpegOrientation(Buffer.concat([Buffer.from([0xff, 0xd8]), exifSegment(1), Buffer.from(toJpeg(img)).subarray(2)]))).toBe(1);
  });

  it("a TIFF in CCITT G4 (black and white), LZW and PackBits, with several pages", () => {
    const a = page();
    const b = orient(page(), 3);
    for (const c of ["g4", "lzw", "packbits"] as const) {
      const file = join(dir, `two-${c}.tif`);
      toTiff([a, b], c, file);
      const got = decodeImage(readFileSync(file));
      expect(got).toMatchObject({ format: "tiff", count: 2 });
      expect(diff(got.page(0), a)).toBe(0);
      expect(diff(got.page(1), b)).toBe(0);
    }
  });

  it("refuses, in one sentence each: no picture, a truncated one, too many pixels, too small, an unknown TIFF compression", () => {
    expect(idOf(() => decodeImage(Buffer.from("hello")))).toBe("import.image.notImage");
    const png = toPng(page());
    expect(idOf(() => decodeImage(png.subarray(0, png.length >> 1)).page(0))).toBe("import.image.damaged");
    const jpeg = Buffer.from(toJpeg(page()));
    expect(idOf(() => decodeImage(jpeg.subarray(0, 20)))).toBe("import.image.damaged");
    // Too many pixels is seen in the header: a 20,000 × 20,000 PNG is refused unread (its data is a few bytes).
    const huge = Buffer.from(png);
    huge.writeUInt32BE(20_000, 16);
    huge.writeUInt32BE(20_000, 20);
    expect(20_000 * 20_000).toBeGreaterThan(MAX_PIXELS);
    expect(idOf(() => decodeImage(huge))).toBe("import.image.tooLarge");
    expect(idOf(() => decodeImage(toPng(page(MIN_SIDE - 1, 900))))).toBe("import.image.tooSmall");
    // A TIFF of an unknown compression (tag 259 = 99).
    const raw = UTIF.encodeImage(new Uint8Array(640 * 900 * 4).fill(255), 640, 900);
    const ifds = UTIF.decode(raw);
    const at = findTag(new Uint8Array(raw), 259);
    const bad = new Uint8Array(raw.slice(0));
    bad[at + 8] = 0;
    bad[at + 9] = 99;
    expect(ifds.length).toBe(1);
    expect(idOf(() => decodeImage(bad))).toBe("import.image.tiffCompression");
    // An IFD chained back to itself (utif2 alone would loop until memory ran out): damaged, at once.
    const loop = new Uint8Array(raw.slice(0));
    const v = new DataView(loop.buffer);
    const ifd = v.getUint32(4);
    v.setUint32(ifd + 2 + 12 * v.getUint16(ifd), ifd);
    expect(idOf(() => decodeImage(loop))).toBe("import.image.damaged");
  });

  it("a TIFF of more pages than allowed is refused before any is parsed", () => {
    const file = join(dir, "three.tif");
    toTiff([page(), page(), page()], "g4", file);
    expect(idOf(() => decodeImage(readFileSync(file), 2))).toBe("import.image.tooManyPages");
    expect(decodeImage(readFileSync(file), 3).count).toBe(3);
  });
});

describe("scaling to the OCR's page", () => {
  it("a 300 dpi A4 scan is averaged down to 150 dpi's 1240 pixels; a smaller picture is never enlarged", () => {
    const big = scaleToA4(page(2480, 3508), 150);
    expect([big.width, big.height]).toEqual([1240, 1754]);
    expect(big.dpi).toBeCloseTo(150, 0);
    const small = scaleToA4(page(800, 1131), 150);
    expect([small.width, small.height]).toEqual([800, 1131]);
    expect(small.dpi).toBeCloseTo(800 / (210 / 25.4), 3);
    // A landscape page: its shorter side is the A4 width.
    expect(scaleToA4(page(3508, 2480), 150).height).toBe(1240);
  });

  it("a one-pixel line halved stays as grey ink, not lost", () => {
    const img: Gray = { width: 8, height: 8, data: new Uint8Array(64).fill(255), dpi: 1 };
    for (let x = 0; x < 8; x++) img.data[3 * 8 + x] = 0;
    const half = shrink(img, 4, 4);
    expect(Array.from(half.data.subarray(4, 8))).toEqual([128, 128, 128, 128]);
  });
});

/** The offset of a tag's 12-byte entry in a big-endian TIFF's first IFD (utif2 writes "MM"). */
function findTag(b: Uint8Array, tag: number): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const ifd = v.getUint32(4);
  const n = v.getUint16(ifd);
  for (let k = 0; k < n; k++) if (v.getUint16(ifd + 2 + 12 * k) === tag) return ifd + 2 + 12 * k;
  throw new Error(`tag ${tag} not found`);
}
