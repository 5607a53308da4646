// Reading one named table region back. If its size is what the plan made, cells are read where the
// plan put them and each label is compared; if rows or columns were inserted or deleted, every figure
// is found again by its row label and column label, or — when that is not unambiguous — not read
// at all. Nothing is ever read from a cell that merely sits where a figure used to be.
import type { CellKey } from "../format";
import type { Finding } from "../rules/types";
import { a1, parseCell, parseRange, rangeCols, rangeRows } from "./a1";
import type { CellPos, RangePos } from "./a1";
import { normLabel } from "./normalize";
import type { RangeRead } from "./read-types";
import { r10 } from "./r10";
import type { CellPlan, NamePlan, SheetPlan } from "./types";

export interface FigureRead {
  key: CellKey;
  value: unknown;
  /** The cell's formula, when it holds one (a 汇总 cell's "未知" is a formula's result, not typed). */
  formula?: string;
  sheet: string;
  address: string;
}

export interface RegionResult {
  figures: FigureRead[];
  findings: Finding[];
  /** How the figures were found. */
  located: "position" | "labels" | "none";
}

const LABEL_ROLES = new Set(["label", "header", "note"]);

const inside = (p: CellPos, r: RangePos) => p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;

export function readRegion(sheet: SheetPlan, name: NamePlan, read: RangeRead | null | undefined, what: string): RegionResult {
  const planned = parseRange(name.range);
  const cells = sheet.cells.filter((c) => inside(parseCell(c.address), planned));
  const figures = cells.filter((c) => c.key !== undefined);
  if (!read) {
    return { figures: [], located: "none", findings: [r10("error", "layout.r10.nameMissing", { what, name: name.name }, name.name)] };
  }
  const actual = parseRange(read.address);
  const at = (p: CellPos): unknown => read.values[p.row - planned.top]?.[p.col - planned.left];
  if (rangeRows(actual) === rangeRows(planned) && rangeCols(actual) === rangeCols(planned)) {
    const findings: Finding[] = [];
    const where = (p: CellPos) => a1(actual.top + p.row - planned.top, actual.left + p.col - planned.left);
    for (const c of cells.filter((x) => LABEL_ROLES.has(x.role) && typeof x.value === "string")) {
      const p = parseCell(c.address);
      const got = at(p);
      if (normLabel(got) !== normLabel(c.value)) {
        const address = where(p);
        findings.push(
          r10("error", "layout.r10.labelChanged", { sheet: read.sheet, address, expected: String(c.value), actual: String(got ?? "") }, name.name, {
            sheet: read.sheet,
            address,
          }),
        );
      }
    }
    const formulaAt = (p: CellPos): unknown => read.formulas?.[p.row - planned.top]?.[p.col - planned.left];
    const out = figures.map((c) => {
      const p = parseCell(c.address);
      return withFormula({ key: c.key as CellKey, value: at(p), sheet: read.sheet, address: where(p) }, formulaAt(p));
    });
    return { figures: out, findings, located: "position" };
  }
  const shape = r10(
    "error",
    "layout.r10.shape",
    {
      sheet: read.sheet,
      what,
      expectedRows: rangeRows(planned),
      expectedCols: rangeCols(planned),
      rows: rangeRows(actual),
      cols: rangeCols(actual),
    },
    name.name,
    { sheet: read.sheet, address: read.address },
  );
  const found = locateByLabels(cells, figures, read.values);
  if (!found) {
    return { figures: [], located: "none", findings: [shape, r10("error", "layout.r10.unreadable", { what }, name.name)] };
  }
  const out = figures.map((c) => {
    const g = found.get(c.key as CellKey) as CellPos;
    const fig = { key: c.key as CellKey, value: read.values[g.row]?.[g.col], sheet: read.sheet, address: a1(actual.top + g.row, actual.left + g.col) };
    return withFormula(fig, read.formulas?.[g.row]?.[g.col]);
  });
  return { figures: out, located: "labels", findings: [shape, r10("info", "layout.r10.readByLabel", { what }, name.name)] };
}

function withFormula(fig: FigureRead, formula: unknown): FigureRead {
  return typeof formula === "string" && formula.startsWith("=") ? { ...fig, formula } : fig;
}

/**
 * Finds each figure in the grid (0-based row/col) by its row label (the plan's label to its left on
 * the same row) and its column label (the plan's nearest header above in its column). A row without
 * a label (table 四's single row) is found as the row below its column labels, and a column label
 * printed several times (结果维持 under each group) by its order among equal labels. Null unless
 * every figure lands on its own cell.
 */
function locateByLabels(cells: CellPlan[], figures: CellPlan[], grid: unknown[][]): Map<CellKey, CellPos> | null {
  const labels = cells.filter((c) => LABEL_ROLES.has(c.role) && typeof c.value === "string").map((c) => ({ ...parseCell(c.address), text: normLabel(c.value) }));
  const norm = grid.map((row) => row.map(normLabel));
  const hits = (text: string) => norm.flatMap((row, r) => row.flatMap((v, c) => (v === text ? [{ row: r, col: c }] : [])));
  const out = new Map<CellKey, CellPos>();
  const used = new Set<string>();
  for (const f of figures) {
    const p = parseCell(f.address);
    const rowLabel = labels.filter((l) => l.row === p.row && l.col < p.col && l.text !== "").sort((x, y) => y.col - x.col)[0];
    const colLabel = labels.filter((l) => l.col === p.col && l.row < p.row && l.text !== "").sort((x, y) => y.row - x.row)[0];
    if (!colLabel) return null;
    let pos: CellPos | null = null;
    if (rowLabel) {
      const rows = hits(rowLabel.text);
      if (rows.length !== 1) return null;
      const r = rows[0].row;
      const cols = hits(colLabel.text).filter((h) => h.row < r);
      if (cols.length === 0) return null;
      const nearest = Math.max(...cols.map((h) => h.row));
      const inRow = cols.filter((h) => h.row === nearest);
      if (inRow.length !== 1) return null;
      pos = { row: r, col: inRow[0].col };
    } else {
      const twins = labels.filter((l) => l.row === colLabel.row && l.text === colLabel.text).sort((x, y) => x.col - y.col);
      const nth = twins.findIndex((l) => l.col === colLabel.col);
      const rows = [...new Set(hits(colLabel.text).map((h) => h.row))].filter((r) => hits(colLabel.text).filter((h) => h.row === r).length === twins.length);
      if (rows.length !== 1) return null;
      const col = hits(colLabel.text).filter((h) => h.row === rows[0]).sort((x, y) => x.col - y.col)[nth].col;
      pos = { row: rows[0] + (p.row - colLabel.row), col };
    }
    const id = `${pos.row}:${pos.col}`;
    if (used.has(id) || pos.row >= grid.length) return null;
    used.add(id);
    out.set(f.key as CellKey, pos);
  }
  return out;
}
