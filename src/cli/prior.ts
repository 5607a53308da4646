// `--prior LASTYEAR.(xlsx|txt|html|docx)` for `xxgk template` and `xxgk import -o`: last year's report
// read like any input file, its 结转下年度继续办理 and 现行有效件数 taken as this year's 上年数据
// (model/prior-import.ts), and what the clerk should know about them said on stderr.
import type { FormatId } from "../format";
import { t } from "../i18n";
import { priorFromLastReport, priorMismatch } from "../model/prior-import";
import type { ReportData } from "../model/report";
import type { PriorImport } from "../model/prior-import";
import type { ScanOptions } from "../ocr/read-scan";
import type { CliIO } from "./io";
import { readOrSay } from "./unreadable";

/** null when the file cannot be read (already said; the command exits 2). */
export async function readPriorFile(file: string, year: number | null, format: FormatId, io: CliIO, agency?: string | null, options: ScanOptions = {}): Promise<PriorImport | null> {
  const read = await readOrSay(file, io, "cli.prior.unreadable", options);
  if (!read) return null;
  const got = priorFromLastReport(read.report, year, format, agency);
  io.err(
    t(io.lang, "cli.prior.found", {
      file,
      year: got.source.year ?? "?",
      agency: got.source.agency ?? "?",
      filled: Object.keys(got.prior.cells).length,
      total: got.items.length,
    }),
  );
  for (const p of got.problems) io.err(`${t(io.lang, `severity.${p.severity}`)} ${t(io.lang, p.id, p.params)}`);
  return got;
}

/** `draft --prior` and `export --yoy --prior`: what is wrong with last year's file as last year's
 *  report of this agency, said as `import` and `template` say it (one check: priorMismatch). */
export function sayPriorMismatch(file: string, last: ReportData, report: ReportData, io: CliIO): void {
  for (const p of priorMismatch(last, report.year, report.agency)) {
    io.err(t(io.lang, "cli.prior.about", { file, text: `${t(io.lang, `severity.${p.severity}`)} ${t(io.lang, p.id, p.params)}` }));
  }
}
