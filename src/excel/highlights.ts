// 校验's marks in the sheet: failing cells get a fill (errors and open warnings in distinct colours).
// Each call first undoes the add-in's previous highlights and nothing else: the record on the notes
// sheet says which cells it painted and what they showed before; a cell still showing the add-in's
// colour gets its old fill back, a cell the clerk recoloured since is left alone. What to do is
// decided by the pure planHighlights(); only what differs from the sheet is written (highlightWrites),
// all in ONE sync, or none when the findings did not change.
//
// Protection is never lifted on a workbook laid out by this version: its sheets allow formatting
// cells and the notes sheet is unprotected (layout/protection.ts), because unprotect()/protect()
// clear the clerk's Undo. For the same reason the finding is no longer put into the cell's input
// prompt (data validation is locked on a protected sheet): the pane lists it, and selects the cell.
import { highlightWrites, marksToRows, nothingToWrite, planHighlights } from "../check/highlight-plan";
import type { HighlightMark, HighlightWrites } from "../check/highlight-plan";
import type { ExplainedFinding } from "../explain/explanations";
import { NAME } from "../layout/names";
import { MARKS_BLOCK, MARK_COLUMNS, blockGrid, textFormatGrid } from "../layout/notes-sheet";
import { narrow } from "./api";
import type { XContext, XRange } from "./api";
import type { HighlightState } from "./highlight-read";
import { readReport } from "./read-report";
import { protectionOptions } from "./write-sheet";

export interface HighlightResult {
  /** False when the workbook has no record block (an older layout; 生成模板 upgrades it). */
  written: boolean;
  /** Cells highlighted now. */
  painted: number;
  /** Earlier highlights undone. */
  restored: number;
  /** Earlier highlights the clerk had recoloured: left as they are. */
  leftAlone: number;
  /** context.sync() calls this call made (0 when nothing differed from the sheet). */
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
  const plan = planHighlights(findings, st.fills, st.marks);
  const result = { written: true, painted: plan.paint.length, restored: plan.restore.length, leftAlone: plan.leftAlone.length };
  const writes = highlightWrites(plan, st.fills, st.marks);
  if (nothingToWrite(writes)) return { ...result, syncs };
  const ctx = narrow(context);
  queueHighlights(ctx, writes, plan.marks, st);
  await ctx.sync();
  return { ...result, syncs: syncs + 1 };
}

/** Removes the add-in's highlights (a check with no findings): 2 syncs, read and write. */
export async function clearHighlights(context: Excel.RequestContext, state?: HighlightState): Promise<HighlightResult> {
  return writeHighlights(context, [], state);
}

function queueHighlights(ctx: XContext, w: HighlightWrites, marks: HighlightMark[], st: HighlightState): void {
  const wb = ctx.workbook;
  // Only an older layout's sheets refuse these writes. Lifting their protection clears Undo, so it is
  // done once: they are protected again as this version lays them out (formatting allowed), and an
  // old protected notes sheet stays unprotected, as this version has it.
  const touched = new Set([...w.paint, ...w.restore].map((c) => c.sheet));
  if (w.marks) touched.add(st.recordSheet);
  const lifted = [...touched].filter((s) => st.lockedSheets.has(s));
  for (const s of lifted) wb.worksheets.getItem(s).protection.unprotect();
  for (const c of w.restore) {
    const fill = cellRange(ctx, c).format.fill;
    if (c.fill) fill.color = c.fill;
    else fill.clear();
  }
  for (const c of w.paint) cellRange(ctx, c).format.fill.color = c.fill;
  if (w.marks) {
    const block = wb.names.getItem(NAME.marks).getRange();
    block.numberFormat = [new Array<string>(MARK_COLUMNS.length).fill("General"), ...textFormatGrid(MARKS_BLOCK)];
    block.values = [[...MARK_COLUMNS], ...blockGrid(marksToRows(marks), MARKS_BLOCK, "marks")];
  }
  for (const s of lifted) if (s !== st.recordSheet) wb.worksheets.getItem(s).protection.protect(protectionOptions());
}

const cellRange = (ctx: XContext, c: { sheet: string; address: string }): XRange => ctx.workbook.worksheets.getItem(c.sheet).getRange(c.address);
