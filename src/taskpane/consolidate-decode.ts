// The lazily loaded half of 汇总 (its own chunk): one part's file read and checked. A workbook made by
// this tool goes through the light .xlsx reader (jszip only: no ExcelJS, nothing the pane's CSP
// blocks); a published report (.docx/.html/.txt) through the import. Never imported statically by the
// pane: consolidate-file.ts loads it with import().
import { partOf } from "../consolidate";
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { importReportFile } from "../import";
import type { PartFigures } from "../model/report";
import { checkReport } from "../check/engine";
import { renderFinding } from "../rules/render";
import type { Finding } from "../rules/types";
import { readWorkbookLight } from "../xlsx/light/read-light";

export interface DecodedPart {
  part: PartFigures;
  format: FormatId;
  /** The part's errors and warnings, one sentence each ("错误：…"). */
  problems: string[];
}

export async function decodePart(bytes: Uint8Array, fileName: string, lang: Lang): Promise<DecodedPart> {
  const xlsx = /\.xlsx$/i.test(fileName);
  const read = xlsx ? await readWorkbookLight(bytes, fileName) : { ...(await importReportFile(bytes, { fileName })), findings: [] as Finding[], prior: undefined };
  const findings = checkReport(read.report, { ...(read.prior ? { prior: read.prior } : {}), readerFindings: read.findings });
  const problems = findings
    .filter((f) => f.severity !== "info")
    .map((f) => `${t(lang, `severity.${f.severity}`)}：${renderFinding(f, read.report.format, lang)}`);
  return { part: partOf(read.report, findings, fileName), format: read.report.format, problems };
}
