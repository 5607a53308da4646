// Queues one sheet's structure: clearing what a previous layout left, merges, column widths and row
// heights, data validation, conditional formats, frozen panes, print setup, visibility, protection.
import { rangeA1 } from "../layout/a1";
import type { RangePos } from "../layout/a1";
import { POINTS_PER_INCH, PRINT_MARGINS } from "../layout/print-margins";
import { SHEET_PROTECTION } from "../layout/protection";
import type { ProtectionPlan } from "../layout/protection";
import type { LayoutPlan, SheetPlan, ValidationPlan } from "../layout/types";
import { widthInPoints } from "./address";
import type { XWorksheet } from "./api";
import { planExtent } from "./write-cells";

/** What the host's requirement sets allow a layout beyond its own rung (ExcelApi 1.4, ladder.ts). */
export interface HostCan {
  /** Conditional formats and calculation suspension: ExcelApi 1.6. */
  conditional: boolean;
  /** Frozen panes: ExcelApi 1.7. */
  freeze: boolean;
  /** Data validation: ExcelApi 1.8. */
  validation: boolean;
  /** Page layout and screen-updating suspension: ExcelApi 1.9. */
  print: boolean;
}

/** Removes the previous layout's merges, validations and highlights over the plan's extent (they
 *  would otherwise duplicate or clash); on a damaged sheet also its contents and formats. */
export function queueClear(ws: XWorksheet, sheet: SheetPlan, rebuildArea: RangePos | null, can: Pick<HostCan, "validation" | "conditional">): void {
  const extent = planExtent(sheet);
  if (rebuildArea) ws.getRange(rangeA1(union(extent, rebuildArea))).clear("All");
  const range = ws.getRange(rangeA1(extent));
  range.unmerge();
  if (can.validation) range.dataValidation.clear();
  if (can.conditional) range.conditionalFormats.clearAll();
}

function union(a: RangePos, b: RangePos): RangePos {
  return { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
}

export function queueMergesAndSizes(ws: XWorksheet, sheet: SheetPlan): void {
  for (const m of sheet.merges) ws.getRange(m).merge(false);
  // Office.js sets widths in points on any cell of the column; the plan speaks Excel's characters.
  for (const [col, chars] of Object.entries(sheet.columnWidths)) ws.getRange(`${col}1`).format.columnWidth = widthInPoints(chars);
  for (const [row, points] of Object.entries(sheet.rowHeights)) ws.getRange(`A${row}`).format.rowHeight = points;
}

function queueValidation(ws: XWorksheet, v: ValidationPlan): void {
  const dv = ws.getRange(v.range).dataValidation;
  const basic = { formula1: v.min, operator: "GreaterThanOrEqualTo" as const };
  dv.rule = v.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  dv.ignoreBlanks = true;
  dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
  dv.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
}

/** Validation needs ExcelApi 1.8; without it (Office 2019 volume-licensed) the input prompts and
 *  stop alerts are left out and the conditional formats alone flag a wrong figure. Conditional
 *  formats need 1.6; below it only 校验's own highlights flag one. */
export function queueRules(ws: XWorksheet, sheet: SheetPlan, plan: LayoutPlan, can: Pick<HostCan, "validation" | "conditional">): void {
  if (can.validation) for (const v of sheet.validations) queueValidation(ws, v);
  if (!can.conditional) return;
  for (const c of sheet.conditionalFormats) {
    const style = plan.highlightStyles[c.kind];
    const cf = ws.getRange(c.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = c.formula;
    if (style.fill) cf.custom.format.fill.color = style.fill;
    if (style.font?.color) cf.custom.format.font.color = style.font.color;
    if (style.font?.bold !== undefined) cf.custom.format.font.bold = style.font.bold;
  }
}

/** Frozen panes need ExcelApi 1.7 (Worksheet.freezePanes); below it the sheet scrolls whole. */
export function queueView(ws: XWorksheet, sheet: SheetPlan, can: Pick<HostCan, "freeze">): void {
  const f = sheet.freeze;
  if (!can.freeze || !f || (f.rows === 0 && f.columns === 0)) return;
  if (f.rows > 0 && f.columns > 0) ws.freezePanes.freezeAt(rangeA1({ top: 1, left: 1, bottom: f.rows, right: f.columns }));
  else if (f.rows > 0) ws.freezePanes.freezeRows(f.rows);
  else ws.freezePanes.freezeColumns(f.columns);
}

/** ExcelApi 1.9 only; the caller checks. Fit to one page wide: 0 pages tall means "as many as needed". */
export function queuePrint(ws: XWorksheet, sheet: SheetPlan): void {
  const p = sheet.print;
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (p.fitToWidth || p.onePage) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: p.onePage ? 1 : 0 };
  if (p.blackAndWhite) layout.blackAndWhite = true;
  if (p.titleRows) layout.setPrintTitleRows(p.titleRows);
  if (p.printArea) layout.setPrintArea(p.printArea);
  const m = PRINT_MARGINS;
  const pt = (inches: number) => inches * POINTS_PER_INCH;
  layout.leftMargin = pt(m.left);
  layout.rightMargin = pt(m.right);
  layout.topMargin = pt(m.top);
  layout.bottomMargin = pt(m.bottom);
  layout.headerMargin = pt(m.header);
  layout.footerMargin = pt(m.footer);
}

/** The plan's protection (layout/protection.ts) in Office.js terms: WorksheetProtectionOptions,
 *  ExcelApi 1.2. Selecting locked and unlocked cells is Office's default selectionMode "Normal". */
export function protectionOptions(p: ProtectionPlan = SHEET_PROTECTION): Excel.WorksheetProtectionOptions {
  return { allowFormatCells: p.formatCells, allowFormatColumns: p.formatColumns, allowFormatRows: p.formatRows };
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export function queueVisibility(ws: XWorksheet, sheet: SheetPlan): void {
  ws.visibility = VISIBILITY[sheet.visibility];
}
