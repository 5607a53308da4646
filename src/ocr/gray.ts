// A page as the OCR sees it: one byte of grey per pixel (0 black, 255 white), row by row. Pure.

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
  /** Pixels per inch the page was rendered or scanned at (points = pixels × 72 / dpi). */
  dpi: number;
}

/** A pixel rectangle (left, top inclusive; width and height in pixels). */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The image as binary PGM (P5): the one format Tesseract's Leptonica reads without any codec. */
export function toPgm(img: Gray): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head, 0);
  out.set(img.data, head.length);
  return out;
}

/** A copy of part of the image (clipped to it). */
export function crop(img: Gray, r: Rect): Gray {
  const left = Math.max(0, Math.floor(r.left));
  const top = Math.max(0, Math.floor(r.top));
  const width = Math.max(0, Math.min(img.width, Math.floor(r.left + r.width)) - left);
  const height = Math.max(0, Math.min(img.height, Math.floor(r.top + r.height)) - top);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(img.data.subarray((top + y) * img.width + left, (top + y) * img.width + left + width), y * width);
  return { width, height, data, dpi: img.dpi };
}

/** The rectangle's pixel bounds, clipped to the image. */
function within(img: Gray, r: Rect): { x0: number; x1: number; y0: number; y1: number } {
  return {
    x0: Math.max(0, Math.floor(r.left)),
    x1: Math.min(img.width, Math.floor(r.left + r.width)),
    y0: Math.max(0, Math.floor(r.top)),
    y1: Math.min(img.height, Math.floor(r.top + r.height)),
  };
}

/** How many pixels of the rectangle are ink (darker than `threshold`). */
export function inkCount(img: Gray, r: Rect, threshold = 128): number {
  let n = 0;
  const { x0, x1, y0, y1 } = within(img, r);
  for (let y = y0; y < y1; y++) {
    const row = y * img.width;
    for (let x = x0; x < x1; x++) if (img.data[row + x] < threshold) n++;
  }
  return n;
}

/** The smallest rectangle holding the ink of `r` (null when there is none). */
export function inkBox(img: Gray, r: Rect, threshold = 128): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -1;
  let bottom = -1;
  const { x0, x1, y0, y1 } = within(img, r);
  for (let y = y0; y < y1; y++) {
    const row = y * img.width;
    for (let x = x0; x < x1; x++) {
      if (img.data[row + x] >= threshold) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      bottom = y;
    }
  }
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** The image enlarged `k` times with a white border of `pad` pixels (bilinear): Tesseract reads
 *  digits a dozen pixels tall (a 150 dpi scan) much better at three times the size. */
export function enlarge(img: Gray, k: number, pad: number): Gray {
  const width = img.width * k + 2 * pad;
  const height = img.height * k + 2 * pad;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < img.height * k; y++) {
    const sy = Math.min(img.height - 1, Math.max(0, (y + 0.5) / k - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(img.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < img.width * k; x++) {
      const sx = Math.min(img.width - 1, Math.max(0, (x + 0.5) / k - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(img.width - 1, x0 + 1);
      const fx = sx - x0;
      const top = img.data[y0 * img.width + x0] * (1 - fx) + img.data[y0 * img.width + x1] * fx;
      const bottom = img.data[y1 * img.width + x0] * (1 - fx) + img.data[y1 * img.width + x1] * fx;
      data[(y + pad) * width + x + pad] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data, dpi: img.dpi * k };
}

// Ink is this many grey levels darker than the paper around it: a scanned figure's strokes are grey
// (blurred, JPEG), the paper speckled by up to ±40 levels; shading moves the paper, not the margin.
const INK_BELOW_PAPER = 55;

/** The grey level under which a pixel of `r` is ink: the paper's level (the 75th percentile of the
 *  rectangle: most of a cell is paper) less a margin. */
export function inkThreshold(img: Gray, r: Rect): number {
  const hist = new Uint32Array(256);
  let n = 0;
  const { x0, x1, y0, y1 } = within(img, r);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++, n++) hist[img.data[y * img.width + x]]++;
  let seen = 0;
  let paper = 255;
  for (let v = 0; v < 256; v++) {
    seen += hist[v];
    if (seen >= n * 0.75) {
      paper = v;
      break;
    }
  }
  return paper - INK_BELOW_PAPER;
}

