// Where each report of `xxgk check` takes last year's figures from (R6, R7): --prior FILE for every
// report, --prior-dir DIR paired by agency and year, else a workbook's own 上年数据 sheet. Whatever
// path a prior comes by, what the clerk should know about it (another year, blanks) is said.
import { stat } from "fs/promises";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { agencyKey, sameAgency } from "../model/agency-name";
import { priorFromLastReport } from "../model/prior-import";
import type { PriorFigures, ReportData } from "../model/report";
import { walkPaths } from "./batch-files";
import { openPathOf } from "../import/raw-names";
import type { CliIO } from "./io";
import { readForCheck } from "./read-for-check";
import { unreadableMessage } from "./unreadable";
import type { ScanOptions } from "../ocr/read-scan";

interface PriorReport {
  file: string;
  report: ReportData;
}

/** Last year's reports by their year. */
export type PriorIndex = Map<number | null, PriorReport[]>;

/** --prior-dir: the reports by year, and every file found under the folder (no output may be one). */
export type PriorSource = { kind: "own" } | { kind: "file"; last: PriorReport } | { kind: "dir"; index: PriorIndex; files: string[] };

export interface PriorChoice {
  prior?: PriorFigures;
  /** The file last year's figures came from (--prior, --prior-dir). */
  file?: string;
  /** Sentences about the prior, in the output language. */
  problems: string[];
  /** --prior-dir only: why no report of last year was found for it. */
  unpaired?: string;
}

/** Reads every report under DIR; one that cannot be read (a file or a subfolder) is said and left
 *  out. null: DIR is no folder. */
export async function priorIndex(dir: string, io: CliIO, options: ScanOptions = {}): Promise<{ index: PriorIndex; files: string[] } | null> {
  const info = await stat(openPathOf(dir)).catch(() => null);
  if (!info?.isDirectory()) return null;
  const index: PriorIndex = new Map();
  const walk = await walkPaths([dir]);
  for (const p of walk.problems) io.err(t(io.lang, "cli.priorDir.unreadable", { file: p.file, reason: unreadableMessage(p.error, io.lang) }));
  for (const file of walk.files) {
    try {
      const { report } = await readForCheck(file, options);
      index.set(report.year, [...(index.get(report.year) ?? []), { file, report }]);
    } catch (e) {
      io.err(t(io.lang, "cli.priorDir.unreadable", { file, reason: unreadableMessage(e, io.lang) }));
    }
  }
  return { index, files: [...walk.files, ...walk.skipped.map((s) => s.file)] };
}

export function choosePrior(source: PriorSource, report: ReportData, own: PriorFigures | undefined, lang: Lang): PriorChoice {
  if (source.kind === "own") return own ? { prior: own, problems: [] } : { problems: [] };
  let last: PriorReport;
  const problems: string[] = [];
  if (source.kind === "file") last = source.last;
  else {
    const why = !agencyKey(report.agency) ? "cli.pair.noAgency" : report.year === null ? "cli.pair.noYear" : null;
    // Unpaired, a workbook still has its own 上年数据 sheet.
    const ownOnly = own ? { prior: own } : {};
    if (why) return { ...ownOnly, problems, unpaired: t(lang, why) };
    const found = pairsOf(source.index.get((report.year as number) - 1) ?? [], report.agency);
    if (found.length === 0) return { ...ownOnly, problems, unpaired: t(lang, "cli.pair.none", { agency: report.agency ?? "", year: (report.year as number) - 1 }) };
    last = found[0];
    if (found.length > 1) problems.push(t(lang, "cli.pair.several", { files: found.map((f) => f.file).join("、"), file: last.file }));
    if (agencyKey(last.report.agency) !== agencyKey(report.agency)) {
      problems.push(`${t(lang, "severity.info")} ${t(lang, "cli.pair.otherSpelling", { prior: last.report.agency ?? "", agency: report.agency ?? "" })}`);
    }
  }
  const got = priorFromLastReport(last.report, report.year, report.format, report.agency);
  for (const p of got.problems) problems.push(`${t(lang, `severity.${p.severity}`)} ${t(lang, p.id, p.params)}`);
  return { prior: got.prior, file: last.file, problems };
}

/** Last year's reports of the same agency: the same name first; else one report whose name differs
 *  only by the higher place in front (sameAgency), and only when exactly one does. */
function pairsOf(candidates: PriorReport[], agency: string | null): PriorReport[] {
  const exact = candidates.filter((c) => agencyKey(c.report.agency) === agencyKey(agency));
  if (exact.length > 0) return exact;
  const near = candidates.filter((c) => sameAgency(c.report.agency, agency));
  return near.length === 1 ? near : [];
}
