// What the ribbon's 生成模板 and 校验 buttons do, over the host seam (src/host/types.ts): the Office
// function file (src/excel/commands-main.ts) and the WPS ribbon (src/wps/ribbon.ts) inject their host,
// so tests run them against either fake.
//
// The ribbon never opens the pane: Office.addin.showAsTaskpane() exists only in a shared runtime,
// and the manifest declares none (Office 2019 and 2016 have none, and the ribbon's function file and
// the pane would otherwise share one page). So 校验 highlights the cells in the sheet and the pane
// lists the findings when opened (it checks on open); 生成模板's question, when it would overwrite
// cells, is left in the document settings for the pane to ask.
import type { CheckCounts } from "../check/run-check";
import { leavePendingLayout } from "../addin/doc-settings";
import type { DocSettings } from "../addin/doc-settings";
import { defaultReportYear } from "../format";
import type { ReportHost } from "../host/types";

export interface CommandDeps {
  host: Pick<ReportHost, "layout" | "check">;
  settings: DocSettings | null;
  /** Today, for the year a new workbook's report is for (last calendar year); defaults to the clock. */
  now?: () => Date;
}

export async function checkCommand(d: CommandDeps): Promise<CheckCounts> {
  const checked = await d.host.check();
  return checked.result.counts;
}

/** Lays out without overwriting; on conflicts nothing is written and the question goes to the pane.
 *  No form here: a workbook without a year gets last calendar year (and its format). */
export async function layoutCommand(d: CommandDeps): Promise<{ written: boolean }> {
  const defaultYear = defaultReportYear((d.now ?? (() => new Date()))());
  const r = await d.host.layout({ defaultYear });
  if (!r.written) await leavePendingLayout(d.settings); // saved before event.completed()
  return { written: r.written };
}
