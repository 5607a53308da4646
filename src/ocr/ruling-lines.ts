// A table's ruling lines in a straightened page: long runs of dark pixels, horizontal and vertical,
// kept only where they meet or cross two lines of the other direction (a stroke of a character,
// however long, crosses no two ruling lines; a table's border may be open where it runs on from the
// page before or onto the next, so both ends are not required). Pure.
import type { Gray } from "./gray";

/** A horizontal line (y, from x0 to x1) or a vertical one (x, from y0 to y1), in pixels. */
export interface Segment {
  /** The line's position across it: y for a horizontal line, x for a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface RulingLines {
  horizontal: Segment[];
  vertical: Segment[];
}

// A pixel is on a horizontal (vertical) line when it is darker by this much than the pixels AWAY
// above and below it (left and right): a hairline of 0.5 pt scanned at 150 dpi, turned, straightened
// again and saved as JPEG is a light grey smear (200–230 on white paper), and a shaded cell is as dark
// as the line would be, but has no contrast across it.
const CONTRAST = 22;
const AWAY = 4;
/** A run at least this long (inches) may be a ruling line; a noise speck or JPEG ringing within a
 *  run of up to GAP pixels does not break it. */
const MIN_RUN_IN = 0.3;
const GAP = 5;
/** Runs on adjacent rows (columns) overlapping this much are one line (a line 1–4 pixels thick). */
const MERGE_DISTANCE = 3;
/** How far (pixels) a line's end may stop short of, or overshoot, the line it meets. */
const MEET = 6;

/** The ruling lines of the page. */
export function rulingLines(img: Gray): RulingLines {
  const minRun = Math.max(20, Math.round(MIN_RUN_IN * img.dpi));
  let horizontal = merge(runs(img, minRun, true));
  let vertical = merge(runs(img, minRun, false));
  // Twice: dropping strokes of characters can leave a former partner without its ends.
  for (let i = 0; i < 2; i++) {
    const h = horizontal.filter((s) => crossings(s, vertical) >= 2);
    const v = vertical.filter((s) => crossings(s, horizontal) >= 2);
    horizontal = h;
    vertical = v;
  }
  return { horizontal, vertical };
}

/** Runs of ink along each row (horizontal) or column. */
function runs(img: Gray, minRun: number, horizontal: boolean): Segment[] {
  const out: Segment[] = [];
  const lines = horizontal ? img.height : img.width;
  const length = horizontal ? img.width : img.height;
  const { data, width, height } = img;
  for (let a = 0; a < lines; a++) {
    let start = -1;
    let lastInk = -1;
    for (let b = 0; b <= length; b++) {
      const ink = b < length && onLine(data, width, horizontal ? b : a, horizontal ? a : b, horizontal, height);
      if (ink) {
        if (start < 0) start = b;
        lastInk = b;
      } else if (start >= 0 && b - lastInk > GAP) {
        if (lastInk - start + 1 >= minRun) out.push({ at: a, from: start, to: lastInk });
        start = -1;
      }
    }
  }
  return out;
}

/** Whether (x, y) is darker than the pixels AWAY across the line's direction (the page's edge: white). */
function onLine(data: Uint8Array, width: number, x: number, y: number, horizontal: boolean, height: number): boolean {
  const v = data[y * width + x];
  if (v > 255 - CONTRAST) return false;
  const at = (xx: number, yy: number) => (xx < 0 || yy < 0 || xx >= width || yy >= height ? 255 : data[yy * width + xx]);
  const a = horizontal ? at(x, y - AWAY) : at(x - AWAY, y);
  const b = horizontal ? at(x, y + AWAY) : at(x + AWAY, y);
  return Math.min(a, b) - v >= CONTRAST;
}

/** Runs on neighbouring rows that overlap, as one line at their middle. */
function merge(segs: Segment[]): Segment[] {
  const lines: { sum: number; n: number; last: number; from: number; to: number }[] = [];
  for (const s of segs) {
    const line = lines.find((l) => s.at - l.last <= MERGE_DISTANCE && s.from <= l.to && s.to >= l.from);
    if (line) {
      line.sum += s.at;
      line.n++;
      line.last = s.at;
      line.from = Math.min(line.from, s.from);
      line.to = Math.max(line.to, s.to);
    } else lines.push({ sum: s.at, n: 1, last: s.at, from: s.from, to: s.to });
  }
  return lines.map((l) => ({ at: l.sum / l.n, from: l.from, to: l.to }));
}

/** How many lines of the other direction `s` meets or crosses (within MEET of its extent). */
function crossings(s: Segment, others: Segment[]): number {
  let n = 0;
  for (const o of others) if (o.at >= s.from - MEET && o.at <= s.to + MEET && s.at >= o.from - MEET && s.at <= o.to + MEET) n++;
  return n;
}
