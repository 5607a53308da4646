// `--report SUMMARY.(xlsx|csv)`: the summary written from the rows a folder check spooled
// (summary-spool.ts), through the one output writer (output.ts), with a sentence for the reviewer
// either way.
import { extname } from "path";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { isUserError, userSentence } from "../i18n/user-error";
import type { CliIO } from "./io";
import { checkOutput, existsError, writeOutputWith } from "./output";
import { writeSummaryCsv } from "./summary-csv";
import type { SummarySpool } from "./summary-spool";
import { writeSummaryXlsx } from "./summary-xlsx";
import type { SummaryTitle, ToneOf } from "./summary-xlsx";

export type SummaryKind = "xlsx" | "csv";

export function summaryKind(file: string): SummaryKind | null {
  const ext = extname(file).toLowerCase();
  return ext === ".xlsx" ? "xlsx" : ext === ".csv" ? "csv" : null;
}

/** The colour of each result and severity word: errors red, warnings amber, a pass or an explained warning green. */
export function toneOf(lang: Lang): ToneOf {
  const tones = new Map<string, "bad" | "neutral" | "good" | "grey">([
    [t(lang, "summary.status.errors"), "bad"],
    [t(lang, "severity.error"), "bad"],
    [t(lang, "summary.status.warnings"), "neutral"],
    [t(lang, "severity.warning"), "neutral"],
    [t(lang, "summary.status.ok"), "good"],
    [t(lang, "cli.explained"), "good"],
    [t(lang, "summary.status.unreadable"), "grey"],
  ]);
  return (word) => tones.get(word) ?? null;
}

/** false when nothing was written (already said). */
export async function writeSummary(file: string, spool: SummarySpool, title: SummaryTitle, force: boolean, io: CliIO): Promise<boolean> {
  try {
    // Checked before the summary is built, like every command's output: never an input, never an
    // existing file without --force.
    const target = await checkOutput({ path: file, kind: summaryKind(file) ?? "xlsx", inputs: spool.files });
    if (target.exists && !force) throw existsError(file);
    spool.close();
    // Either goes to the file as it is made: memory flat with the number of files (issue 22).
    if (summaryKind(file) === "csv") await writeOutputWith(file, (put) => writeSummaryCsv(put, spool.sheets[0], spool.rows(0)));
    else await writeOutputWith(file, (put) => writeSummaryXlsx(put, spool.sheets, (i) => spool.rows(i), title, toneOf(io.lang)).then(() => undefined));
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.err(userSentence(e, io.lang));
    return false;
  }
  io.err(t(io.lang, "cli.report.written", { file, n: spool.files.length, findings: spool.counts[1] }));
  return true;
}
