// What the ribbon's two ExecuteFunction buttons do, with Office's pieces injected (commands.ts wires
// the real ones) so tests run them against the fake workbook.
//
// Opening the pane from a command needs a shared runtime (Office.addin.showAsTaskpane, SharedRuntime
// 1.1). The manifest does not declare one (Office 2019 has none), so `showPane` is usually absent:
// then 校验 still highlights the cells in the sheet and the pane shows the findings when opened (it
// checks on open), and 生成模板's question is left in the document settings for the pane to ask.
import { buildCheckResult } from "../check/run-check";
import type { CheckCounts } from "../check/run-check";
import { applyLayout } from "../excel/apply-plan";
import { defaultReportYear } from "../format";
import type { ApiSupport } from "../excel/requirements";
import { writeHighlights } from "../excel/highlights";
import { readReport } from "../excel/read-report";
import type { Lang } from "../i18n";
import type { ExcelRun } from "../taskpane/actions";
import { leavePendingLayout } from "../taskpane/prefs";
import type { DocSettings } from "../taskpane/prefs";

export interface CommandDeps {
  run: ExcelRun;
  lang: Lang;
  settings: DocSettings | null;
  /** Office.addin.showAsTaskpane where the host has a shared runtime; otherwise undefined. */
  showPane?: () => Promise<void>;
  supports?: ApiSupport;
  /** Today, for the year a new workbook's report is for (last calendar year); defaults to the clock. */
  now?: () => Date;
}

export async function checkCommand(d: CommandDeps): Promise<CheckCounts> {
  const counts = await d.run(async (ctx) => {
    const read = await readReport(ctx, { forHighlights: true });
    const result = buildCheckResult(read, d.lang);
    await writeHighlights(ctx, result.findings, d.lang, read.highlightState);
    return result.counts;
  });
  if (d.showPane) await d.showPane();
  return counts;
}

/** Lays out without overwriting; on conflicts nothing is written and the question goes to the pane.
 *  No form here: a workbook without a year gets last calendar year (and its format). */
export async function layoutCommand(d: CommandDeps): Promise<{ written: boolean }> {
  const defaultYear = defaultReportYear((d.now ?? (() => new Date()))());
  const r = await d.run((ctx) => applyLayout(ctx, { defaultYear, ...(d.supports ? { supports: d.supports } : {}) }));
  if (!r.written) {
    leavePendingLayout(d.settings);
    if (d.showPane) await d.showPane();
  }
  return { written: r.written };
}
