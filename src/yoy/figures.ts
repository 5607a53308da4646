// The key figures a 同比 comparison shows, each the sum of some table cells of this year's format.
import { cellKey, t3TotalsMatching } from "../format";
import type { CellKey, FormatSpec } from "../format";
import type { CellValue } from "../model/cell";
import { cellOf } from "../model/report";
import type { PriorFigures, ReportData } from "../model/report";

export type YoyFigureId =
  | "new" | "carriedIn" | "answered" | "granted" | "partial" | "withheld" | "unable" | "refused" | "otherHandling"
  | "carriedOut" | "review" | "suit" | "regulations" | "normative" | "license" | "penalty" | "coercion" | "fees";

export interface YoyFigure {
  id: YoyFigureId;
  keys: CellKey[];
  /** Totals whose doubling or fall to 0 is worth a second look (R11). */
  total?: true;
}

const t3 = (row: string) => cellKey("t3", row, "total");
const t3Group = t3TotalsMatching;
const t4 = (group: string) => cellKey("t4", group, "total");

/** The key figures of a format, in the order a reviewer reads them; cells the format lacks are left out. */
export function yoyFigures(f: FormatSpec): YoyFigure[] {
  const has = (k: CellKey) =>
    f.t2.some((g) => g.rows.some((r) => g.columns.some((c) => cellKey("t2", r.key, c.key) === k)));
  const all: YoyFigure[] = [
    { id: "new", keys: [t3("new")], total: true },
    { id: "carriedIn", keys: [t3("carriedIn")] },
    { id: "answered", keys: [t3("total")], total: true },
    { id: "granted", keys: [t3("granted")] },
    { id: "partial", keys: [t3("partial")] },
    { id: "withheld", keys: t3Group(f, /^withheld/) },
    { id: "unable", keys: t3Group(f, /^unable/) },
    { id: "refused", keys: t3Group(f, /^refused/) },
    { id: "otherHandling", keys: t3Group(f, /^other\d*$/) },
    { id: "carriedOut", keys: [t3("carriedOut")] },
    { id: "review", keys: [t4("review")], total: true },
    { id: "suit", keys: [t4("suitDirect"), t4("suitAfterReview")], total: true },
    { id: "regulations", keys: [cellKey("t2", "regulations", "issued")] },
    { id: "normative", keys: [cellKey("t2", "normative", "issued")] },
    { id: "license", keys: [cellKey("t2", "license", "decisions")] },
    { id: "penalty", keys: [cellKey("t2", "penalty", "decisions")] },
    { id: "coercion", keys: [cellKey("t2", "coercion", "decisions")] },
    { id: "fees", keys: [cellKey("t2", "fees", "amount")] },
  ];
  return all.filter((x) => x.keys.length > 0 && x.keys.every((k) => !k.startsWith("t2.") || has(k)));
}

/** Sum of clean numbers; null when any cell is blank, text or absent (a comparison needs real figures). */
export function sumOf(cells: (k: CellKey) => CellValue | undefined, keys: CellKey[]): number | null {
  let s = 0;
  for (const k of keys) {
    const c = cells(k);
    if (!c || c.kind !== "number") return null;
    s += c.value;
  }
  return s;
}

export const thisYear = (r: ReportData) => (k: CellKey) => cellOf(r, k);

/** Whether `prior` can be last year's figures for a report of `year` (unknown years are given the benefit). */
export const isLastYear = (prior: PriorFigures, year: number | null): boolean => year === null || prior.year == null || prior.year === year - 1;

/** Last year's cell: from last year's full figures when known, else from the 上年数据 sheet's. */
export const lastYear = (p: PriorFigures) => (k: CellKey) => p.figures?.[k] ?? p.cells[k];
