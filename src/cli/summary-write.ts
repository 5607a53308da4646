// `--report SUMMARY.(xlsx|csv)`: the summary tables written through the one output writer
// (output.ts), with a sentence for the reviewer either way.
import { extname } from "path";
import { t } from "../i18n";
import { isUserError, userSentence } from "../i18n/user-error";
import type { Checked } from "./batch-check";
import type { BatchNote } from "./batch-notes";
import type { CliIO } from "./io";
import { checkOutput, existsError, writeOutput } from "./output";
import { summaryCsv } from "./summary-csv";
import { summaryTables } from "./summary-data";
import { summaryXlsx } from "./summary-xlsx";

export type SummaryKind = "xlsx" | "csv";

export function summaryKind(file: string): SummaryKind | null {
  const ext = extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : null;
}

/** false when nothing was written (already said). */
export async function writeSummary(file: string, results: Checked[], force: boolean, io: CliIO, notes: BatchNote[] = []): Promise<boolean> {
  const tables = summaryTables(results, io.lang, notes);
  try {
    // Checked before the summary is built, like every command's output: never an input, never an
    // existing file without --force.
    const target = await checkOutput({ path: file, kind: summaryKind(file) ?? "xlsx", inputs: results.map((r) => r.json.file) });
    if (target.exists && !force) throw existsError(file);
    const bytes = summaryKind(file) === "csv" ? summaryCsv(tables[0]) : await summaryXlsx(tables);
    await writeOutput(file, bytes);
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.err(userSentence(e, io.lang));
    return false;
  }
  io.err(t(io.lang, "cli.report.written", { file, n: results.length, findings: tables[1].rows.length }));
  return true;
}
