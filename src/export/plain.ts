// Plain-text and Markdown export without the docx library: the pane loads this for 纯文本, so a webview
// where docx cannot load (EdgeHTML before the build rewrote docx's \p{L} RegExp, issue #17 defect 1)
// still exports text, and the text export does not wait for docx's 300 KB.
import type { ReportData } from "../model/report";
import { buildDocument } from "./document";
import type { BuildOptions } from "./document";
import { renderMarkdown } from "./markdown";
import { renderText } from "./text";

/** The file's bytes. Plain text gets a UTF-8 BOM: older Notepad and WPS otherwise read it as GBK.
 *  Markdown goes to tools that expect bare UTF-8. */
export function exportPlain(report: ReportData, kind: "txt" | "md", options: BuildOptions = {}): Uint8Array {
  const doc = buildDocument(report, options);
  const text = kind === "txt" ? "\ufeff" + renderText(doc) : renderMarkdown(doc);
  return new TextEncoder().encode(text);
}
