// A photo's pixels as the camera stored them, turned the way it was held: phones store a portrait
// shot sideways and say so in the EXIF Orientation tag (TIFF tag 274, 1–8), which every viewer
// honours; the OCR must see the page upright as the clerk does. Pure.
import type { Gray } from "./gray";

/** The EXIF Orientation of a JPEG (1 when it has none, or an unreadable one). */
export function jpegOrientation(b: Uint8Array): number {
  let at = 2;
  while (at + 4 < b.length && b[at] === 0xff) {
    const marker = b[at + 1];
    // Start of scan or of frame: the metadata segments come before them.
    if (marker === 0xda || (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)) return 1;
    const length = (b[at + 2] << 8) | b[at + 3];
    if (marker === 0xe1 && isExif(b, at + 4)) return tiffOrientation(b.subarray(at + 10, at + 2 + length));
    at += 2 + length;
  }
  return 1;
}

const isExif = (b: Uint8Array, at: number): boolean => String.fromCharCode(...b.subarray(at, at + 6)) === "Exif\0\0";

/** Orientation (tag 0x0112) in the first IFD of the TIFF structure an EXIF segment holds. */
function tiffOrientation(t: Uint8Array): number {
  if (t.length < 8) return 1;
  const little = t[0] === 0x49;
  const u16 = (o: number) => (little ? t[o] | (t[o + 1] << 8) : (t[o] << 8) | t[o + 1]);
  const u32 = (o: number) => (little ? (t[o] | (t[o + 1] << 8) | (t[o + 2] << 16)) + t[o + 3] * 2 ** 24 : t[o] * 2 ** 24 + ((t[o + 1] << 16) | (t[o + 2] << 8) | t[o + 3]));
  const ifd = u32(4);
  if (ifd + 2 > t.length) return 1;
  const n = u16(ifd);
  for (let k = 0; k < n; k++) {
    const e = ifd + 2 + 12 * k;
    if (e + 12 > t.length) return 1;
    if (u16(e) === 0x0112) {
      const v = u16(e + 8);
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}

/** The image shown as Orientation `o` says (1: as stored; 6: turn a quarter clockwise; 8: a quarter
 *  anticlockwise; 3: half a turn; 2, 4, 5, 7: the same with a mirror). */
export function orient(img: Gray, o: number): Gray {
  if (o < 2 || o > 8) return img;
  const { width: w, height: h, data } = img;
  const swap = o >= 5;
  const W = swap ? h : w;
  const H = swap ? w : h;
  const out = new Uint8Array(W * H);
  // Where output pixel (x, y) comes from, per orientation.
  const from: Record<number, (x: number, y: number) => number> = {
    2: (x, y) => y * w + (w - 1 - x),
    3: (x, y) => (h - 1 - y) * w + (w - 1 - x),
    4: (x, y) => (h - 1 - y) * w + x,
    5: (x, y) => x * w + y,
    6: (x, y) => (h - 1 - x) * w + y,
    7: (x, y) => (h - 1 - x) * w + (w - 1 - y),
    8: (x, y) => x * w + (w - 1 - y),
  };
  const f = from[o];
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) out[y * W + x] = data[f(x, y)];
  return { width: W, height: H, data: out, dpi: img.dpi };
}
