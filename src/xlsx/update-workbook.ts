// Workbook to workbook without loss (issue 11): the report's figures and text are written into an
// existing report workbook — the target being updated in place, or the source workbook a copy is
// made from — cell by cell at the plan's addresses. Everything else in it stays as the clerk left
// it: their own sheets, cell notes, remarks typed beside the tables, the stored explanations (说明)
// and last year's figures unless new ones are given. Only a workbook whose defined names are exactly
// where this version's plan puts them is updated; any other layout returns null (the caller then
// refuses, or writes a fresh workbook).
import ExcelJS from "exceljs";
import type { Explanation } from "../explain/explanations";
import { absRange, parseRange, quoteSheet } from "../layout/a1";
import { evaluateTotals, fillPlan } from "../layout/fill";
import { EXPLAIN_BLOCK, fillExplanations } from "../layout/explain-sheet";
import { NAME, SHEET } from "../layout/names";
import { fillNotes, NOTES_BLOCK } from "../layout/notes-sheet";
import type { BlockPlan } from "../layout/notes-sheet";
import type { CellPlan, LayoutPlan, SheetPlan } from "../layout/types";
import type { PriorFigures, ReportData } from "../model/report";
import { loadWorkbook } from "./read-workbook";
import { isKeptNote, keptNote } from "./style";

export interface UpdateOptions {
  /** Last year's figures to write; without them the workbook's 上年数据 stays as it is. */
  prior?: PriorFigures;
  /** Explanations to store; without them (or with none) the workbook's own stay. */
  explanations?: Explanation[];
}

const refOf = (sheet: string, range: string) => `${quoteSheet(sheet)}!${absRange(parseRange(range))}`;
const norm = (ref: string) => ref.replace(/\$/g, "").replace(/'/g, "");

/** True when every name of the plan is defined in the workbook at the plan's place. */
export function sameLayout(wb: ExcelJS.Workbook, plan: LayoutPlan): boolean {
  const model = wb.definedNames.model;
  return plan.names.every((n) => {
    const def = model.find((d) => d.name === n.name);
    return def !== undefined && def.ranges.length === 1 && norm(def.ranges[0]) === norm(refOf(n.sheet, n.range));
  }) && plan.sheets.every((s) => wb.getWorksheet(s.name) !== undefined);
}

/** The updated workbook's bytes, or null when `existing` is not a report workbook of this layout. */
export async function updateWorkbook(
  existing: Uint8Array,
  fileName: string,
  plan: LayoutPlan,
  report: ReportData,
  opts: UpdateOptions = {},
): Promise<Buffer | null> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(existing, fileName);
  } catch {
    return null;
  }
  // A workbook laid out before the 说明 sheet (layout 2) is updated as it is, its explanations kept
  // on the hidden notes sheet where it reads them; `xxgk template` upgrades it.
  const legacy = !wb.getWorksheet(SHEET.explanations) && !wb.definedNames.model.some((d) => d.name === NAME.explanations);
  const ownPlan = legacy ? withoutExplanationsSheet(plan) : plan;
  if (!sameLayout(wb, ownPlan)) return null;
  const explanations = opts.explanations ?? [];
  const filled = legacy ? fillNotes(fillPlan(ownPlan, report, opts.prior), explanations) : fillExplanations(fillPlan(ownPlan, report, opts.prior), explanations);
  for (const s of filled.sheets) {
    const ws = wb.getWorksheet(s.name) as ExcelJS.Worksheet;
    if (s.role === "notes" || s.role === "explanations") {
      if (explanations.length > 0 && (s.role === "explanations") !== legacy) writeBlock(ws, s, s.role === "notes" ? NOTES_BLOCK : EXPLAIN_BLOCK);
      continue;
    }
    const totals = evaluateTotals(s);
    for (const c of s.cells) writeOwnCell(ws, c, totals, opts.prior !== undefined);
  }
  // Programs that recalculate show the totals from the figures, whatever the cached results say.
  wb.calcProperties.fullCalcOnLoad = true;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The cells the report owns: figures, text, totals, titles and the meta fields; labels and the
 *  clerk's own cells are left alone. A string is always a string value, never a formula. */
function writeOwnCell(ws: ExcelJS.Worksheet, c: CellPlan, totals: Map<string, number>, withPrior: boolean): void {
  const owned = c.role === "input" || c.role === "narrative" || c.role === "title" || c.role === "total" || c.meta !== undefined || (withPrior && c.role === "prior");
  if (!owned) return;
  const cell = ws.getCell(c.address);
  if (c.formula) {
    const formula = c.formula.replace(/^=/, "");
    const result = totals.get(c.address);
    cell.value = result === undefined ? { formula } : { formula, result };
  } else cell.value = c.value ?? null;
  // A total kept as printed says so; one whose formula is back loses that note (and only that one).
  if (c.kept) {
    cell.note = keptNote(c.kept);
    cell.protection = { locked: false };
  } else if (c.role === "total" && isKeptNote(cell.note)) {
    cell.note = undefined as unknown as string; // exceljs types the setter as string; undefined removes it
    cell.protection = { locked: true };
  }
}

const withoutExplanationsSheet = (plan: LayoutPlan): LayoutPlan => ({
  ...plan,
  sheets: plan.sheets.filter((s) => s.role !== "explanations"),
  names: plan.names.filter((n) => n.name !== NAME.explanations),
});

/** The explanation block rewritten: the new rows, the rest of the block cleared. */
function writeBlock(ws: ExcelJS.Worksheet, s: SheetPlan, block: BlockPlan): void {
  const r = parseRange(block.range);
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) ws.getCell(row, col).value = null;
  for (const c of s.cells) {
    const pos = parseRange(c.address);
    if (pos.top >= r.top && pos.top <= r.bottom && pos.left >= r.left && pos.left <= r.right) {
      const cell = ws.getCell(c.address);
      cell.value = c.value ?? null;
      // Text, so "25" and ISO times stay as written (as the pane writes them).
      if (c.numberFormat) cell.numFmt = c.numberFormat;
    }
  }
}
