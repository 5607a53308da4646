// Text runs placed on PDF pages → lines of text laid out the way `pdftotext -layout` lays them out,
// so a PDF read here goes through the same text import as the .txt people make with poppler.
// Pure: the runs come from pdf.js (pdf-text.ts) or, in tests, from hand-made lists.
//
// What the import needs from the layout: a table row on one line with its figures apart (≥ 2 spaces
// between columns), the words of one cell together, a label wrapped in its cell before the figures
// printed beside it, and the page order top to bottom. Pages end with a form feed, as pdftotext's do.

import { UNREAD_MARK } from "../model/cell";

/** One run of text as a PDF places it; x, y in points with y up (PDF user space), y the baseline. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  /** Advance width of the run (for a vertical run: the font size). */
  width: number;
  /** Font size (for a vertical run: the run's length). */
  height: number;
  /** 1-based page number. */
  page: number;
  /** Written top to bottom (a group label printed vertically in a table). */
  vertical?: boolean;
}

interface Run {
  str: string;
  x: number;
  end: number;
  base: number;
  size: number;
}

interface TextLine {
  runs: Run[];
  /** Baseline and size of the line's largest run (a row's figures set larger than its label). */
  base: number;
  size: number;
  /** The lowest baseline of its runs (how far down the line reaches while it is being gathered). */
  low: number;
  vertical: boolean;
}

// Two runs are on one line when their baselines differ by less than this fraction of the smaller size.
const SAME_BASELINE = 0.4;
// A gap under this fraction of the font size is no gap (a CJK run split glyph by glyph).
const WORD_GAP = 0.1;
// A gap of this fraction of the font size or more separates columns: at least two spaces.
const COLUMN_GAP = 0.8;
// Super- and subscripts: set this much smaller, within this fraction of the size from the baseline,
// and touching the text they belong to.
const SCRIPT_SIZE = 0.8;
const SCRIPT_RISE = 0.6;
const SCRIPT_TOUCH = 0.3;
// A copy of a run shifted by less than this fraction of its size is the same ink (fake bold).
const OVERPRINT = 0.2;
// The lines of one wrapped label are at most this many font sizes apart.
const LABEL_LEADING = 1.8;
// pdftotext puts one to five line breaks between lines, by their distance in font sizes.
const MAX_BREAKS = 5;

// A figure, or the OCR's mark for a figure it could not read (src/ocr/page.ts).
const FIGURE = /^[\d.,，/／—\-－%％]+$/;

/** The runs of every page as text, every line ending with a line break and every page with a form feed. */
export function layoutPages(items: PdfTextItem[]): string {
  const pages = new Map<number, PdfTextItem[]>();
  for (const it of items) {
    const list = pages.get(it.page);
    if (list) list.push(it);
    else pages.set(it.page, [it]);
  }
  const last = [...pages.keys()].reduce((a, b) => Math.max(a, b), 0);
  let out = "";
  for (let p = 1; p <= last; p++) {
    const page = layoutPage(pages.get(p) ?? []);
    out += `${page === "" ? "" : `${page}\n`}\f`;
  }
  return out;
}

/** One page's runs as lines of text (no form feed). */
export function layoutPage(items: PdfTextItem[]): string {
  const runs = items.filter((it) => it.str.trim() !== "");
  if (runs.length === 0) return "";
  const lines = labelsBeforeFigures(mergeScripts(groupLines(runs)));
  // reduce, not Math.min(...): a page may hold more runs than a call may take arguments.
  const left = runs.reduce((m, r) => Math.min(m, r.x), Infinity);
  const unit = medianSize(runs) / 2;
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0) {
      const prev = lines[i - 1];
      const breaks = Math.min(MAX_BREAKS, Math.max(1, Math.floor((prev.base - line.base) / prev.size)));
      for (let b = 1; b < breaks; b++) out.push("");
    }
    out.push(lineText(line, left, unit));
  });
  return out.join("\n");
}

function sizeOf(it: PdfTextItem): number {
  const size = it.vertical ? it.width : it.height;
  return size > 0 ? size : 10;
}

/** The size most of the page's characters are set in: each run weighs by its characters, so the
 *  answer does not depend on where a PDF producer (or a reader) splits its runs. */
function medianSize(items: PdfTextItem[]): number {
  const sized = items.map((it) => ({ size: sizeOf(it), n: Math.max(1, it.str.replace(/\s+/g, "").length) })).sort((a, b) => a.size - b.size);
  const half = sized.reduce((n, s) => n + s.n, 0) / 2;
  let seen = 0;
  for (const s of sized) {
    seen += s.n;
    if (seen > half) return s.size;
  }
  return sized[sized.length - 1].size;
}

/** Runs on (nearly) one baseline form a line; a vertical run is a line of its own. Top to bottom. */
function groupLines(items: PdfTextItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextLine[] = [];
  // Runs come top to bottom: a line whose lowest run is further above the current run than any
  // size allows can take no later run either, and drops out of the search.
  const reach = SAME_BASELINE * items.reduce((m, it) => Math.max(m, sizeOf(it)), 0);
  let open: TextLine[] = [];
  for (const it of sorted) {
    const size = sizeOf(it);
    const run: Run = { str: it.str, x: it.x, end: it.x + (it.vertical ? size : it.width), base: it.y, size };
    if (it.vertical) {
      lines.push({ runs: [run], base: it.y, size, vertical: true, low: it.y });
      continue;
    }
    open = open.filter((line) => line.low - it.y <= reach);
    let best: TextLine | undefined;
    let bestNear: Run | undefined;
    let bestDelta = Infinity;
    for (const line of open) {
      const { left, near } = closest(line, it.x);
      const delta = Math.abs(left.base - it.y);
      if (delta <= SAME_BASELINE * Math.min(size, left.size) && delta < bestDelta) {
        best = line;
        bestNear = near;
        bestDelta = delta;
      }
    }
    if (!best) {
      const line: TextLine = { runs: [run], base: it.y, size, vertical: false, low: it.y };
      lines.push(line);
      open.push(line);
    }
    else if (!isOverprint(bestNear as Run, run)) {
      best.runs.push(run);
      best.low = Math.min(best.low, it.y);
      if (size > best.size) {
        best.size = size;
        best.base = it.y;
      }
    }
  }
  return sortLines(lines);
}

/** The same text printed again a hair's breadth away: bold faked by printing twice (pdftotext
 *  drops such copies too). */
function isOverprint(a: Run, b: Run): boolean {
  return a.str === b.str && Math.abs(a.x - b.x) <= OVERPRINT * a.size && Math.abs(a.base - b.base) <= OVERPRINT * a.size;
}

/**
 * Of a line's runs, `left`: the one a new run at x is compared with, the one just left of it (else
 * the line's first). Baselines drift along a table row (a group label's glyph, the label, the
 * figures each a little lower), as pdftotext allows; a run that would sit before runs it is not
 * level with starts a line. `near`: the run starting nearest to x (is the new run a copy of it?).
 * One pass, no Math.* calls: this runs for every run against every open line.
 */
function closest(line: TextLine, x: number): { left: Run; near: Run } {
  let left: Run | undefined;
  let first = line.runs[0];
  let near = first;
  let nearDist = Infinity;
  for (const r of line.runs) {
    if (r.x <= x && (!left || r.x > left.x)) left = r;
    if (r.x < first.x) first = r;
    const d = r.x > x ? r.x - x : x - r.x;
    if (d < nearDist) {
      near = r;
      nearDist = d;
    }
  }
  return { left: left ?? first, near };
}

function sortLines(lines: TextLine[]): TextLine[] {
  for (const l of lines) l.runs.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.base - a.base || a.runs[0].x - b.runs[0].x);
}

/** A line of small runs that each touch a run of a neighbouring larger line (a footnote mark, an
 *  exponent) belongs to that line. */
function mergeScripts(lines: TextLine[]): TextLine[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const small = out[i];
    if (small.vertical) continue;
    const host = [out[i - 1], out[i + 1]].find(
      (l) =>
        l !== undefined &&
        !l.vertical &&
        small.size <= SCRIPT_SIZE * l.size &&
        Math.abs(small.base - l.base) <= SCRIPT_RISE * l.size &&
        small.runs.every((r) => touches(r, l, SCRIPT_TOUCH * l.size)),
    );
    if (!host) continue;
    host.runs.push(...small.runs);
    host.runs.sort((a, b) => a.x - b.x);
    out.splice(i, 1);
    i--;
  }
  return out;
}

function touches(r: Run, line: TextLine, slack: number): boolean {
  return line.runs.some((o) => Math.abs(r.x - o.end) <= slack || Math.abs(o.x - r.end) <= slack);
}

/**
 * A table cell's figures are centred beside a label that wraps in its cell, so their baseline falls
 * between the label's lines. pdftotext prints the whole label first, then the figures; so does this:
 * a line of figures only, followed by text lines that continue the label (at normal line spacing,
 * not starting left of it, ending left of the figures), moves below them.
 */
function labelsBeforeFigures(lines: TextLine[]): TextLine[] {
  const out = [...lines];
  for (let i = 1; i < out.length - 1; i++) {
    const figures = out[i];
    if (!isFigureLine(figures)) continue;
    const firstFigure = figures.runs[0].x;
    let j = i;
    let above = out[i - 1];
    while (j + 1 < out.length) {
      const next = out[j + 1];
      const continues =
        !next.vertical &&
        !isFigureLine(next) &&
        !isFigureLine(above) &&
        next.runs.every((r) => r.end <= firstFigure) &&
        next.runs[0].x >= above.runs[0].x - next.size &&
        above.base - next.base <= LABEL_LEADING * Math.max(next.size, above.size) &&
        figures.base > next.base;
      if (!continues) break;
      above = next;
      j++;
    }
    if (j === i) continue;
    out.splice(i, 1);
    out.splice(j, 0, figures);
    i = j;
  }
  return out;
}

function isFigureLine(line: TextLine): boolean {
  return !line.vertical && line.runs.every((r) => FIGURE.test(r.str.trim()) || r.str.trim() === UNREAD_MARK);
}

/** The line's runs left to right: one space between words, and at least two between columns, as
 *  many as put the column where its distance from the page's left edge says. */
function lineText(line: TextLine, left: number, unit: number): string {
  let text = "";
  let col = 0;
  let prev: Run | undefined;
  for (const r of line.runs) {
    const target = Math.round((r.x - left) / unit);
    let spaces: number;
    if (!prev) spaces = target;
    else {
      const gap = r.x - prev.end;
      const size = Math.min(r.size, prev.size);
      // Words of one cell: the gap as it is (none or one space); columns: aligned to the page.
      if (gap < WORD_GAP * size) spaces = 0;
      else if (gap < COLUMN_GAP * size) spaces = 1;
      else spaces = Math.max(2, target - col);
    }
    const str = prev ? r.str : r.str.replace(/^\s+/, "");
    text += " ".repeat(Math.max(0, spaces)) + str;
    // Columns count characters, a CJK one too, as pdftotext's do: runs that start at one x start at
    // one character column.
    col += Math.max(0, spaces) + [...str].length;
    prev = r;
  }
  return text.replace(/\s+$/, "");
}
