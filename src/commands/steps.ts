// What the ribbon's two ExecuteFunction buttons do, with Office's pieces injected (commands.ts wires
// the real ones) so tests run them against the fake workbook.
//
// The ribbon never opens the pane: Office.addin.showAsTaskpane() exists only in a shared runtime,
// and the manifest declares none (Office 2019 and 2016 have none, and the ribbon's function file and
// the pane would otherwise share one page). So 校验 highlights the cells in the sheet and the pane
// lists the findings when opened (it checks on open); 生成模板's question, when it would overwrite
// cells, is left in the document settings for the pane to ask.
import type { CheckCounts } from "../check/run-check";
import { leavePendingLayout } from "../addin/doc-settings";
import type { DocSettings } from "../addin/doc-settings";
import { applyLayout } from "../excel/apply-plan";
import { checkWorkbook } from "../excel/check-workbook";
import type { ApiSupport } from "../excel/requirements";
import type { ExcelRun } from "../excel/run";
import { defaultReportYear } from "../format";
import type { Lang } from "../i18n";

export interface CommandDeps {
  run: ExcelRun;
  lang: Lang;
  settings: DocSettings | null;
  supports?: ApiSupport;
  /** Today, for the year a new workbook's report is for (last calendar year); defaults to the clock. */
  now?: () => Date;
}

export async function checkCommand(d: CommandDeps): Promise<CheckCounts> {
  const checked = await d.run((ctx) => checkWorkbook(ctx, d.lang, d.supports));
  return checked.result.counts;
}

/** Lays out without overwriting; on conflicts nothing is written and the question goes to the pane.
 *  No form here: a workbook without a year gets last calendar year (and its format). */
export async function layoutCommand(d: CommandDeps): Promise<{ written: boolean }> {
  const defaultYear = defaultReportYear((d.now ?? (() => new Date()))());
  const r = await d.run((ctx) => applyLayout(ctx, { defaultYear, ...(d.supports ? { supports: d.supports } : {}) }));
  if (!r.written) await leavePendingLayout(d.settings); // saved before event.completed() (commands.ts)
  return { written: r.written };
}
