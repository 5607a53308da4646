// Export of a report as .docx, .txt or .md: one entry for the task pane's 导出 and `xxgk export`.
import type { ReportData } from "../model/report";
import { buildDocument } from "./document";
import type { BuildOptions } from "./document";
import { renderDocx } from "./docx";
import { renderMarkdown } from "./markdown";
import { renderText } from "./text";

export { buildDocument, titleLines, paragraphs } from "./document";
export type { BuildOptions } from "./document";
export type * from "./model";
export { renderDocx } from "./docx";
export { renderText } from "./text";
export { renderMarkdown } from "./markdown";
export { tableGrid } from "./grid";

export type ExportKind = "docx" | "txt" | "md";

/** The kind an output file name asks for, by its extension (any case); null for any other. */
export function exportKindOf(fileName: string): ExportKind | null {
  const m = /\.(docx|txt|md)$/i.exec(fileName);
  return m ? (m[1].toLowerCase() as ExportKind) : null;
}

/** The file's bytes. Plain text gets a UTF-8 BOM: older Notepad and WPS otherwise read it as GBK.
 *  Markdown goes to tools that expect bare UTF-8. */
export async function exportReport(report: ReportData, kind: ExportKind, options: BuildOptions = {}): Promise<Uint8Array> {
  const doc = buildDocument(report, options);
  if (kind === "docx") return renderDocx(doc);
  const text = kind === "txt" ? "\ufeff" + renderText(doc) : renderMarkdown(doc);
  return new TextEncoder().encode(text);
}
