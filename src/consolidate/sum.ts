// Many bodies' figures added into one report. A sum is a figure only when every part's cell is one:
// a part with a blank or unreadable cell leaves the sum blank or unknown, never a silent partial.
import { getFormat } from "../format";
import type { CellKey, FormatId } from "../format";
import { BLANK, num, UNKNOWN, UNKNOWN_MARK } from "../model/cell";
import type { CellValue } from "../model/cell";
import { emptyReport } from "../model/report";
import type { PartFigures, ReportData } from "../model/report";
import { equations } from "../rules/equations";
import { partKeys } from "./keys";

/** What stands in a sum cell some part could not supply (the 明细 formula shows the same). */
export { UNKNOWN_MARK };

export interface SumGap {
  key: CellKey;
  /** The bodies whose cell is blank or not a figure. */
  bodies: string[];
}

export interface Consolidated {
  report: ReportData;
  /** Cells whose sum is not known, and which parts kept it so. */
  gaps: SumGap[];
}

// 万元 amounts add as decimals; 0.1 + 0.2 is written 0.3.
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;

/** The sum of one cell over the parts: a number, blank when the gaps are all blanks, else unknown. */
export function sumCell(cells: CellValue[]): CellValue {
  if (cells.every((c) => c.kind === "number")) return num(tidy(cells.reduce((a, c) => a + (c.kind === "number" ? c.value : 0), 0)));
  if (cells.every((c) => c.kind === "number" || c.kind === "blank")) return BLANK;
  return { kind: "text", raw: UNKNOWN_MARK, why: "notNumber" };
}

export function consolidate(format: FormatId, parts: PartFigures[], year: number | null, agency: string | null): Consolidated {
  const report = emptyReport(format, year, agency);
  const gaps: SumGap[] = [];
  for (const key of partKeys(getFormat(format))) {
    const cells = parts.map((p) => p.cells[key] ?? BLANK);
    report.cells[key] = sumCell(cells);
    const bodies = parts.filter((_, i) => cells[i].kind !== "number").map((p) => p.body);
    if (bodies.length > 0) gaps.push({ key, bodies });
  }
  // Totals as the workbook's formulas compute them; a total over a total settles in two passes.
  const totals = equations(getFormat(format)).filter((e) => e.total);
  for (let pass = 0; pass < 3; pass++) for (const e of totals) report.cells[e.total as CellKey] = sumCell(e.right.map((k) => report.cells[k] ?? BLANK));
  report.parts = parts;
  return { report, gaps };
}
