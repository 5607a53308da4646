// 校验 and 导出 read the report in ONE sync: every named block (values and formulas), the narrative
// cells, the meta sheet and the notes sheet (explanations, highlight record), all through defined
// names; readback.ts turns that into report data and R10 structure findings. For a check that will
// highlight, the same sync also loads the current fills of the table cells and the sheets'
// protection (highlight-read.ts), so writing the highlights is the step's only other sync (and none
// at all when nothing changed). A consolidated (汇总) workbook's 明细 region is loaded in that same
// sync, through a null-object name (absent in most workbooks), so R12 runs in the pane as in the CLI.
// On ExcelApi 1.1 (no null objects, no sheet protection) the names are listed in one sync more and
// protection is not read: a workbook laid out by this version or by `xxgk template` allows fills on
// its protected sheets and keeps the highlight record on an unprotected sheet (layout/protection.ts).
import type { Explanation } from "../explain/explanations";
import type { PriorFigures, ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import { partsFromValues } from "../consolidate/read-parts";
import { PARTS_NAME } from "../consolidate/names";
import { NAME } from "../layout/names";
import { readBack } from "../layout/readback";
import { narrow } from "./api";
import type { XContext } from "./api";
import { marksOf, queueFillRead, unavailableState } from "./highlight-read";
import type { HighlightState } from "./highlight-read";
import { listedNames, nullObjectNames, present, queueWorkbookRead } from "./read-workbook";
import type { NamedRange } from "./read-workbook";
import type { ApiSupport } from "./requirements";

export type { HighlightState } from "./highlight-read";

export interface ReadReportOptions {
  /** Also load what writeHighlights needs, and return it as `highlightState`. */
  forHighlights?: boolean;
  /** The host's ExcelApi support; without it the host is taken to have 1.4 (null objects) and 1.2
   *  (protection). The add-in's callers always pass it. */
  supports?: ApiSupport;
}

export interface ReadReportResult {
  report: ReportData;
  findings: Finding[];
  prior?: PriorFigures;
  /** The clerk's explanations (说明) stored in the workbook. */
  explanations: Explanation[];
  /** The workbook has the add-in's meta sheet name: it was laid out (by the add-in or `xxgk template`). */
  laidOut: boolean;
  /** With `forHighlights`: pass to writeHighlights unchanged. */
  highlightState?: HighlightState;
  /** context.sync() calls made: 1 (2 on ExcelApi 1.1, which lists the names first), one more when
   *  the highlight loads failed on a damaged workbook. */
  syncs: number;
}

export async function readReport(context: Excel.RequestContext, opts: ReadReportOptions = {}): Promise<ReadReportResult> {
  const ctx = narrow(context);
  const supports = opts.supports ?? (() => true);
  const modern = supports("1.4");
  const named = modern ? nullObjectNames(ctx) : await listedNames(ctx);
  const listing = modern ? 0 : 1;
  const how = { named, protection: supports("1.2"), listing };
  if (!opts.forHighlights) return readWith(ctx, "plain", how);
  try {
    return await readWith(ctx, "highlights", how);
  } catch {
    // A table's defined name deleted or broken: its cells cannot be addressed, and Office fails the
    // whole batch. Read again without the fill loads; the findings (R10 among them) are still
    // listed, the sheet is just not painted (the state says why).
    const again = await readWith(ctx, "unavailable", how);
    return { ...again, syncs: again.syncs + 1 };
  }
}

interface How {
  named: NamedRange;
  /** Sheet protection can be read (ExcelApi 1.2). */
  protection: boolean;
  /** Syncs already spent listing the names. */
  listing: number;
}

async function readWith(ctx: XContext, mode: "plain" | "highlights" | "unavailable", how: How): Promise<ReadReportResult> {
  const collect = queueWorkbookRead(ctx, [], { protection: mode === "highlights" && how.protection, named: how.named });
  const fills = mode === "highlights" ? queueFillRead(how.named) : null;
  const parts = how.named(PARTS_NAME);
  parts?.range.load("values");
  await ctx.sync();
  const snap = collect();
  const back = readBack(snap.read);
  const partsRange = present(parts);
  if (partsRange) back.report.parts = partsFromValues(partsRange.values);
  const laidOut = Boolean(snap.read.names[NAME.meta]);
  const out: ReadReportResult = { report: back.report, findings: back.findings, explanations: back.explanations, laidOut, syncs: how.listing + 1 };
  if (back.prior) out.prior = back.prior;
  if (fills) {
    const record = marksOf(snap.read);
    const locked = new Set([...snap.formatLockedSheets, ...[...snap.protectedSheets].filter((s) => s === record.recordSheet)]);
    out.highlightState = { fills: fills(), ...record, lockedSheets: locked };
  }
  else if (mode === "unavailable") out.highlightState = unavailableState(snap.read);
  return out;
}
