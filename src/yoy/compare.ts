// 同比: each key figure beside last year's, with the change and the percentage.
import { getFormat } from "../format";
import type { CellKey } from "../format";
import type { PriorFigures, ReportData } from "../model/report";
import { lastYear, sumOf, thisYear, yoyFigures } from "./figures";
import type { YoyFigureId } from "./figures";

export interface YoyRow {
  id: YoyFigureId;
  keys: CellKey[];
  now: number | null;
  last: number | null;
  /** now − last; null when either is unknown. */
  change: number | null;
  /** The change in % of last year's figure; null when unknown or last year was 0. */
  percent: number | null;
}

/** Percentage change, or null when it is undefined (last year 0) or a side is unknown. */
export function percentChange(now: number | null, last: number | null): number | null {
  if (now === null || last === null || last === 0) return null;
  return ((now - last) * 100) / last; // multiplied first: (57−50)×100/50 is exactly 14
}

/** Amounts (万元) keep their decimals; a difference of floats is rounded to what the cells can hold. */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;

/** The rows whose last-year figure is known: what a 同比 summary can show (none: nothing to compare). */
export function comparedRows(report: ReportData, prior: PriorFigures | null | undefined): YoyRow[] {
  return prior ? compareYears(report, prior).filter((r) => r.last !== null) : [];
}

export function compareYears(report: ReportData, prior: PriorFigures): YoyRow[] {
  const now = thisYear(report);
  const last = lastYear(prior);
  return yoyFigures(getFormat(report.format)).map((fig) => {
    const a = sumOf(now, fig.keys);
    const b = sumOf(last, fig.keys);
    return {
      id: fig.id,
      keys: fig.keys,
      now: a,
      last: b,
      change: a === null || b === null ? null : tidy(a - b),
      percent: percentChange(a, b),
    };
  });
}
