// What a reviewer should hear about a folder beyond each report's own findings (issue 18): every file
// not checked and why, two reports of one agency and year named together, a report of a year other
// than the folder's, and folders that could not be read. Said in the text, in --json and on the
// summary's 问题 sheet. Pure.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { agencyKey } from "../model/agency-name";
import type { SkippedFile } from "./batch-files";

/** What the folder notes need of one report read: kept instead of the whole result, so a folder
 *  check's memory does not grow with its findings. */
export interface NoteSource {
  file: string;
  agency: string | null | undefined;
  year: number | null | undefined;
}

export interface BatchNote {
  /** The file, or the files named together (joined with 、). */
  file: string;
  /** What kind of note: a file not checked, or a warning about the folder. */
  kind: "skipped" | "warning";
  /** A stable code for programs (cli.skip.xls, cli.batch.sameReport, …). */
  code: string;
  message: string;
}

export function skippedNotes(skipped: SkippedFile[], lang: Lang): BatchNote[] {
  return skipped.map((s) => ({ file: s.file, kind: "skipped", code: s.id, message: s.message ?? t(lang, s.id, s.params) }));
}

/** Two or more reports of the same agency (by agencyKey) and year. */
export function sameReportNotes(results: NoteSource[], lang: Lang): BatchNote[] {
  const groups = new Map<string, NoteSource[]>();
  for (const r of results) {
    const key = agencyKey(r.agency);
    if (!key || r.year === null || r.year === undefined) continue;
    const k = `${key}\u0000${r.year}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const file = g.map((r) => r.file).join("、");
      const { agency, year } = g[0] as { agency: string; year: number };
      return { file, kind: "warning", code: "cli.batch.sameReport", message: t(lang, "cli.batch.sameReport", { files: file, agency, year }) };
    });
}

/** Reports whose year is not the year most of the folder's reports are of (when most are of one). */
export function otherYearNotes(results: NoteSource[], lang: Lang): BatchNote[] {
  const years = results.map((r) => r.year).filter((y): y is number => typeof y === "number");
  const count = new Map<number, number>();
  for (const y of years) count.set(y, (count.get(y) ?? 0) + 1);
  const [majority, n] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (majority === null || n * 2 <= years.length) return [];
  return results
    .filter((r) => typeof r.year === "number" && r.year !== majority)
    .map((r) => ({ file: r.file, kind: "warning", code: "cli.batch.otherYear", message: t(lang, "cli.batch.otherYear", { file: r.file, year: r.year ?? "?", majority }) }));
}
