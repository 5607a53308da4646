// Row labels of a scanned table read with one or two characters wrong ("申请" as "中请") are put back
// to the statutory label they stand for, so that the text import finds the row and reads its figures.
// Only here, in the OCR path: the statutory tables print fixed labels in a fixed order, and a label
// cell is one whole label, so a reading close to exactly one label — and in sequence with the rows
// identified around it — can only be that label. Anything less sure keeps the text as read (the
// import then leaves the row's figures unread; never placed under a guessed row). Pure.
import { FORMATS } from "../format";
import type { FormatSpec } from "../format";
import { labelKey } from "../import/normalize";
import type { Rect } from "./gray";
import type { OcrWord } from "./engine";

export interface LabelCell extends Rect {
  table: number;
  text: string;
}

interface Known {
  label: string;
  key: string;
  /** Position among the format's table-三 rows (by format id), where it is one. */
  t3: Map<string, number>;
}

/** A label of this many key characters may differ by one; twice this, by two; and so on up to MAX_EDITS. */
const PER_EDIT = 4;
/** …and of this many, for a table-三 row that stands right between the rows before and after it in the
 *  statutory sequence (its place alone all but names it). */
const PER_EDIT_IN_PLACE = 3;
const MAX_EDITS_IN_PLACE = 6;
const MAX_EDITS = 4;
/** The next-nearest label must be at least this many edits further: one label, beyond doubt. */
const MARGIN = 2;

/** Cells sharing a ruling line overlap by up to this (pixels). */
const TOUCH = 4;

let knownLabels: Known[] | undefined;

/** Every label the tables print (both formats), with the table-三 row order of each format. */
function known(): Known[] {
  if (knownLabels) return knownLabels;
  const byKey = new Map<string, Known>();
  const add = (label: string): Known => {
    const key = labelKey(label);
    const k = byKey.get(key) ?? { label, key, t3: new Map<string, number>() };
    byKey.set(key, k);
    return k;
  };
  for (const f of Object.values(FORMATS) as FormatSpec[]) {
    for (const g of f.t2) {
      add(g.heading);
      add(g.contentLabel);
      for (const c of g.columns) add(c.label);
      for (const r of g.rows) add(r.label);
    }
    add(f.t3.applicantHeader);
    add(f.t3.orgHeader);
    for (const c of f.t3.columns) add(c.label);
    f.t3.rows.forEach((r, i) => {
      for (const p of r.parents) add(p);
      add(r.label).t3.set(f.id, i);
    });
    for (const g of f.t4.groups) {
      add(g.label);
      if (g.parent) add(g.parent);
    }
    for (const c of f.t4.columns) add(c.label);
    add(f.t4.suitHeader);
  }
  knownLabels = [...byKey.values()];
  return knownLabels;
}

/** Edit distance (insertions, deletions, substitutions), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const A = [...a];
  const B = [...b];
  if (Math.abs(A.length - B.length) > limit) return limit + 1;
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= B.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (A[i - 1] === B[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[B.length];
}

/** The one label a reading stands for beyond doubt (exact, or within its allowed edits with no
 *  other label near), or null. */
export function nearestLabel(text: string, inPlace = false): Known | null {
  const key = labelKey(text);
  if (key.length === 0) return null;
  let best: Known | null = null;
  let bestD = Infinity;
  let second = Infinity;
  // In a table-三 row's place only its rows compete ("七大总计": （七）总计, not the column's 总计).
  for (const k of inPlace ? known().filter((l) => l.t3.size > 0) : known()) {
    const d = editDistance(key, k.key, MAX_EDITS_IN_PLACE + MARGIN);
    if (d < bestD) {
      second = bestD;
      bestD = d;
      best = k;
    } else if (d < second) second = d;
  }
  if (!best) return null;
  if (bestD === 0) return best;
  const allowed = inPlace ? Math.min(MAX_EDITS_IN_PLACE, Math.floor([...best.key].length / PER_EDIT_IN_PLACE)) : Math.min(MAX_EDITS, Math.floor([...best.key].length / PER_EDIT));
  return bestD <= allowed && second >= bestD + MARGIN ? best : null;
}

/**
 * The corrected text of each label cell read close to a statutory label (cells not corrected are
 * absent). A table-三 row label is corrected only when the rows identified above and below it in its
 * table (read exactly or corrected) come before and after it in that table's fixed sequence.
 */
export function fixLabels(cells: LabelCell[]): Map<LabelCell, string> {
  const found: Found[] = cells.map((c) => ({ cell: c, k: nearestLabel(c.text) }));
  const out = new Map<LabelCell, string>();
  for (const f of found) {
    if (!f.k || f.k.key === labelKey(f.cell.text)) continue;
    if (f.k.t3.size > 0 && !inSequence(f, found, false)) continue;
    out.set(f.cell, f.k.label);
  }
  // A reading further off: a table-三 row right between the rows before and after it, identified or
  // themselves read further off (two misread rows in a row confirm each other only when the whole run
  // stands in sequence between identified rows: each needs both its neighbours right).
  const sure = found.filter((f) => f.k);
  let further = found.filter((f) => !f.k).map((f) => ({ cell: f.cell, k: nearestLabel(f.cell.text, true) })).filter((f) => f.k && f.k.t3.size > 0);
  // Dropping one that fails may fail its neighbour: until none fails.
  for (;;) {
    const kept = further.filter((f) => inSequence(f, [...sure, ...further], true));
    if (kept.length === further.length) break;
    further = kept;
  }
  for (const f of further) out.set(f.cell, f.k!.label);
  return out;
}

type Found = { cell: LabelCell; k: Known | null };

/** Whether the nearest table-三 rows identified above and below `f` (same table) bracket its place
 *  in the sequence of some format that has it (`adjacent`: both there, right before and after it). */
function inSequence(f: Found, all: Found[], adjacent: boolean): boolean {
  const rows = all.filter((o) => o.cell !== f.cell && o.cell.table === f.cell.table && o.k !== null && o.k.t3.size > 0);
  // Wholly above or below it: a parent cell spanning its rows (（六）其他处理, a row of the 2019 format)
  // is neither.
  const bottom = (c: Rect) => c.top + c.height;
  const above = rows.filter((o) => bottom(o.cell) <= f.cell.top + TOUCH).sort((a, b) => bottom(b.cell) - bottom(a.cell))[0];
  const below = rows.filter((o) => o.cell.top >= bottom(f.cell) - TOUCH).sort((a, b) => a.cell.top - b.cell.top)[0];
  // A lone row (nothing identified around it) has no sequence to confirm it.
  if (!above && !below) return false;
  if (adjacent && !(above && below)) return false;
  for (const [id, at] of f.k!.t3) {
    const a = above?.k?.t3.get(id);
    const b = below?.k?.t3.get(id);
    if (above && (a === undefined || a >= at || (adjacent && a !== at - 1))) continue;
    if (below && (b === undefined || b <= at || (adjacent && b !== at + 1))) continue;
    return true;
  }
  return false;
}

/** A row's numbering is one or two digits ("1." … "7." in table 三). */
const NUMBERING_DIGITS = /^\d{1,2}$/;
const CJK_START = /^[\u3400-\u9fff]/;

/**
 * A label cell's words with a line's leading number joined to the Chinese word after it: the label's
 * numbering whose dot the OCR did not read ("1.属于国家秘密" read "1", "属于国家秘密", a dot's width
 * apart). Left apart, the layout sets the "1" off as a column and the import takes it for a figure —
 * one figure too many for the row above, whose figures are then all unread (huaian-city-2024's
 * "（二）部分公开…" on its second scan set). In a label cell a leading number is never a figure:
 * figures stand in cells of their own, right of the label. The label's key ignores the dot.
 */
export function numberingJoined(words: OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  const lineStart = new Map<string, OcrWord>();
  for (const w of words) {
    const first = lineStart.get(w.line);
    if (!first || w.left < first.left) lineStart.set(w.line, w);
  }
  const joined = new Set<OcrWord>();
  for (const w of words) {
    if (joined.has(w)) continue;
    const next = lineStart.get(w.line) === w && NUMBERING_DIGITS.test(w.text) ? nextOnLine(w, words) : undefined;
    if (!next || !CJK_START.test(next.text)) {
      out.push(w);
      continue;
    }
    joined.add(next);
    const top = Math.min(w.top, next.top);
    const bottom = Math.max(w.top + w.height, next.top + next.height);
    out.push({ text: w.text + next.text, left: w.left, top, width: next.left + next.width - w.left, height: bottom - top, conf: Math.min(w.conf, next.conf), line: w.line });
  }
  return out;
}

function nextOnLine(w: OcrWord, words: OcrWord[]): OcrWord | undefined {
  return words.filter((o) => o !== w && o.line === w.line && o.left > w.left).sort((a, b) => a.left - b.left)[0];
}
