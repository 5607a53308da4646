// Queues one sheet's contents: values and formulas as ONE 2-D block over the plan's extent (null
// leaves a cell as it is, so a clerk's figure the plan does not carry is never blanked), number formats
// the same way, and each role's style once per rectangle of cells rather than cell by cell.
import { coverRanges, parseRange, rangeA1 } from "../layout/a1";
import type { CellPos, RangePos } from "../layout/a1";
import type { CellPlan, CellRole, LayoutPlan, SheetPlan, StylePlan } from "../layout/types";
import type { Scalar, XWorksheet } from "./api";
import { asCellValue } from "./text-cell";

/** Every cell, merge, validation and highlight the plan puts on the sheet, as one rectangle. */
export function planExtent(sheet: SheetPlan): RangePos {
  const all = [
    ...sheet.cells.map((c) => c.address),
    ...sheet.merges,
    ...sheet.validations.map((v) => v.range),
    ...sheet.conditionalFormats.map((c) => c.range),
  ].map((a) => parseRange(a));
  return all.reduce(
    (e, r) => ({ top: Math.min(e.top, r.top), left: Math.min(e.left, r.left), bottom: Math.max(e.bottom, r.bottom), right: Math.max(e.right, r.right) }),
    { top: 1, left: 1, bottom: 1, right: 1 },
  );
}

/** Roles whose blank planned cell means "whatever the clerk has there": never overwritten with "". */
const KEEP_WHEN_BLANK = new Set<CellRole>(["input", "narrative", "prior"]);

export function cellContent(c: CellPlan): Scalar | null {
  if (c.formula !== undefined) return c.formula;
  if (c.value !== undefined) return asCellValue(c.value); // labels, narrative, marks: text stays text
  return KEEP_WHEN_BLANK.has(c.role) ? null : "";
}

function grid<T>(extent: RangePos, cells: CellPlan[], get: (c: CellPlan) => T | null): (T | null)[][] {
  const rows = extent.bottom - extent.top + 1;
  const cols = extent.right - extent.left + 1;
  const g: (T | null)[][] = Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
  for (const c of cells) {
    const p = parseRange(c.address);
    g[p.top - extent.top][p.left - extent.left] = get(c);
  }
  return g;
}

export function queueValues(ws: XWorksheet, sheet: SheetPlan, plan: LayoutPlan): void {
  const extent = planExtent(sheet);
  const range = ws.getRange(rangeA1(extent));
  // `formulas` takes plain values too; one property write carries labels, figures and totals alike.
  range.formulas = grid<Scalar>(extent, sheet.cells, cellContent);
  range.numberFormat = grid<string>(extent, sheet.cells, (c) => c.numberFormat ?? plan.styles[c.role].numberFormat ?? "General");
}

const H: Record<NonNullable<StylePlan["horizontal"]>, "Left" | "Center" | "Right"> = { left: "Left", center: "Center", right: "Right" };
const V: Record<NonNullable<StylePlan["vertical"]>, "Top" | "Center" | "Bottom"> = { top: "Top", middle: "Center", bottom: "Bottom" };

/** Cells of each role, a merged cell standing for its whole merged area (borders go round the area). */
function roleRects(sheet: SheetPlan): Map<CellRole, RangePos[]> {
  const merges = sheet.merges.map((m) => parseRange(m));
  const byRole = new Map<CellRole, CellPos[]>();
  for (const c of sheet.cells) {
    const p = parseRange(c.address);
    const m = merges.find((x) => x.top === p.top && x.left === p.left) ?? p;
    // A total kept as printed (layout/kept-totals.ts) looks and edits like an input: the clerk corrects it there.
    const role: CellRole = c.kept ? "input" : c.role;
    const list = byRole.get(role) ?? [];
    for (let row = m.top; row <= m.bottom; row++) for (let col = m.left; col <= m.right; col++) list.push({ row, col });
    byRole.set(role, list);
  }
  return new Map([...byRole].map(([role, cells]) => [role, coverRanges(cells)]));
}

export function queueStyles(ws: XWorksheet, sheet: SheetPlan, plan: LayoutPlan): void {
  for (const [role, rects] of roleRects(sheet)) {
    const style = plan.styles[role];
    for (const rect of rects) applyStyle(ws, rect, style);
  }
}

function applyStyle(ws: XWorksheet, rect: RangePos, s: StylePlan): void {
  const f = ws.getRange(rangeA1(rect)).format;
  if (s.font?.name !== undefined) f.font.name = s.font.name;
  if (s.font?.size !== undefined) f.font.size = s.font.size;
  f.font.bold = s.font?.bold ?? false;
  f.font.color = s.font?.color ?? "#000000";
  if (s.fill) f.fill.color = s.fill;
  else f.fill.clear(); // a re-layout restores formats: a cell that changed role loses its old fill
  if (s.horizontal) f.horizontalAlignment = H[s.horizontal];
  if (s.vertical) f.verticalAlignment = V[s.vertical];
  f.wrapText = s.wrap ?? false;
  f.protection.locked = s.locked ?? true;
  if (s.border) {
    const sides = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
    const inside = [...(rect.bottom > rect.top ? ["InsideHorizontal" as const] : []), ...(rect.right > rect.left ? ["InsideVertical" as const] : [])];
    for (const side of [...sides, ...inside]) {
      const b = f.borders.getItem(side);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
}
