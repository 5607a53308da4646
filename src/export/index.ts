// Export of a report as .docx, .txt or .md: one entry for the task pane's 导出 and `xxgk export`.
import type { ReportData } from "../model/report";
import { buildDocument } from "./document";
import type { BuildOptions } from "./document";
import { renderDocx } from "./docx";
import { exportPlain } from "./plain";

export { buildDocument, titleLines, paragraphs } from "./document";
export type { BuildOptions } from "./document";
export type * from "./model";
export { renderDocx } from "./docx";
export { renderText } from "./text";
export { renderMarkdown } from "./markdown";
export { tableGrid } from "./grid";
export { exportPlain } from "./plain";

export type ExportKind = "docx" | "txt" | "md";

/** The kind an output file name asks for, by its extension (any case); null for any other. */
export function exportKindOf(fileName: string): ExportKind | null {
  const m = /\.(docx|txt|md)$/i.exec(fileName);
  return m ? (m[1].toLowerCase() as ExportKind) : null;
}

/** The file's bytes (plain text and Markdown as exportPlain writes them). */
export async function exportReport(report: ReportData, kind: ExportKind, options: BuildOptions = {}): Promise<Uint8Array> {
  if (kind === "docx") return renderDocx(buildDocument(report, options));
  return exportPlain(report, kind, options);
}
