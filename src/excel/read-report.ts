// 校验 and 导出 read the report in ONE sync: every named block (values and formulas), the narrative
// cells, the meta sheet and the notes sheet (explanations, highlight record), all through defined
// names; readback.ts turns that into report data and R10 structure findings. For a check that will
// highlight, the same sync also loads the current fills of the table cells and the sheets'
// protection (highlight-read.ts), so writing the highlights is the step's only other sync (and none
// at all when nothing changed). A consolidated (汇总) workbook's 明细 region is loaded in that same
// sync, through a null-object name (absent in most workbooks), so R12 runs in the pane as in the CLI.
import type { Explanation } from "../explain/explanations";
import type { PriorFigures, ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import { partsFromValues } from "../consolidate/read-parts";
import { PARTS_NAME } from "../consolidate/names";
import { readBack } from "../layout/readback";
import { narrow } from "./api";
import type { XContext } from "./api";
import { marksOf, queueFillRead, unavailableState } from "./highlight-read";
import type { HighlightState } from "./highlight-read";
import { queueWorkbookRead } from "./read-workbook";

export type { HighlightState } from "./highlight-read";

export interface ReadReportOptions {
  /** Also load what writeHighlights needs, and return it as `highlightState`. */
  forHighlights?: boolean;
}

export interface ReadReportResult {
  report: ReportData;
  findings: Finding[];
  prior?: PriorFigures;
  /** The clerk's explanations (说明) stored in the workbook. */
  explanations: Explanation[];
  /** With `forHighlights`: pass to writeHighlights unchanged. */
  highlightState?: HighlightState;
  /** context.sync() calls made: 1, or 2 when the highlight loads failed on a damaged workbook. */
  syncs: number;
}

export async function readReport(context: Excel.RequestContext, opts: ReadReportOptions = {}): Promise<ReadReportResult> {
  const ctx = narrow(context);
  if (!opts.forHighlights) return readWith(ctx, "plain");
  try {
    return await readWith(ctx, "highlights");
  } catch {
    // A table's defined name deleted or broken: its cells cannot be addressed, and Office fails the
    // whole batch. Read again without the fill loads; the findings (R10 among them) are still
    // listed, the sheet is just not painted (the state says why).
    return { ...(await readWith(ctx, "unavailable")), syncs: 2 };
  }
}

async function readWith(ctx: XContext, mode: "plain" | "highlights" | "unavailable"): Promise<ReadReportResult> {
  const collect = queueWorkbookRead(ctx, [], { protection: mode === "highlights" });
  const fills = mode === "highlights" ? queueFillRead(ctx) : null;
  const parts = ctx.workbook.names.getItemOrNullObject(PARTS_NAME).getRangeOrNullObject().load("values");
  await ctx.sync();
  const snap = collect();
  const back = readBack(snap.read);
  if (!parts.isNullObject) back.report.parts = partsFromValues(parts.values);
  const out: ReadReportResult = { report: back.report, findings: back.findings, explanations: back.explanations, syncs: 1 };
  if (back.prior) out.prior = back.prior;
  if (fills) {
    const record = marksOf(snap.read);
    const locked = new Set([...snap.formatLockedSheets, ...[...snap.protectedSheets].filter((s) => s === record.recordSheet)]);
    out.highlightState = { fills: fills(), ...record, lockedSheets: locked };
  }
  else if (mode === "unavailable") out.highlightState = unavailableState(snap.read);
  return out;
}
