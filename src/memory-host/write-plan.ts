// A layout plan written into the in-memory workbook, as the Office and WPS hosts write it: sheets
// renamed back, damaged sheets cleared first, every planned cell's number format, value or formula
// (cells the plan leaves to the clerk keep what they hold: cellContent() says which), each role's
// fill and lock, merges, widths, names, visibility and protection. Validation, conditional formats
// and print setup have no place in this model: the host reports them as skipped.
import { parseRange } from "../layout/a1";
import type { RangePos } from "../layout/a1";
import type { LayoutPlan, SheetPlan } from "../layout/types";
import { cellContent, planExtent } from "../excel/write-cells";
import type { MemorySheet, MemoryWorkbook } from "./workbook";

export interface MemoryWriteInput {
  plan: LayoutPlan;
  renames: { from: string; to: string }[];
  /** Damaged sheets to clear first, with the area their used range covered. */
  rebuild: Map<string, RangePos>;
}

const union = (a: RangePos, b: RangePos): RangePos => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

export function writePlan(wb: MemoryWorkbook, w: MemoryWriteInput): void {
  for (const r of w.renames) {
    const s = wb.sheet(r.from);
    if (s) s.name = r.to; // names hold the sheet itself, so they follow the rename
  }
  const written: [SheetPlan, MemorySheet][] = w.plan.sheets.map((s) => [s, wb.sheet(s.name) ?? wb.addSheet(s.name)]);
  for (const [plan, sheet] of written) {
    const extent = planExtent(plan);
    const old = w.rebuild.get(plan.name);
    if (old) wb.clear(sheet, union(extent, old));
    sheet.merges = sheet.merges.filter((m) => m.bottom < extent.top || m.top > extent.bottom || m.right < extent.left || m.left > extent.right);
    writeCells(wb, sheet, plan, w.plan);
    for (const m of plan.merges.map((x) => parseRange(x))) merge(wb, sheet, m);
    for (const [letters, chars] of Object.entries(plan.columnWidths)) sheet.columnWidths.set(parseRange(`${letters}1`).left, chars);
    sheet.visibility = plan.visibility;
    sheet.protected = plan.protect;
  }
  for (const n of w.plan.names) {
    const sheet = wb.sheet(n.sheet);
    if (sheet) wb.names.set(n.name, { sheet, range: parseRange(n.range) });
  }
  const first = written.find(([s]) => s.visibility === "visible");
  if (first) wb.active = first[1];
}

function writeCells(wb: MemoryWorkbook, sheet: MemorySheet, plan: SheetPlan, layout: LayoutPlan): void {
  for (const c of plan.cells) {
    const p = parseRange(c.address);
    const cell = wb.at(sheet, p.top, p.left);
    const style = layout.styles[c.role];
    // The number format first: a text cell ("@") must be text before "=…" or "12" lands in it.
    cell.numberFormat = c.numberFormat ?? style.numberFormat ?? "General";
    cell.fill = style.fill ?? null; // a re-layout restores formats: a cell that changed role loses its old fill
    cell.locked = style.locked ?? true;
    cell.bold = style.font?.bold ?? false;
    cell.role = c.role;
    const content = cellContent(c);
    // The plan writes numbers and strings only (Scalar also admits booleans, which it never holds).
    if (content !== null) wb.enter(sheet, p.top, p.left, typeof content === "boolean" ? String(content).toUpperCase() : content);
  }
}

/** Merging keeps only the top-left cell's content, as Excel and ET do (the rest is discarded). */
function merge(wb: MemoryWorkbook, sheet: MemorySheet, m: RangePos): void {
  for (let row = m.top; row <= m.bottom; row++)
    for (let col = m.left; col <= m.right; col++) {
      const c = wb.cell(sheet, row, col);
      if (c && (row !== m.top || col !== m.left)) {
        c.value = null;
        c.formula = null;
      }
    }
  sheet.merges.push(m);
}
