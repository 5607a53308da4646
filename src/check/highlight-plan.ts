// What 校验 paints in the sheet, decided without Office: which cells get a fill, which
// earlier highlights are undone, and the record to keep for next time. The add-in only ever undoes
// its own highlights: a cell is restored to the fill it had before only while it still shows the
// colour the add-in gave it — a cell the clerk recoloured since is left as the clerk made it.
import type { ExplainedFinding } from "../explain/explanations";

export type MarkKind = "error" | "warning";

/** Distinct from the input cells' pale yellow (#FFF9D6) and the totals' grey (#E7E6E6). */
export const CHECK_FILLS: Record<MarkKind, string> = { error: "#FFC7CE", warning: "#FFD966" };

/** One cell the add-in highlighted: where, what it showed before, and the colour it was given. */
export interface HighlightMark {
  sheet: string;
  address: string;
  /** Canonical key (or name) of the finding's cell: finds the plan's validation to restore. */
  key: string;
  kind: MarkKind;
  /** The fill before highlighting; null for none. */
  original: string | null;
  fill: string;
}

export interface CellPaint {
  sheet: string;
  address: string;
  key: string;
  kind: MarkKind;
  fill: string;
}

export interface CellRestore {
  sheet: string;
  address: string;
  key: string;
  /** null: no fill. */
  fill: string | null;
}

export interface HighlightPlan {
  paint: CellPaint[];
  /** Earlier highlights undone (cells painted again are not listed: their new paint replaces it). */
  restore: CellRestore[];
  /** Earlier highlights the clerk recoloured since, or that could not be seen: left as they are. */
  leftAlone: HighlightMark[];
  /** Finding cells whose current fill was not read (outside the tables): not highlighted. */
  skipped: number;
  /** The record to store: exactly the cells painted now. */
  marks: HighlightMark[];
}

export const cellId = (sheet: string, address: string): string => `${sheet}!${address}`;

/** Office reports "no fill" as white; both mean "nothing to restore but a clear". */
export function normFill(fill: string | null | undefined): string | null {
  if (fill === null || fill === undefined || fill === "") return null;
  const up = fill.toUpperCase();
  return up === "#FFFFFF" ? null : up;
}

const sameFill = (a: string | null | undefined, b: string | null | undefined) => normFill(a) === normFill(b);

interface Target {
  sheet: string;
  address: string;
  key: string;
  kind: MarkKind;
}

/** Errors and open warnings are highlighted; explained warnings and notes are not. */
const kindOf = (f: ExplainedFinding): MarkKind | null =>
  f.severity === "error" ? "error" : f.severity === "warning" && !f.explanation ? "warning" : null;

/**
 * `fills`: the current fill of every cell the host could read (by cellId; absent = not read).
 * `previous`: the record of the last check.
 */
export function planHighlights(
  findings: ExplainedFinding[],
  fills: ReadonlyMap<string, string | null>,
  previous: HighlightMark[],
): HighlightPlan {
  // 1. Undo what the add-in painted last time, where the paint is still ours.
  const before = new Map<string, string | null>(fills);
  const restored = new Map<string, CellRestore>();
  const leftAlone: HighlightMark[] = [];
  for (const m of previous) {
    const id = cellId(m.sheet, m.address);
    if (!fills.has(id) || !sameFill(fills.get(id), m.fill)) {
      leftAlone.push(m);
      continue;
    }
    restored.set(id, { sheet: m.sheet, address: m.address, key: m.key, fill: normFill(m.original) });
    before.set(id, normFill(m.original));
  }

  // 2. The cells of this check's findings, the worst finding deciding the colour.
  const targets = new Map<string, Target>();
  let skipped = 0;
  for (const f of findings) {
    const kind = kindOf(f);
    if (!kind) continue;
    for (const c of f.cells) {
      if (!c.sheet || !c.address) continue;
      const id = cellId(c.sheet, c.address);
      if (!before.has(id)) {
        skipped++;
        continue;
      }
      const tgt = targets.get(id) ?? { sheet: c.sheet, address: c.address, key: c.key, kind };
      if (kind === "error") tgt.kind = "error";
      targets.set(id, tgt);
    }
  }

  const paint: CellPaint[] = [];
  const marks: HighlightMark[] = [];
  for (const [id, tgt] of targets) {
    const fill = CHECK_FILLS[tgt.kind];
    paint.push({ sheet: tgt.sheet, address: tgt.address, key: tgt.key, kind: tgt.kind, fill });
    marks.push({ sheet: tgt.sheet, address: tgt.address, key: tgt.key, kind: tgt.kind, original: before.get(id) ?? null, fill });
    restored.delete(id);
  }
  return { paint, restore: [...restored.values()], leftAlone, skipped, marks };
}

/** What a host must actually write for `plan`: the cells whose fill differs from the one planned,
 *  and the record only when it changed. A check whose findings did not change writes nothing — no
 *  sync, no onChanged event of its own, nothing that could clear the clerk's Undo. */
export interface HighlightWrites {
  paint: CellPaint[];
  restore: CellRestore[];
  /** The record differs from `previous` (order aside). */
  marks: boolean;
}

export function highlightWrites(plan: HighlightPlan, fills: ReadonlyMap<string, string | null>, previous: HighlightMark[]): HighlightWrites {
  const differs = (c: { sheet: string; address: string; fill: string | null }) => !sameFill(fills.get(cellId(c.sheet, c.address)), c.fill);
  const rows = (m: HighlightMark[]) => JSON.stringify(marksToRows(m).map((r) => r.join("\t")).sort());
  return { paint: plan.paint.filter(differs), restore: plan.restore.filter(differs), marks: rows(plan.marks) !== rows(previous) };
}

export const nothingToWrite = (w: HighlightWrites): boolean => w.paint.length === 0 && w.restore.length === 0 && !w.marks;

// The record is stored as rows of text on the notes sheet (MARK_COLUMNS order).
export function marksToRows(marks: HighlightMark[]): string[][] {
  return marks.map((m) => [m.sheet, m.address, m.key, m.kind, m.original ?? "", m.fill]);
}

export function marksFromRows(rows: unknown[][]): HighlightMark[] {
  const out: HighlightMark[] = [];
  for (const row of rows) {
    const [sheet, address, key, kind, original, fill] = row.map((v) => (v === null || v === undefined ? "" : String(v)));
    if (!sheet || !address || !fill || (kind !== "error" && kind !== "warning")) continue; // damaged: forgotten
    out.push({ sheet, address, key, kind, original: original === "" ? null : original, fill });
  }
  return out;
}
