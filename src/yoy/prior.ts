// Last year's report as the figures 同比 needs: every clean table figure, plus what R6/R7 read.
import type { PriorFigures, ReportData } from "../model/report";
import { priorFrom } from "../model/report";
import type { CellValue } from "../model/cell";

export function yoyPriorFrom(last: ReportData): PriorFigures {
  const figures: Record<string, CellValue> = {};
  for (const [k, v] of Object.entries(last.cells)) if (v.kind === "number") figures[k] = v;
  return { ...priorFrom(last), figures };
}
