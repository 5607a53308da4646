// The 报告信息 form's logic, without the DOM: what it starts with, which format a year requires and
// whether what the clerk typed can be laid out. Pure (today is passed in), so it is unit-tested.
import { defaultReportYear, formatForYear, isReportYear, MIN_REPORT_YEAR } from "../format";
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";

export { MIN_REPORT_YEAR };
/** Longer names are almost always a paste gone wrong (a whole sentence, a letterhead). */
export const MAX_AGENCY_CHARS = 60;

/** What is in the form's fields, as typed. */
export interface InfoDraft {
  year: string;
  agency: string;
}

export interface InfoErrors {
  year?: string;
  agency?: string;
}

export interface ReportInfo {
  year: number;
  agency: string;
  format: FormatId;
}

/** The form's opening values: the workbook's own year and agency where it has them, else last calendar year and blank. */
export function infoDefaults(meta: { year: number | null; agency: string | null } | null, today: Date): InfoDraft {
  return { year: String(meta?.year ?? defaultReportYear(today)), agency: meta?.agency?.trim() ?? "" };
}

/** Full-width digits (２０２４) as typed by a Chinese IME, then surrounding spaces, removed. */
function normDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)).trim();
}

/** The year typed, when it is a whole number (in range or not); null otherwise. */
export function parseYear(text: string): number | null {
  const s = normDigits(text);
  return /^\d{1,6}$/.test(s) ? Number(s) : null;
}

/** The format the typed year requires, or null while the year is not a usable one. */
export function formatForDraft(yearText: string, today: Date): FormatId | null {
  const y = parseYear(yearText);
  return y !== null && isReportYear(y, today) ? formatForYear(y) : null;
}

/** Characters as a reader counts them (a CJK character or an emoji is one). */
const charCount = (s: string): number => [...s].length;

/**
 * `current` is the format of a workbook that already has a report. A year needing the other format is
 * refused rather than converted: re-laying a 2019-format workbook as 2021 would meet its own 2019
 * labels as foreign cells and drop the rows the formats do not share, and keeping the 2019 layout for
 * a 2021+ year is itself an R10 error.
 */
export function validateInfo(
  draft: InfoDraft,
  today: Date,
  lang: Lang,
  current: FormatId | null = null,
): { ok: true; info: ReportInfo } | { ok: false; errors: InfoErrors } {
  const errors: InfoErrors = {};
  const max = today.getFullYear();
  const yearText = normDigits(draft.year);
  const year = parseYear(yearText);
  if (yearText === "") errors.year = t(lang, "pane.info.year.empty");
  else if (year === null) errors.year = t(lang, "pane.info.year.notInteger");
  else if (!isReportYear(year, today)) errors.year = t(lang, "pane.info.year.range", { min: MIN_REPORT_YEAR, max });
  else if (current && formatForYear(year) !== current) {
    const name = (f: FormatId) => t(lang, `pane.info.format.${f}`);
    errors.year = t(lang, "pane.info.year.otherFormat", { year, required: name(formatForYear(year)), current: name(current) });
  }
  const agency = draft.agency.replace(/\s+/g, " ").trim();
  if (agency === "") errors.agency = t(lang, "pane.info.agency.empty");
  else if (charCount(agency) > MAX_AGENCY_CHARS) errors.agency = t(lang, "pane.info.agency.tooLong", { max: MAX_AGENCY_CHARS, count: charCount(agency) });
  if (errors.year !== undefined || errors.agency !== undefined || year === null) return { ok: false, errors };
  return { ok: true, info: { year, agency, format: formatForYear(year) } };
}
