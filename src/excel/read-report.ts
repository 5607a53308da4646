// 校验 and 导出 read the report in ONE sync: every named block (values and formulas), the narrative
// cells and the meta sheet, all through defined names; readback.ts turns that into report data and
// R10 structure findings.
import type { PriorFigures, ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import { readBack } from "../layout/readback";
import { narrow } from "./api";
import { queueWorkbookRead } from "./read-workbook";

export interface ReadReportResult {
  report: ReportData;
  findings: Finding[];
  prior?: PriorFigures;
}

export async function readReport(context: Excel.RequestContext): Promise<ReadReportResult> {
  const ctx = narrow(context);
  const collect = queueWorkbookRead(ctx);
  await ctx.sync();
  const back = readBack(collect().read);
  const out: ReadReportResult = { report: back.report, findings: back.findings };
  if (back.prior) out.prior = back.prior;
  return out;
}
