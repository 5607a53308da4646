// 校验 in the workbook, the one copy shared by the task pane and the ribbon command: read the report
// (with what highlighting needs), run every rule, paint the findings. Runs inside one Excel.run.
import { buildCheckResult } from "../check/run-check";
import type { CheckResult } from "../check/run-check";
import type { Explanation } from "../explain/explanations";
import type { Lang } from "../i18n";
import type { PriorFigures, ReportData } from "../model/report";
import { writeHighlights } from "./highlights";
import { readReport } from "./read-report";
import type { ApiSupport } from "./requirements";

export interface Checked {
  result: CheckResult;
  /** What explain() and upsertExplanation() need: the report as read and the stored explanations. */
  report: ReportData;
  explanations: Explanation[];
  /** The 上年数据 sheet's figures, when it has any (the export panel offers a 同比 table then). */
  prior?: PriorFigures;
}

/** `supports`: the host's ExcelApi (read-report.ts); every call here is ExcelApi 1.1. */
export async function checkWorkbook(context: Excel.RequestContext, lang: Lang, supports?: ApiSupport): Promise<Checked> {
  const read = await readReport(context, { forHighlights: true, ...(supports ? { supports } : {}) });
  const result = buildCheckResult(read, lang);
  await writeHighlights(context, result.findings, read.highlightState);
  return { result, report: read.report, explanations: read.explanations, ...(read.prior ? { prior: read.prior } : {}) };
}
