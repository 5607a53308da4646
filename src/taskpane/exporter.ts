// Builds an export file. src/export (and the docx library under it) is loaded with a dynamic
// import() only when the clerk exports, so webpack puts it in its own chunk and the pane opens fast;
// tests/build/bundle-budget.test.ts keeps docx/ExcelJS out of the initial bundle.
import { getFormat } from "../format";
import { t } from "../i18n";
import type { PriorFigures, ReportData } from "../model/report";

export type ExportChoice = "docx" | "txt" | "narrativeDocx" | "narrativeTxt";
export const EXPORT_CHOICES: ExportChoice[] = ["docx", "txt", "narrativeDocx", "narrativeTxt"];

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** The text itself for plain-text exports (offered for copying); null for Word. */
  text: string | null;
}

const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain;charset=utf-8",
} as const;

/** A file name from the report's year and agency, without characters Windows forbids in names. */
export function exportFileName(report: Pick<ReportData, "year" | "agency" | "format">, choice: ExportChoice): string {
  const kind = choice === "docx" || choice === "narrativeDocx" ? "docx" : "txt";
  // The file is named as the document is titled (a Chinese name, whatever the pane's language).
  const narrative = choice.startsWith("narrative") ? t("zh-CN", "export.file.narrativeSuffix") : "";
  const year = report.year !== null ? `${report.year}年` : "";
  const base = `${report.agency?.trim() ?? ""}${year}${getFormat(report.format).titleSuffix}${narrative}`;
  // Control characters are dropped too (char codes below 32), without a control-character regex.
  const safe = [...base].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? "_" : ch)).join("");
  return `${safe.slice(0, 120)}.${kind}`;
}

/** `prior`: last year's figures, for a 同比 summary table (none when null or absent). */
export async function buildExport(report: ReportData, choice: ExportChoice, prior?: PriorFigures | null): Promise<ExportFile> {
  const kind = choice === "docx" || choice === "narrativeDocx" ? "docx" : "txt";
  const options = { narrativeOnly: choice.startsWith("narrative"), ...(prior ? { yoy: prior } : {}) };
  // Text never loads docx: its own small chunk (a docx failure cannot take the text export with it).
  const bytes =
    kind === "docx"
      ? await (await import(/* webpackChunkName: "export" */ "../export")).exportReport(report, "docx", options)
      : (await import(/* webpackChunkName: "export-text" */ "../export/plain")).exportPlain(report, "txt", options);
  const text = kind === "txt" ? new TextDecoder().decode(bytes).replace(/^\ufeff/, "") : null;
  return { name: exportFileName(report, choice), mime: MIME[kind], bytes, text };
}
