// A picture's page brought to the size the OCR was tuned on: a scanned PDF page is rendered at
// 150 dpi (read-scan.ts), an A4 page then 1240 pixels wide. A picture's own dpi is unknown or wrong
// (phones write 72, scanners whatever was set), so its page is taken to be A4 across its shorter
// side: larger is averaged down to that, smaller is kept as it is — never enlarged into a guess
// (decodeImage refuses what is too small to read at all). Pure.
import type { Gray } from "./gray";

/** The shorter side of an A4 page, in inches (210 mm). */
export const A4_SHORT_IN = 210 / 25.4;

/** The page at `dpi` (or smaller, as it came), with the resolution it then has as an A4 page. */
export function scaleToA4(img: Gray, dpi: number): Gray {
  const short = Math.min(img.width, img.height);
  const target = Math.round(A4_SHORT_IN * dpi);
  if (short <= target) return { ...img, dpi: short / A4_SHORT_IN };
  const k = target / short;
  const out = shrink(img, Math.max(1, Math.round(img.width * k)), Math.max(1, Math.round(img.height * k)));
  return { ...out, dpi: Math.min(out.width, out.height) / A4_SHORT_IN };
}

/** Area averaging: each output pixel is the mean of the source pixels it covers (in fractions at
 *  its edges), so thin strokes fade to grey rather than vanish as they would by skipping pixels. */
export function shrink(img: Gray, width: number, height: number): Gray {
  const sx = img.width / width;
  const sy = img.height / height;
  // Per output column: the source columns it covers, with their weights (computed once).
  const cols: { x: number; w: number }[][] = [];
  for (let x = 0; x < width; x++) cols.push(spans(x * sx, (x + 1) * sx, img.width));
  const out = new Uint8Array(width * height);
  const acc = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    acc.fill(0);
    for (const r of spans(y * sy, (y + 1) * sy, img.height)) {
      const row = r.x * img.width;
      for (let x = 0; x < width; x++) {
        let s = 0;
        for (const c of cols[x]) s += img.data[row + c.x] * c.w;
        acc[x] += s * r.w;
      }
    }
    for (let x = 0; x < width; x++) out[y * width + x] = Math.round(acc[x] / (sx * sy));
  }
  return { width, height, data: out, dpi: img.dpi };
}

/** The source pixels [a, b) covers and how much of each. */
function spans(a: number, b: number, n: number): { x: number; w: number }[] {
  const out: { x: number; w: number }[] = [];
  for (let i = Math.floor(a); i < Math.min(n, Math.ceil(b)); i++) out.push({ x: i, w: Math.min(b, i + 1) - Math.max(a, i) });
  return out;
}
