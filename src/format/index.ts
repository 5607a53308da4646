import { FORMAT_2019 } from "./format2019";
import { FORMAT_2021 } from "./format2021";
import type { FormatId, FormatSpec } from "./types";

export * from "./types";
export * from "./keys";
export { fitWidth, printedBreaks, printedGroupLabel, printedLabel, textWidth, widestLine, wrappedLines } from "./print";
export { FORMAT_2019, FORMAT_2021 };

export const FORMATS: Record<FormatId, FormatSpec> = { "2019": FORMAT_2019, "2021": FORMAT_2021 };

export function getFormat(id: FormatId): FormatSpec {
  return FORMATS[id];
}

/** The format a report on `year` must use: 2019 and 2020 the trial format, 2021 on the current one. */
export function formatForYear(year: number): FormatId {
  return year <= 2020 ? "2019" : "2021";
}

/** The year of the report being prepared now, when nobody said: in December this year's (reports are
 *  drafted as the year closes, due by 31 January), from January to November last year's.
 *  Hosts pass `today` in (the CLI, the pane, the ribbon); the pure layout code never reads the clock. */
export function defaultReportYear(today: Date): number {
  return today.getMonth() === 11 ? today.getFullYear() : today.getFullYear() - 1;
}

/** The first year of the national formats (国办公开办函〔2019〕60号); earlier reports have none. */
export const MIN_REPORT_YEAR = 2019;

/** A year a report can be laid out for: a national format exists, and the year has begun. */
export function isReportYear(year: number, today: Date): boolean {
  return Number.isInteger(year) && year >= MIN_REPORT_YEAR && year <= today.getFullYear();
}

export function isFormatId(s: string): s is FormatId {
  return s === "2019" || s === "2021";
}
