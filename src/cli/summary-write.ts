// `--report SUMMARY.(xlsx|csv)`: the summary tables written through the one output writer, with a
// sentence for the reviewer either way.
import { extname } from "path";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { Checked } from "./batch-check";
import type { CliIO } from "./io";
import { OutputExistsError, writeOutputFile } from "./output-file";
import { summaryCsv } from "./summary-csv";
import { summaryTables } from "./summary-data";
import { summaryXlsx } from "./summary-xlsx";

export type SummaryKind = "xlsx" | "csv";

export function summaryKind(file: string): SummaryKind | null {
  const ext = extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : null;
}

/** false when nothing was written (already said). */
export async function writeSummary(file: string, results: Checked[], force: boolean, io: CliIO): Promise<boolean> {
  const tables = summaryTables(results, io.lang);
  const bytes = summaryKind(file) === "csv" ? summaryCsv(tables[0]) : await summaryXlsx(tables);
  try {
    await writeOutputFile(file, bytes, force);
  } catch (e) {
    if (e instanceof OutputExistsError) io.err(t(io.lang, "cli.report.exists", { file }));
    else io.err(t(io.lang, "cli.report.writeFailed", { file, reason: writeReason(e, io.lang) }));
    return false;
  }
  io.err(t(io.lang, "cli.report.written", { file, n: results.length, findings: tables[1].rows.length }));
  return true;
}

/** Why the file could not be written, in the words `xxgk export` uses. */
function writeReason(e: unknown, lang: Lang): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return t(lang, "export.write.noFolder");
  if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "EBUSY") return t(lang, "export.write.denied");
  if (code === "EISDIR") return t(lang, "export.write.isDir");
  return t(lang, "export.write.unknown", { detail: e instanceof Error ? e.message : String(e) });
}
