// A picture of a report (.png, .jpg, .tif) as grey pages for the OCR, with pure-JS decoders (no
// native addon): pngjs, jpeg-js, utif2 (TIFF: CCITT G3/G4, LZW, PackBits, Deflate, JPEG — what
// scanners write). The size is read from the header and bounded before any pixel is decoded, and a
// multi-page TIFF is decoded one page at a time, so a huge or long file cannot exhaust memory.
// Every failure is a UserError (one sentence). Node only (pngjs inflates with zlib).
import * as jpeg from "jpeg-js";
import { PNG } from "pngjs";
import * as UTIF from "utif2";
import { UserError } from "../i18n/user-error";
import type { Gray } from "./gray";
import { jpegOrientation, orient } from "./image-orient";

export type ImageFormat = "png" | "jpeg" | "tiff";

/** A page may have at most this many pixels: an A4 page scanned at 600 dpi is 35 million, a 48 MP
 *  phone photo 48 million; decoding takes four bytes a pixel for a moment (≈ 240 MB at the cap). */
export const MAX_PIXELS = 60_000_000;
/** A picture must have at least this many pixels on its shorter side: 600 is an A4 page at about
 *  72 dpi, where a table's 10.5 pt figure is 10 pixels tall; smaller cannot be read, only guessed. */
export const MIN_SIDE = 600;

export interface ImagePages {
  format: ImageFormat;
  count: number;
  /** Decodes page `k` (0-based) to grey, turned upright when the file says how it was taken. */
  page(k: number): Gray;
}

/** The format by the file's first bytes (its name may lie). */
export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 4 && ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 42 && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 42))) return "tiff";
  return null;
}

/** The pages of a picture; throws UserError when it is no picture we read, damaged, of more than
 *  `maxPages` pages, too large or too small. */
export function decodeImage(bytes: Uint8Array, maxPages = Infinity): ImagePages {
  const format = imageFormat(bytes);
  if (!format) throw new UserError("import.image.notImage");
  if (format === "png") return single(format, pngSize(bytes), () => fromRgba(PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))));
  if (format === "jpeg") {
    return single(format, jpegSize(bytes), () => {
      // jpeg-js's own bound is in megapixels and memory; ours was checked above, so it only backs it up.
      const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6 + 1, maxMemoryUsageInMB: 1024 });
      return orient(fromRgba(img), jpegOrientation(bytes));
    });
  }
  return tiffPages(bytes, maxPages);
}

function single(format: ImageFormat, size: { width: number; height: number }, decode: () => Gray): ImagePages {
  checkSize(size.width, size.height);
  return { format, count: 1, page: () => damagedOnThrow(decode) };
}

function checkSize(width: number, height: number): void {
  if (!(width > 0 && height > 0)) throw new UserError("import.image.damaged");
  if (width * height > MAX_PIXELS) throw new UserError("import.image.tooLarge", { width, height, mp: Math.round(MAX_PIXELS / 1e6) });
  if (Math.min(width, height) < MIN_SIDE) throw new UserError("import.image.tooSmall", { width, height, min: MIN_SIDE });
}

/** A decoder's own exception (truncated data, a bad table) is the file's damage, said in one sentence. */
function damagedOnThrow(decode: () => Gray): Gray {
  try {
    return decode();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError("import.image.damaged");
  }
}

/** RGBA (8 bits a channel) to grey: ITU-R BT.601 luma as the PDF renderer's (render.ts), a
 *  transparent pixel white (a page's background). */
export function fromRgba(img: { width: number; height: number; data: Uint8Array }): Gray {
  const { width, height, data } = img;
  const out = new Uint8Array(width * height);
  for (let i = 0, o = 0; i < out.length; i++, o += 4) {
    const luma = (data[o] * 77 + data[o + 1] * 150 + data[o + 2] * 29) >> 8;
    const a = data[o + 3];
    out[i] = a === 255 ? luma : 255 - (((255 - luma) * a) >> 8);
  }
  // The resolution is set when the page is scaled (image-scale.ts): files' own dpi is often wrong.
  return { width, height, data: out, dpi: 0 };
}

function pngSize(b: Uint8Array): { width: number; height: number } {
  // IHDR is the first chunk: its width and height follow the 8-byte signature and the chunk head.
  if (b.length < 24) throw new UserError("import.image.damaged");
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

function jpegSize(b: Uint8Array): { width: number; height: number } {
  // Walk the markers to the first start-of-frame (SOF0–SOF15 but DHT C4, JPG C8, DAC CC).
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) throw new UserError("import.image.damaged");
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = (b[at + 2] << 8) | b[at + 3];
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (b[at + 5] << 8) | b[at + 6], width: (b[at + 7] << 8) | b[at + 8] };
    }
    at += 2 + length;
  }
  throw new UserError("import.image.damaged");
}

// Compressions utif2 decodes (TIFF tag 259): none, CCITT RLE, G3, G4, LZW, old and new JPEG,
// Deflate (8 and Adobe's 32946), PackBits. Anything else gets a sentence naming it.
const TIFF_COMPRESSIONS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 32946, 32773]);
const tag = (ifd: UTIF.IFD, t: number): number | undefined => (ifd[`t${t}`] as number[] | undefined)?.[0];

// IFDs walked at most: far past any page limit, and a bound on the walk of a damaged file.
const MAX_IFDS = 100_000;

/** How many IFDs (pages, and thumbnails) the TIFF chains, at most MAX_IFDS, walked before utif2
 *  parses them: utif2 follows the chain without end when an IFD points back to an earlier one. */
export function tiffIfdCount(b: Uint8Array): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const little = b[0] === 0x49;
  const seen = new Set<number>();
  let at = b.length >= 8 ? v.getUint32(4, little) : 0;
  while (at !== 0 && seen.size < MAX_IFDS) {
    if (seen.has(at) || at + 2 > b.length) throw new UserError("import.image.damaged");
    seen.add(at);
    const next = at + 2 + 12 * v.getUint16(at, little);
    if (next + 4 > b.length) throw new UserError("import.image.damaged");
    at = v.getUint32(next, little);
  }
  return seen.size;
}

function tiffPages(bytes: Uint8Array, maxPages: number): ImagePages {
  const chained = tiffIfdCount(bytes);
  if (chained > maxPages) throw new UserError("import.image.tooManyPages", { pages: chained >= MAX_IFDS ? `${MAX_IFDS}+` : chained, limit: maxPages });
  // utif2 reads from an ArrayBuffer of exactly the file (a small Buffer's is Node's shared pool).
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(buffer);
  } catch {
    throw new UserError("import.image.damaged");
  }
  // A reduced-resolution copy (a thumbnail: NewSubfileType bit 0) is not a page.
  const pages = ifds.filter((ifd) => tag(ifd, 256) !== undefined && ((tag(ifd, 254) ?? 0) & 1) === 0);
  if (pages.length === 0) throw new UserError("import.image.damaged");
  for (const ifd of pages) {
    const compression = tag(ifd, 259) ?? 1;
    if (!TIFF_COMPRESSIONS.has(compression)) throw new UserError("import.image.tiffCompression", { compression });
    checkSize(tag(ifd, 256) ?? 0, tag(ifd, 257) ?? 0);
  }
  return {
    format: "tiff",
    count: pages.length,
    page: (k) =>
      damagedOnThrow(() => {
        const ifd = pages[k];
        UTIF.decodeImage(buffer, ifd);
        if (!ifd.data || ifd.width * ifd.height === 0) throw new UserError("import.image.damaged");
        const gray = fromRgba({ width: ifd.width, height: ifd.height, data: UTIF.toRGBA8(ifd) });
        // The decoded pixels are dropped with the page: a 100-page TIFF holds one page at a time.
        ifd.data = new Uint8Array(0);
        return orient(gray, tag(ifd, 274) ?? 1);
      }),
  };
}
