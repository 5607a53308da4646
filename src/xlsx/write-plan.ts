// The ExcelJS host: turns a layout plan into an .xlsx file for the CLI. Everything about what goes
// where is in the plan; this only translates, the way the Office.js host does in the add-in.
import ExcelJS from "exceljs";
import type { PriorFigures, ReportData } from "../model/report";
import { absRange, colNumber, parseRange, quoteSheet } from "../layout/a1";
import type { Explanation } from "../explain/explanations";
import { evaluateTotals, fillPlan } from "../layout/fill";
import { fillExplanations } from "../layout/explain-sheet";
import { PRINT_MARGINS } from "../layout/print-margins";
import { SHEET_PROTECTION } from "../layout/protection";
import type { CellPlan, LayoutPlan, SheetPlan } from "../layout/types";
import { applyStyle, highlightStyle, keptNote } from "./style";

export interface WriteOptions {
  prior?: PriorFigures;
  /** Store each total's computed result beside its formula (default true), so programs that do not
   *  recalculate still show numbers. Off only to prove a spreadsheet program computes them. */
  cachedTotals?: boolean;
  /** The clerk's explanations of accepted warnings, stored on the 说明 sheet. */
  explanations?: Explanation[];
}

export async function writeWorkbook(plan: LayoutPlan, report?: ReportData | null, opts: WriteOptions = {}): Promise<Buffer> {
  const filled = fillExplanations(report || opts.prior ? fillPlan(plan, report ?? null, opts.prior) : plan, opts.explanations ?? []);
  const wb = new ExcelJS.Workbook();
  wb.creator = "政务公开年报助手";
  for (const sheet of filled.sheets) await writeSheet(wb, filled, sheet, opts.cachedTotals !== false);
  for (const n of filled.names) {
    wb.definedNames.add(`${quoteSheet(n.sheet)}!${absRange(parseRange(n.range))}`, n.name);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function writeSheet(wb: ExcelJS.Workbook, plan: LayoutPlan, s: SheetPlan, cached: boolean): Promise<void> {
  const ws = wb.addWorksheet(s.name, { state: s.visibility });
  for (const [letters, width] of Object.entries(s.columnWidths)) ws.getColumn(colNumber(letters)).width = width;
  for (const [row, height] of Object.entries(s.rowHeights)) ws.getRow(Number(row)).height = height;
  const totals = cached ? evaluateTotals(s) : new Map<string, number>();
  for (const m of s.merges) ws.mergeCells(m);
  for (const c of s.cells) writeCell(ws, plan, c, totals, cached);
  // Borders on the hidden parts of merged cells, so merged boxes print closed on every side.
  for (const m of s.merges) {
    const r = parseRange(m);
    const top = ws.getCell(r.top, r.left);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) ws.getCell(row, col).style = top.style;
  }
  // One entry per planned range, keyed by the range itself: ExcelJS writes a range key as its sqref
  // unchanged, whereas per-cell entries go through its optimiser, which sorts addresses as strings
  // ("D10" before "D5") and wrote overlapping ranges such as D10:I27 beside D5:I27.
  // exceljs types leave Worksheet.dataValidations out; it is the collection cell.dataValidation writes to.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of s.validations)
    validations.add(v.range, {
      type: v.type,
      operator: "greaterThanOrEqual",
      allowBlank: true,
      formulae: [v.min],
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.error,
    });
  s.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: highlightStyle(plan.highlightStyles[cf.kind]),
        },
      ],
    }),
  );
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: s.print.orientation,
    fitToPage: s.print.fitToWidth || s.print.onePage === true,
    fitToWidth: 1,
    fitToHeight: s.print.onePage ? 1 : 0, // 0: as many pages down as needed
    blackAndWhite: s.print.blackAndWhite === true,
    margins: { ...PRINT_MARGINS },
  };
  if (s.print.titleRows) ws.pageSetup.printTitlesRow = s.print.titleRows.replace(/\$/g, "");
  if (s.print.printArea) ws.pageSetup.printArea = s.print.printArea;
  if (s.freeze) ws.views = [{ state: "frozen", xSplit: s.freeze.columns, ySplit: s.freeze.rows }];
  // No password, formatting allowed: see layout/protection.ts.
  if (s.protect) await ws.protect("", { ...SHEET_PROTECTION });
}

function writeCell(ws: ExcelJS.Worksheet, plan: LayoutPlan, c: CellPlan, totals: Map<string, number>, cached: boolean): void {
  const cell = ws.getCell(c.address);
  if (c.formula) {
    const result = cached ? c.result ?? totals.get(c.address) : undefined;
    cell.value = result === undefined ? { formula: c.formula.replace(/^=/, "") } : { formula: c.formula.replace(/^=/, ""), result };
  } else if (c.value !== undefined) cell.value = c.value;
  // A kept total (layout/kept-totals.ts) looks and edits like an input: the clerk corrects it there.
  applyStyle(cell, plan.styles[c.kept ? "input" : c.role], c.numberFormat);
  if (c.kept) cell.note = keptNote(c.kept);
}
