// 校验's marks in the sheet: failing cells get a fill (errors and open warnings in distinct colours)
// and a tooltip — the cell's data-validation input prompt (ExcelApi 1.8) naming the rule and the
// finding. Each call first undoes the add-in's previous highlights and nothing else: the record on
// the notes sheet says which cells it painted and what they showed before; a cell still showing the
// add-in's colour gets its old fill and the plan's prompt back, a cell the clerk recoloured since is
// left alone. What to do is decided by the pure planHighlights(); this file only turns it into calls,
// all in ONE sync.
import { marksToRows, planHighlights } from "../check/highlight-plan";
import type { CellPaint, CellRestore, HighlightPlan } from "../check/highlight-plan";
import type { ExplainedFinding } from "../explain/explanations";
import type { Lang } from "../i18n";
import { parseCell, parseRange } from "../layout/a1";
import { NAME } from "../layout/names";
import { MARKS_BLOCK, MARK_COLUMNS, blockGrid, textFormatGrid } from "../layout/notes-sheet";
import type { LayoutPlan, ValidationPlan } from "../layout/types";
import { narrow } from "./api";
import type { XContext, XRange } from "./api";
import type { HighlightState } from "./highlight-read";
import { readReport } from "./read-report";

export interface HighlightResult {
  /** False when the workbook has no record block (an older layout; 生成模板 upgrades it). */
  written: boolean;
  /** Cells highlighted now. */
  painted: number;
  /** Earlier highlights undone. */
  restored: number;
  /** Earlier highlights the clerk had recoloured: left as they are. */
  leftAlone: number;
  /** context.sync() calls this call made (0 when there was nothing to change). */
  syncs: number;
  /** Message id for the pane when nothing could be written. */
  note?: string;
}

/**
 * Highlights `findings` (explained warnings and notes are not highlighted). `state` is
 * readReport(context, {forHighlights: true}).highlightState; without it this reads first (one sync more).
 */
export async function writeHighlights(
  context: Excel.RequestContext,
  findings: ExplainedFinding[],
  lang: Lang,
  state?: HighlightState,
): Promise<HighlightResult> {
  let syncs = 0;
  let st = state;
  if (!st) {
    const read = await readReport(context, { forHighlights: true });
    syncs += read.syncs;
    st = read.highlightState;
  }
  if (!st || !st.recordable) return { written: false, painted: 0, restored: 0, leftAlone: 0, syncs, note: st?.note ?? "excel.highlight.noRecord" };
  const plan = planHighlights(findings, st.fills, st.marks, st.plan.format, lang);
  const result = { written: true, painted: plan.paint.length, restored: plan.restore.length, leftAlone: plan.leftAlone.length };
  if (plan.paint.length === 0 && plan.restore.length === 0 && st.marks.length === 0) return { ...result, syncs };
  const ctx = narrow(context);
  queueHighlights(ctx, plan, st);
  await ctx.sync();
  return { ...result, syncs: syncs + 1 };
}

/** Removes the add-in's highlights (a check with no findings): 2 syncs, read and write. */
export async function clearHighlights(context: Excel.RequestContext, state?: HighlightState): Promise<HighlightResult> {
  return writeHighlights(context, [], "zh-CN", state);
}

function queueHighlights(ctx: XContext, plan: HighlightPlan, st: HighlightState): void {
  const wb = ctx.workbook;
  const touched = new Set([...plan.paint, ...plan.restore].map((c) => c.sheet));
  // Fills and validation are refused on a protected sheet: lift protection for the batch only.
  const lifted = [...touched].filter((s) => st.protectedSheets.has(s));
  for (const s of lifted) wb.worksheets.getItem(s).protection.unprotect();
  for (const c of plan.restore) restoreCell(cellRange(ctx, c), c, validationOf(st.plan, c.key, c.sheet));
  for (const c of plan.paint) paintCell(cellRange(ctx, c), c, validationOf(st.plan, c.key, c.sheet));
  // The record's sheet (the notes sheet) is protected like the others.
  const notes = wb.worksheets.getItem(st.recordSheet);
  notes.protection.unprotect();
  const marks = wb.names.getItem(NAME.marks).getRange();
  marks.numberFormat = [new Array<string>(MARK_COLUMNS.length).fill("General"), ...textFormatGrid(MARKS_BLOCK)];
  marks.values = [[...MARK_COLUMNS], ...blockGrid(marksToRows(plan.marks), MARKS_BLOCK, "marks")];
  notes.protection.protect();
  for (const s of lifted) wb.worksheets.getItem(s).protection.protect();
}

const cellRange = (ctx: XContext, c: { sheet: string; address: string }): XRange => ctx.workbook.worksheets.getItem(c.sheet).getRange(c.address);

function restoreCell(r: XRange, c: CellRestore, v: ValidationPlan | undefined): void {
  if (c.fill) r.format.fill.color = c.fill;
  else r.format.fill.clear();
  r.dataValidation.clear();
  if (v) putValidation(r, v, { title: v.promptTitle, message: v.prompt });
}

function paintCell(r: XRange, c: CellPaint, v: ValidationPlan | undefined): void {
  r.format.fill.color = c.fill;
  // The cell keeps its own rule (whole number ≥ 0 …); only the input prompt becomes the finding.
  r.dataValidation.clear();
  if (v) putValidation(r, v, { title: c.title, message: c.message });
  else r.dataValidation.prompt = { showPrompt: true, title: c.title, message: c.message };
}

function putValidation(r: XRange, v: ValidationPlan, prompt: { title: string; message: string }): void {
  const basic = { formula1: v.min, operator: "GreaterThanOrEqualTo" as const };
  r.dataValidation.rule = v.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  r.dataValidation.ignoreBlanks = true;
  r.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: v.errorTitle, message: v.error };
  r.dataValidation.prompt = { showPrompt: true, ...prompt };
}

/** The plan's validation of the cell holding `key` on `sheet` — last year's figures share this year's
 *  keys, so the sheet decides between 表三 and 上年数据 (a renamed sheet falls back to this year's). */
function validationOf(plan: LayoutPlan, key: string, sheet: string): ValidationPlan | undefined {
  const ordered = [...plan.sheets].sort((a, b) => Number(b.name === sheet) - Number(a.name === sheet));
  for (const s of ordered) {
    const cell = s.cells.find((c) => c.key === key && (s.name === sheet || c.role !== "prior"));
    if (!cell) continue;
    const p = parseCell(cell.address);
    return s.validations.find((v) => {
      const r = parseRange(v.range);
      return p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
    });
  }
  return undefined;
}
