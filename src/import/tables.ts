// Tables 二, 三 and 四 from their rows: each row's gathered label is matched to the format's rows,
// its figures fitted to the row's columns, and every cell read with readCell (raw text kept).
import { t2Keys, t3Keys, t4Keys } from "../format";
import type { CellKey, FormatSpec, ValueKind } from "../format";
import { numericValue } from "../model/cell";
import type { CellValue } from "../model/cell";
import { T3_OTHER } from "../format/common";
import { labelKey } from "./normalize";
import { labelTarget, matchLabel } from "./label-match";
import { problem } from "./problems";
import type { ImportProblem, TableId, Where } from "./problems";
import type { TableRow } from "./table-rows";
import { fitRow, isValueWord, rowTotalBalances, t4Balances } from "./values";

export interface TableRead {
  cells: Record<CellKey, CellValue>;
  problems: ImportProblem[];
  /** How many of the format's rows were found (0: the table is not there). */
  found: number;
}

interface RowTarget {
  label: string;
  keys: CellKey[];
  kinds: ValueKind[];
  balances?: (nums: number[]) => boolean;
}

export function readT2(rows: TableRow[], f: FormatSpec, reportUnknown = true): TableRead {
  const keys = t2Keys(f);
  const targets = f.t2.flatMap((g) => g.rows.map((r) => ({ label: r.label, kinds: g.columns.map((c) => c.kind ?? "count") })));
  return readLabelledRows(rows, "t2", targets.map((x, i) => ({ ...x, keys: keys[i] })), reportUnknown);
}

export function readT3(rows: TableRow[], f: FormatSpec, reportUnknown = true): TableRead {
  const keys = t3Keys(f);
  const targets = f.t3.rows.map((r, i) => ({
    label: r.label,
    keys: keys[i],
    kinds: keys[i].map((): ValueKind => "count"),
    balances: rowTotalBalances,
  }));
  // The 2021 format's （六） has three sub-rows; a report on the old template prints one row.
  const subRows = f.t3.rows.map((r, i) => (r.parents.includes(T3_OTHER) ? i : -1)).filter((i) => i >= 0);
  const combined = subRows.length > 1 ? { label: T3_OTHER, from: subRows[0], to: subRows[subRows.length - 1] } : undefined;
  return readLabelledRows(rows, "t3", targets, reportUnknown, combined);
}

/** Table 四 is one row of 15 figures under a header of single characters; its figures may be spread. */
export function readT4(rows: TableRow[], f: FormatSpec): TableRead {
  const keys = t4Keys(f);
  // Header rows of an explicit table may end in blank cells; only rows with figures are the data.
  const words = rows.filter((r) => r.words.some(isValueWord)).flatMap((r) => r.words);
  const explicit = rows.some((r) => r.explicit);
  const where: Where = { table: "t4" };
  if (words.length === 0) return { cells: {}, problems: [], found: 0 };
  const fit = fitRow(words, keys.map((): ValueKind => "count"), t4Balances, explicit);
  const cells: Record<CellKey, CellValue> = {};
  const problems: ImportProblem[] = [];
  if (fit.kind === "ok" || fit.kind === "split") keys.forEach((k, i) => (cells[k] = fit.cells[i]));
  if (fit.kind === "split") problems.push(splitProblem(where, fit, keys.length, keys));
  if (fit.kind === "tooMany" || fit.kind === "tooFew") {
    problems.push(problem(where, `import.row.${fit.kind}`, "error", { count: fit.count, expected: keys.length }, keys));
  }
  return { cells, problems, found: 1 };
}

interface Placed {
  row: TableRow;
  /** The target the row was matched to, or undefined (unknown row). */
  target?: number;
  /** The row is the one printed figure of targets from..to (see Combined). */
  combined?: true;
  /** A line of figures with no label of its own in PDF text (see figureLines): never placed. */
  unlabelled?: true;
  /** …already named in an import.row.outOfOrder warning: no second warning. */
  quiet?: true;
}

/** The row's words fit the target's columns (a split number joined included): else some of them
 *  may be another row's (a label's numbering "5" read as a figure). */
function fits(row: TableRow, target: RowTarget): boolean {
  const kind = fitRow(row.words, target.kinds, target.balances, row.explicit).kind;
  return kind === "ok" || kind === "split";
}

/** PDF text: the row's figures stood on two or more lines of exactly `n` figures each — whole rows
 *  of figures, not one row wrapped; null otherwise. */
function figureLines(row: TableRow, n: number): string[][] | null {
  const lines = row.lineWords;
  return lines && lines.length > 1 && lines.every((l) => l.length === n) ? lines : null;
}

/** Targets `from`..`to` are sub-rows that an older template prints as one row labelled `label`. */
interface Combined {
  label: string;
  from: number;
  to: number;
}

function readLabelledRows(rows: TableRow[], table: TableId, targets: RowTarget[], reportUnknown: boolean, combined?: Combined): TableRead {
  const labels = targets.map((x) => labelTarget(x.label));
  const cells: Record<CellKey, CellValue> = {};
  const problems: ImportProblem[] = [];
  const taken = new Set<number>();
  const placed: Placed[] = [];
  let last = -1;
  for (const row of rows) {
    const m = matchLabel(row.gathered, labels, taken);
    const blanks = row.words.every((w) => w.trim() === "" || w.trim() === "\u00a0");
    if (!m) {
      if (!(row.explicit && blanks)) placed.push({ row });
      continue;
    }
    const target = targets[m.index];
    if (taken.has(m.index)) {
      problems.push(problem(at(table, target, row), "import.row.duplicate", "warning", {}, target.keys));
      // Its figures are not read; in PDF text they may be the next label's, printed before it.
      if (!row.explicit) placed.push({ row, unlabelled: true, quiet: true });
      continue;
    }
    const before = row.gathered.slice(0, m.at);
    const named: number[] = [];
    for (let j = last + 1; j < m.index; j++) if (!taken.has(j) && before.includes(labels[j].key)) named.push(j);
    const lines = figureLines(row, target.kinds.length);
    last = m.index;
    // A whole row of figures with no label just before this label, and this row's figures not on
    // its label's line: they may be its own, printed before it ("100 … 100 / 一、本年新收…数量 /
    // （ / 102 … / 一）予以公开"), or its label may have begun before them ("2.没有现 / 113 … /
    // 成信息需要另行制作 / 114 …"). Which line is its own the text does not say, until a row whose
    // figures stand on its label's line. (A lone number there is a page number, not a row.) A row
    // before whose figures did not fit its columns is as suspect: it may hold this row's figures.
    const n = target.kinds.length;
    const prev = placed[placed.length - 1];
    const figuresBefore = n > 1 && prev !== undefined && !prev.row.explicit && (prev.target === undefined ? prev.row.words.length >= n : !fits(prev.row, targets[prev.target]));
    if ((figuresBefore && !row.sameLine) || m.nextBegins) {
      for (const j of [...named, m.index]) {
        taken.add(j);
        problems.push(problem(at(table, targets[j], row), "import.row.outOfOrder", "warning", {}, targets[j].keys));
      }
      placed.push({ row, unlabelled: true, quiet: true });
      continue;
    }
    // Another row's whole label printed before this one (taken or not): with several lines of
    // figures after the two, which line is whose the text does not say.
    const otherLabel = named.length > 0 || labels.some((l, j) => j !== m.index && l.key.length >= 3 && before.includes(l.key));
    if (lines && otherLabel) {
      // Labels printed together, then several lines of figures: PDF text put the rows out of
      // order, and which line is whose the text does not say. None is read (never a guess).
      for (const j of [...named, m.index]) {
        taken.add(j);
        problems.push(problem(at(table, targets[j], row), "import.row.outOfOrder", "warning", {}, targets[j].keys));
      }
      for (const words of lines) placed.push({ row: { ...row, words }, unlabelled: true, quiet: true });
      continue;
    } else {
      // A PDF drops a row whose cells are all blank: its label then runs into the next row's label.
      for (const j of named) {
        taken.add(j);
        problems.push(problem(at(table, targets[j], row), "import.row.noValues", "error", {}, targets[j].keys));
      }
    }
    taken.add(m.index);
    if (!lines) {
      placed.push({ row, target: m.index });
      continue;
    }
    // Lines of figures one after another with no label between: the first is the row's, printed
    // right after its label; the others' labels are elsewhere (or lost) in the text. Unread.
    placed.push({ row: { ...row, words: lines[0] }, target: m.index });
    for (const words of lines.slice(1)) placed.push({ row: { ...row, gathered: "", printed: words.join(" "), words }, unlabelled: true });
  }
  // Rows no label names, between rows that were placed: read by the fixed row order when exactly as
  // many rows as the format has there are left (wrapped and broken labels, typos, dropped labels).
  if (combined) placeCombined(placed, combined, taken);
  const byOrder = fillByOrder(placed, targets.length, taken);
  for (const p of placed) {
    if (p.combined && combined) {
      readCombined(p.row, table, targets.slice(combined.from, combined.to + 1), combined.label, cells, problems);
      for (let k = combined.from; k <= combined.to; k++) taken.add(k);
      continue;
    }
    if (p.unlabelled) {
      if (!p.quiet) problems.push(problem(at(table, undefined, p.row), "import.row.unlabelled", "warning", { printed: p.row.printed, count: p.row.words.length }));
      continue;
    }
    if (p.target === undefined) {
      if (reportUnknown) {
        const printed = p.row.printed.length > 30 ? `…${p.row.printed.slice(-30)}` : p.row.printed;
        problems.push(problem(at(table, undefined, p.row), "import.row.unknown", "warning", { printed, count: p.row.words.length }));
      }
      continue;
    }
    const target = targets[p.target];
    if (byOrder.has(p)) taken.add(p.target);
    const fit = fitRow(p.row.words, target.kinds, target.balances, p.row.explicit);
    const where = at(table, target, p.row);
    if (fit.kind === "ok" || fit.kind === "split") target.keys.forEach((k, i) => (cells[k] = fit.cells[i]));
    if (fit.kind === "split") problems.push(splitProblem(where, fit, target.kinds.length, target.keys));
    if (fit.kind === "tooMany" || fit.kind === "tooFew") {
      problems.push(
        problem(where, `import.row.${fit.kind}`, "error", { count: fit.count, expected: target.kinds.length, printed: p.row.words.join(" ") }, target.keys),
      );
    }
  }
  if (taken.size > 0) {
    targets.forEach((x, i) => {
      if (!taken.has(i)) problems.push(problem(at(table, x), "import.row.missing", "error", {}, x.keys));
    });
  }
  return { cells, problems, found: taken.size };
}

/** An unknown row labelled as the combined row, where none of its sub-rows was found: that row. */
function placeCombined(placed: Placed[], c: Combined, taken: ReadonlySet<number>): void {
  for (let k = c.from; k <= c.to; k++) if (taken.has(k)) return;
  const key = labelKey(c.label);
  placed.forEach((p, i) => {
    if (p.target !== undefined || !p.row.gathered.endsWith(key) || p.row.words.length === 0) return;
    const before = placed.slice(0, i).reverse().find((q) => q.target !== undefined)?.target ?? -1;
    const after = placed.slice(i + 1).find((q) => q.target !== undefined)?.target ?? Infinity;
    if (before < c.from && after > c.to) p.combined = true;
  });
}

/**
 * The old single （六）其他处理 row: each column's figure is the sum of the sub-rows' cells, which stay
 * unread (the source does not have them) but carry that sum, so （七）总计 can still be checked (R2).
 * One warning names the outdated template.
 */
function readCombined(row: TableRow, table: TableId, subs: RowTarget[], label: string, cells: Record<CellKey, CellValue>, problems: ImportProblem[]): void {
  const keys = subs.flatMap((s) => s.keys);
  const first = subs[0];
  const fit = fitRow(row.words, first.kinds, first.balances, row.explicit);
  const where: Where = { table, label };
  if (row.line !== undefined) where.line = row.line;
  if (fit.kind === "ok" || fit.kind === "split") {
    first.keys.forEach((_, c) => {
      const sum = numericValue(fit.cells[c]);
      const group = subs.map((s) => s.keys[c]);
      for (const k of group) cells[k] = sum === null ? { kind: "unread" } : { kind: "unread", share: { keys: group, sum } };
    });
  }
  problems.push(problem(where, "import.t3.combinedOther", "warning", { count: subs.length }, keys));
  if (fit.kind === "tooMany" || fit.kind === "tooFew") {
    problems.push(problem(where, `import.row.${fit.kind}`, "error", { count: fit.count, expected: first.kinds.length, printed: row.words.join(" ") }, keys));
  }
}

function at(table: TableId, target?: RowTarget, row?: TableRow): Where {
  const w: Where = { table };
  if (target) w.label = target.label;
  if (row?.line !== undefined) w.line = row.line;
  return w;
}

/**
 * Places unknown rows by order: between two placed rows (or the table's ends), when the rows left
 * unplaced there are exactly as many as the format's rows not taken there, they are those rows in
 * order. Returns the rows so placed.
 */
function fillByOrder(placed: Placed[], count: number, taken: ReadonlySet<number>): Set<Placed> {
  const out = new Set<Placed>();
  let i = 0;
  while (i < placed.length) {
    if (placed[i].target !== undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < placed.length && placed[j].target === undefined) j++;
    const from = i > 0 ? (placed[i - 1].target as number) : -1;
    const to = j < placed.length ? (placed[j].target as number) : count;
    const free: number[] = [];
    for (let k = from + 1; k < to; k++) if (!taken.has(k)) free.push(k);
    const unknown = placed.slice(i, j).filter((p) => p.row.words.length > 0);
    // Only an explicit table's rows stand in their printed order: in PDF text a line of figures
    // without its label may come from anywhere in the table (converters reorder lines).
    if (unknown.some((p) => !p.row.explicit)) {
      i = j;
      continue;
    }
    if (free.length > 0 && unknown.length === free.length) {
      unknown.forEach((p, n) => {
        p.target = free[n];
        out.add(p);
      });
    }
    i = j;
  }
  return out;
}

function splitProblem(
  where: Where,
  fit: { a: string; b: string; joined: number; column: number },
  expected: number,
  keys: CellKey[],
): ImportProblem {
  return problem(
    where,
    "import.row.maybeSplit",
    "warning",
    { count: expected + 1, expected, a: fit.a, b: fit.b, joined: fit.joined, column: fit.column + 1 },
    keys,
  );
}

