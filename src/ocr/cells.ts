// The cells of the tables on a page, from their ruling lines: the lines' positions cut each table into
// a grid; neighbouring grid squares with no line between them are one (merged) cell. Pure.
import type { Rect } from "./gray";
import type { RulingLines, Segment } from "./ruling-lines";

export interface TableCell extends Rect {
  /** Index of the table on the page (top to bottom). */
  table: number;
}

export interface PageTables {
  /** Each table's outer box. */
  tables: Rect[];
  cells: TableCell[];
}

/** Vertical lines reaching this far (pixels) past the last horizontal line: the table is open there. */
const OPEN_EDGE = 15;
/** Positions closer than this (pixels) are one line. */
const SAME = 5;
/** A line covers a grid square's side when it spans this share of it (a broken scan line still counts). */
const COVER = 0.6;

/** The tables and their cells. */
export function tableCells(lines: RulingLines): PageTables {
  const groups = connectedTables(lines);
  const tables: Rect[] = [];
  const cells: TableCell[] = [];
  groups.sort((a, b) => topOf(a) - topOf(b));
  for (const g of groups) {
    const xs = positions(g.vertical);
    const ys = positions(g.horizontal);
    // A table running on from the page before or onto the next has no top or bottom line there: its
    // vertical lines end where it does. That edge closes its cells (a border line "everywhere").
    const borders: Segment[] = [];
    const top = Math.min(...g.vertical.map((v) => v.from));
    const bottom = Math.max(...g.vertical.map((v) => v.to));
    if (ys.length > 0 && top < ys[0] - OPEN_EDGE) borders.push({ at: top, from: -Infinity, to: Infinity });
    if (ys.length > 0 && bottom > ys[ys.length - 1] + OPEN_EDGE) borders.push({ at: bottom, from: -Infinity, to: Infinity });
    for (const b of borders) ys.push(b.at);
    ys.sort((a, b) => a - b);
    g.horizontal.push(...borders);
    if (xs.length < 2 || ys.length < 2) continue;
    tables.push({ left: xs[0], top: ys[0], width: xs[xs.length - 1] - xs[0], height: ys[ys.length - 1] - ys[0] });
    const cols = xs.length - 1;
    const rows = ys.length - 1;
    const parent = Array.from({ length: cols * rows }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const join = (a: number, b: number) => (parent[find(a)] = find(b));
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        // No vertical line between this square and the one to its right: one cell.
        if (c + 1 < cols && !covered(g.vertical, xs[c + 1], ys[r], ys[r + 1])) join(r * cols + c, r * cols + c + 1);
        if (r + 1 < rows && !covered(g.horizontal, ys[r + 1], xs[c], xs[c + 1])) join(r * cols + c, (r + 1) * cols + c);
      }
    }
    const boxes = new Map<number, { c0: number; c1: number; r0: number; r1: number }>();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const k = find(r * cols + c);
        const b = boxes.get(k);
        if (!b) {
          boxes.set(k, { c0: c, c1: c, r0: r, r1: r });
          continue;
        }
        b.c0 = Math.min(b.c0, c);
        b.c1 = Math.max(b.c1, c);
        b.r0 = Math.min(b.r0, r);
        b.r1 = Math.max(b.r1, r);
      }
    }
    for (const b of boxes.values()) cells.push({ table: tables.length - 1, left: xs[b.c0], top: ys[b.r0], width: xs[b.c1 + 1] - xs[b.c0], height: ys[b.r1 + 1] - ys[b.r0] });
  }
  cells.sort((a, b) => a.top - b.top || a.left - b.left);
  return { tables, cells };
}

const topOf = (l: RulingLines): number => Math.min(...l.horizontal.map((s) => s.at));

/** Whether lines at `at` cover the span from..to enough. */
function covered(segs: Segment[], at: number, from: number, to: number): boolean {
  let len = 0;
  for (const s of segs) if (Math.abs(s.at - at) <= SAME) len += Math.max(0, Math.min(s.to, to) - Math.max(s.from, from));
  return len >= COVER * (to - from);
}

/** Distinct line positions, sorted (close ones as their mean). */
function positions(segs: Segment[]): number[] {
  const sorted = segs.map((s) => s.at).sort((a, b) => a - b);
  const out: number[][] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p - last[last.length - 1] <= SAME) last.push(p);
    else out.push([p]);
  }
  return out.map((g) => g.reduce((s, p) => s + p, 0) / g.length);
}

/** The lines grouped into tables: lines that cross or touch belong to one table. */
function connectedTables(lines: RulingLines): RulingLines[] {
  const all = [...lines.horizontal.map((s) => ({ s, h: true })), ...lines.vertical.map((s) => ({ s, h: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const M = SAME + 2;
  for (let i = 0; i < all.length; i++) {
    for (let j = 0; j < all.length; j++) {
      if (!all[i].h || all[j].h) continue;
      const h = all[i].s;
      const v = all[j].s;
      if (v.at >= h.from - M && v.at <= h.to + M && h.at >= v.from - M && h.at <= v.to + M) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, RulingLines>();
  all.forEach((x, i) => {
    const k = find(i);
    const g = groups.get(k) ?? { horizontal: [], vertical: [] };
    (x.h ? g.horizontal : g.vertical).push(x.s);
    groups.set(k, g);
  });
  return [...groups.values()].filter((g) => g.horizontal.length >= 2 && g.vertical.length >= 2);
}
