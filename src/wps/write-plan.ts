// A layout plan written through ET, the same plan the Office host queues (src/excel/apply-plan.ts):
// values and formulas as ONE 2-D Formula write per sheet (cells the plan leaves to the clerk keep
// what they hold: ET has no "null skips the cell" as Office.js has, so the block is read once and
// merged), number formats and styles one call per rectangle, merges, widths (ET takes Excel's
// character widths directly), validation, conditional formats through FormatConditions.Add with
// xlExpression, print setup, names, visibility and protection that allows formatting.
// Not written on WPS: frozen panes (ET freezes through the active window only, which would mean
// activating every sheet); the plan's layout works without them.
import { coverRanges, parseRange, quoteSheet, rangeA1, absRange } from "../layout/a1";
import type { CellPos, RangePos } from "../layout/a1";
import { POINTS_PER_INCH, PRINT_MARGINS } from "../layout/print-margins";
import { SHEET_PROTECTION } from "../layout/protection";
import type { CellRole, LayoutPlan, SheetPlan, StylePlan } from "../layout/types";
import { cellContent, planExtent } from "../excel/write-cells";
import { bgr } from "./colour";
import * as C from "./constants";
import { asGrid, get, nameOf, sheetOf } from "./et";
import type { EtFormatCondition, EtRange, EtWorkbook, EtWorksheet } from "./et";

export interface EtWriteInput {
  plan: LayoutPlan;
  renames: { from: string; to: string }[];
  /** Damaged sheets to clear first, with the area their used range covered. */
  rebuild: Map<string, RangePos>;
  existingSheets: string[];
  existingNames: Set<string>;
}

export function writePlan(wb: EtWorkbook, w: EtWriteInput): void {
  const existing = new Set(w.existingSheets.map((n) => n.toLowerCase()));
  for (const r of w.renames) {
    sheetOf(wb, r.from).Name = r.to;
    existing.delete(r.from.toLowerCase());
    existing.add(r.to.toLowerCase());
  }
  const sheets = new Map<SheetPlan, EtWorksheet>();
  for (const s of w.plan.sheets) {
    const had = existing.has(s.name.toLowerCase());
    const ws = had ? sheetOf(wb, s.name) : addSheet(wb, s.name);
    if (had) ws.Unprotect(); // writing to a protected sheet fails; unprotecting an unprotected one is harmless
    sheets.set(s, ws);
  }
  for (const [s, ws] of sheets) {
    clearSheet(ws, s, w.rebuild.get(s.name) ?? null);
    writeCells(ws, s, w.plan);
    writeStyles(ws, s, w.plan);
    writeMergesAndSizes(ws, s);
    writeRules(ws, s, w.plan);
    writePrint(ws, s);
  }
  for (const n of w.plan.names) {
    if (w.existingNames.has(n.name)) nameOf(wb, n.name)?.Delete();
    get(wb, "Names").Add(n.name, `=${quoteSheet(n.sheet)}!${absRange(parseRange(n.range))}`);
  }
  // Show before hiding, so the workbook never has no visible sheet in between.
  const ordered = [...sheets].sort(([a], [b]) => Number(a.visibility !== "visible") - Number(b.visibility !== "visible"));
  for (const [s, ws] of ordered) ws.Visible = C.XL_SHEET_VISIBILITY[s.visibility];
  const p = SHEET_PROTECTION;
  for (const [s, ws] of sheets) if (s.protect) ws.Protect("", true, true, undefined, false, p.formatCells, p.formatColumns, p.formatRows);
  const first = ordered.find(([s]) => s.visibility === "visible");
  if (first) first[1].Activate();
}

function addSheet(wb: EtWorkbook, name: string): EtWorksheet {
  const sheets = get(wb, "Worksheets");
  const ws = sheets.Add(undefined, sheets.Item(get(sheets, "Count"))) as EtWorksheet;
  ws.Name = name;
  return ws;
}

/** Removes the previous layout's merges, validations and conditional formats over the plan's extent;
 *  on a damaged sheet (`rebuild`: its old used area) also its contents and formats. */
function clearSheet(ws: EtWorksheet, sheet: SheetPlan, rebuild: RangePos | null): void {
  const extent = planExtent(sheet);
  if (rebuild) ws.Range(rangeA1(union(extent, rebuild))).Clear();
  const range = ws.Range(rangeA1(extent));
  range.UnMerge();
  get(range, "Validation").Delete();
  get(range, "FormatConditions").Delete();
}

const union = (a: RangePos, b: RangePos): RangePos => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

/** Number formats first (text cells must be text before "=…" lands in them), then one Formula block. */
function writeCells(ws: EtWorksheet, sheet: SheetPlan, plan: LayoutPlan): void {
  const extent = planExtent(sheet);
  const byFormat = new Map<string, CellPos[]>();
  for (const c of sheet.cells) {
    const f = c.numberFormat ?? plan.styles[c.role].numberFormat ?? "General";
    const p = parseRange(c.address);
    byFormat.set(f, [...(byFormat.get(f) ?? []), { row: p.top, col: p.left }]);
  }
  for (const [format, cells] of byFormat) for (const r of coverRanges(cells)) ws.Range(rangeA1(r)).NumberFormat = format;

  const range = ws.Range(rangeA1(extent));
  const current = asGrid(get(range, "Formula"));
  const grid = current.map((row) => row.map((v) => (v === undefined || v === null ? "" : v)));
  for (const c of sheet.cells) {
    const content = cellContent(c);
    if (content === null) continue; // the clerk's cell: keep what it holds
    const p = parseRange(c.address);
    grid[p.top - extent.top][p.left - extent.left] = content;
  }
  range.Formula = grid;
}

/** Cells of each role, a merged cell standing for its whole merged area. */
function roleRects(sheet: SheetPlan): Map<CellRole, RangePos[]> {
  const merges = sheet.merges.map((m) => parseRange(m));
  const byRole = new Map<CellRole, CellPos[]>();
  for (const c of sheet.cells) {
    const p = parseRange(c.address);
    const m = merges.find((x) => x.top === p.top && x.left === p.left) ?? p;
    const list = byRole.get(c.role) ?? [];
    for (let row = m.top; row <= m.bottom; row++) for (let col = m.left; col <= m.right; col++) list.push({ row, col });
    byRole.set(c.role, list);
  }
  return new Map([...byRole].map(([role, cells]) => [role, coverRanges(cells)]));
}

function writeStyles(ws: EtWorksheet, sheet: SheetPlan, plan: LayoutPlan): void {
  for (const [role, rects] of roleRects(sheet)) for (const rect of rects) applyStyle(ws.Range(rangeA1(rect)), rect, plan.styles[role]);
}

function applyStyle(r: EtRange, rect: RangePos, s: StylePlan): void {
  const font = get(r, "Font");
  if (s.font?.name !== undefined) font.Name = s.font.name;
  if (s.font?.size !== undefined) font.Size = s.font.size;
  font.Bold = s.font?.bold ?? false;
  font.Color = bgr(s.font?.color ?? "#000000");
  const interior = get(r, "Interior");
  if (s.fill) interior.Color = bgr(s.fill);
  else interior.ColorIndex = C.XL_COLOR_INDEX_NONE; // a re-layout restores formats: a cell that changed role loses its old fill
  if (s.horizontal) r.HorizontalAlignment = C.XL_H_ALIGN[s.horizontal];
  if (s.vertical) r.VerticalAlignment = C.XL_V_ALIGN[s.vertical];
  r.WrapText = s.wrap ?? false;
  r.Locked = s.locked ?? true;
  if (!s.border) return;
  const sides: number[] = [C.XL_EDGE.top, C.XL_EDGE.bottom, C.XL_EDGE.left, C.XL_EDGE.right];
  if (rect.bottom > rect.top) sides.push(C.XL_EDGE.insideHorizontal);
  if (rect.right > rect.left) sides.push(C.XL_EDGE.insideVertical);
  const borders = get(r, "Borders");
  for (const side of sides) {
    const b = borders.Item(side);
    b.LineStyle = C.XL_CONTINUOUS;
    b.Weight = C.XL_THIN;
    b.Color = 0;
  }
}

function writeMergesAndSizes(ws: EtWorksheet, sheet: SheetPlan): void {
  for (const m of sheet.merges) ws.Range(m).Merge(false);
  for (const [col, chars] of Object.entries(sheet.columnWidths)) ws.Range(`${col}1`).ColumnWidth = chars;
  for (const [row, points] of Object.entries(sheet.rowHeights)) ws.Range(`A${row}`).RowHeight = points;
}

function writeRules(ws: EtWorksheet, sheet: SheetPlan, plan: LayoutPlan): void {
  for (const v of sheet.validations) {
    const dv = get(ws.Range(v.range), "Validation");
    dv.Add(v.type === "whole" ? C.XL_VALIDATE_WHOLE : C.XL_VALIDATE_DECIMAL, C.XL_ALERT_STOP, C.XL_GREATER_EQUAL, String(v.min));
    dv.IgnoreBlank = true;
    dv.InputTitle = v.promptTitle;
    dv.InputMessage = v.prompt;
    dv.ErrorTitle = v.errorTitle;
    dv.ErrorMessage = v.error;
    dv.ShowInput = true;
    dv.ShowError = true;
  }
  for (const c of sheet.conditionalFormats) {
    const style = plan.highlightStyles[c.kind];
    const fc = get(ws.Range(c.range), "FormatConditions").Add(C.XL_EXPRESSION, undefined, c.formula) as EtFormatCondition;
    if (style.fill) get(fc, "Interior").Color = bgr(style.fill);
    if (style.font?.color) get(fc, "Font").Color = bgr(style.font.color);
    if (style.font?.bold !== undefined) get(fc, "Font").Bold = style.font.bold;
  }
}

function writePrint(ws: EtWorksheet, sheet: SheetPlan): void {
  const p = sheet.print;
  const ps = get(ws, "PageSetup");
  ps.Orientation = p.orientation === "landscape" ? C.XL_ORIENTATION.landscape : C.XL_ORIENTATION.portrait;
  ps.PaperSize = C.XL_PAPER_A4;
  if (p.fitToWidth || p.onePage) {
    ps.Zoom = false; // FitToPages* apply only once Zoom is off, as in Excel's VBA
    ps.FitToPagesWide = 1;
    ps.FitToPagesTall = p.onePage ? 1 : false;
  }
  if (p.blackAndWhite) ps.BlackAndWhite = true;
  if (p.titleRows) ps.PrintTitleRows = p.titleRows;
  if (p.printArea) ps.PrintArea = p.printArea;
  const m = PRINT_MARGINS;
  const pt = (inches: number) => inches * POINTS_PER_INCH;
  ps.LeftMargin = pt(m.left);
  ps.RightMargin = pt(m.right);
  ps.TopMargin = pt(m.top);
  ps.BottomMargin = pt(m.bottom);
  ps.HeaderMargin = pt(m.header);
  ps.FooterMargin = pt(m.footer);
}
