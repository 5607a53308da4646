// A table's ruling lines in a straightened page: long runs of dark pixels, horizontal and vertical,
// kept only where they meet lines of the other direction (a stroke of a character, however long,
// meets no ruling line at both its ends). Pure.
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

// Darker than this is ink for a ruling line: a hairline scanned at 150 dpi, turned and straightened
// again and saved as JPEG is a light grey smear (measured 160–200); a cell's grey shading with noise
// crosses it only in specks, which break no run (GAP).
const INK = 200;
/** A run at least this long (inches) may be a ruling line; a noise speck or JPEG ringing within a
 *  run of up to GAP pixels does not break it. */
const MIN_RUN_IN = 0.3;
const GAP = 3;
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
    const h = horizontal.filter((s) => meetsAtBothEnds(s, vertical));
    const v = vertical.filter((s) => meetsAtBothEnds(s, horizontal));
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
  const { data, width } = img;
  for (let a = 0; a < lines; a++) {
    let start = -1;
    let lastInk = -1;
    for (let b = 0; b <= length; b++) {
      const ink = b < length && data[horizontal ? a * width + b : b * width + a] < INK;
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

/** Whether a line of the other direction passes through the point (`end` along s, `at` across it). */
function meets(at: number, end: number, others: Segment[]): boolean {
  return others.some((o) => Math.abs(o.at - end) <= MEET && at >= o.from - MEET && at <= o.to + MEET);
}

/** Whether both ends of `s` lie on lines of the other direction. */
function meetsAtBothEnds(s: Segment, others: Segment[]): boolean {
  return meets(s.at, s.from, others) && meets(s.at, s.to, others);
}
