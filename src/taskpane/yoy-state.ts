// The 同比 panel's state (pure): opened, read (this year's report beside the 上年数据 sheet's
// figures), closed; and the lines it shows. R11's findings come from the last check's result.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { PriorFigures, ReportData } from "../model/report";
import { changeText, compareYears } from "../yoy";
import type { YoyRow } from "../yoy";
import type { PaneState } from "./pane-state";

export interface YoyUi {
  reading: boolean;
  year: number | null;
  lastYear: number | null;
  /** null: the 上年数据 sheet holds no figure of last year to compare with. */
  rows: YoyRow[] | null;
}

export interface YoyLine {
  id: string;
  label: string;
  now: string;
  last: string;
  change: string;
}

export const toggleYoy = (s: PaneState): PaneState => ({ ...s, yoy: s.yoy ? null : { reading: true, year: null, lastYear: null, rows: null } });

export const closeYoy = (s: PaneState): PaneState => ({ ...s, yoy: null });

export function yoyRead(s: PaneState, report: ReportData, prior: PriorFigures | null): PaneState {
  if (!s.yoy) return s;
  const rows = prior ? compareYears(report, prior) : [];
  const known = rows.some((r) => r.last !== null);
  const lastYear = prior?.year ?? (report.year === null ? null : report.year - 1);
  return { ...s, yoy: { reading: false, year: report.year, lastYear, rows: known ? rows : null } };
}

/** Each figure as the table shows it; a side that is blank shows as —. */
export function yoyLines(rows: YoyRow[], lang: Lang): YoyLine[] {
  const value = (n: number | null) => (n === null ? t(lang, "pane.yoy.unknown") : String(n));
  return rows.map((r) => ({ id: r.id, label: t(lang, `yoy.figure.${r.id}`), now: value(r.now), last: value(r.last), change: changeText(r, lang) }));
}
