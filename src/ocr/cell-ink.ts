// A figure cell's ink, without the ruling lines around it. A scan turned by up to 2° and straightened
// again leaves its lines a pixel or two off straight, so a cell's inside (a few pixels in from the
// lines) still holds slivers of them at its edges; cut out with the figure they read as "[0]" or
// "To]" (measured on the scan set: most uncertain cells of huaian-hongze-2023). Pure.
import type { Gray, Rect } from "./gray";

/** A component touching the inside's edge this thin (pixels) and this many times longer than thick
 *  is a sliver of a ruling line, not a stroke of a figure. */
const LINE_THICKNESS = 5;
const LINE_ELONGATION = 3;
/** Within this many pixels of the inside's edge (a line's blurred side, left when its core is gone). */
const EDGE = 3;
/** A row (column) of the inside this much ink is a ruling line. */
const LINE_SHARE = 0.8;
/** Components this small (pixels) are noise specks. */
const SPECK = 3;

/**
 * The figure's ink box in `inner` (page pixels) with slivers of ruling lines and specks left out, and
 * the page cut around it with `margin` pixels, white outside `inner` and where the slivers were.
 * Null when nothing but slivers and specks is there.
 */
export function figureCrop(img: Gray, inner: Rect, threshold: number, margin: number): { box: Rect; image: Gray } | null {
  const x0 = Math.max(0, Math.floor(inner.left));
  const y0 = Math.max(0, Math.floor(inner.top));
  const x1 = Math.min(img.width, Math.floor(inner.left + inner.width));
  const y1 = Math.min(img.height, Math.floor(inner.top + inner.height));
  const w = x1 - x0;
  const h = y1 - y0;
  if (w <= 0 || h <= 0) return null;
  // 0: paper, 1: ink not yet labelled, 2: ink kept, 3: ink dropped.
  const mark = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (img.data[(y + y0) * img.width + x + x0] < threshold) mark[y * w + x] = 1;
  // A row or column of the inside that is nearly all ink is a ruling line running through it (a
  // figure is never that wide or that tall in its cell); its slivers joined to it go with it below.
  for (let y = 0; y < h; y++) {
    let n = 0;
    for (let x = 0; x < w; x++) n += mark[y * w + x];
    if (n >= LINE_SHARE * w) for (let x = 0; x < w; x++) if (mark[y * w + x] === 1) mark[y * w + x] = 3;
  }
  for (let x = 0; x < w; x++) {
    let n = 0;
    for (let y = 0; y < h; y++) n += mark[y * w + x] === 1 ? 1 : 0;
    if (n >= LINE_SHARE * h) for (let y = 0; y < h; y++) if (mark[y * w + x] === 1) mark[y * w + x] = 3;
  }
  let left = Infinity;
  let top = Infinity;
  let right = -1;
  let bottom = -1;
  const stack: number[] = [];
  const members: number[] = [];
  for (let start = 0; start < mark.length; start++) {
    if (mark[start] !== 1) continue;
    members.length = 0;
    stack.push(start);
    mark[start] = 2;
    let [cl, ct, cr, cb] = [w, h, -1, -1];
    while (stack.length > 0) {
      const p = stack.pop()!;
      members.push(p);
      const px = p % w;
      const py = (p - px) / w;
      cl = Math.min(cl, px);
      cr = Math.max(cr, px);
      ct = Math.min(ct, py);
      cb = Math.max(cb, py);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = px + dx;
          const ny = py + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h || mark[ny * w + nx] !== 1) continue;
          mark[ny * w + nx] = 2;
          stack.push(ny * w + nx);
        }
      }
    }
    const cw = cr - cl + 1;
    const ch = cb - ct + 1;
    const edge = cl < EDGE || ct < EDGE || cr >= w - EDGE || cb >= h - EDGE;
    const sliver = edge && ((ch <= LINE_THICKNESS && cw >= LINE_ELONGATION * ch) || (cw <= LINE_THICKNESS && ch >= LINE_ELONGATION * cw));
    if (sliver || members.length <= SPECK) {
      for (const m of members) mark[m] = 3;
      continue;
    }
    left = Math.min(left, cl);
    right = Math.max(right, cr);
    top = Math.min(top, ct);
    bottom = Math.max(bottom, cb);
  }
  if (right < 0) return null;
  const box = { left: left + x0, top: top + y0, width: right - left + 1, height: bottom - top + 1 };
  const cx0 = box.left - margin;
  const cy0 = box.top - margin;
  const cw = box.width + 2 * margin;
  const ch = box.height + 2 * margin;
  const data = new Uint8Array(cw * ch).fill(255);
  for (let y = 0; y < ch; y++) {
    const py = cy0 + y;
    if (py < y0 || py >= y1) continue;
    for (let x = 0; x < cw; x++) {
      const px = cx0 + x;
      if (px < x0 || px >= x1 || mark[(py - y0) * w + px - x0] === 3) continue;
      data[y * cw + x] = img.data[py * img.width + px];
    }
  }
  return { box, image: { width: cw, height: ch, data, dpi: img.dpi } };
}
