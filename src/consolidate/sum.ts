// Many bodies' figures added into one report. A sum is a figure only when every part's cell is one:
// a part that could not provide a cell makes the sum unknown (DESIGN §5), never a silent partial.
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

/** The sum of one cell over the parts: a figure when every part gives one, blank when every part
 *  left it blank, else unknown — a cell any part could not provide (blank beside figures, "/", text,
 *  unread) is never summed over the others. */
export function sumCell(cells: CellValue[]): CellValue {
  if (cells.every((c) => c.kind === "number")) return num(tidy(cells.reduce((a, c) => a + (c.kind === "number" ? c.value : 0), 0)));
  if (cells.length > 0 && cells.every((c) => c.kind === "blank")) return BLANK;
  return UNKNOWN;
}

/** A part's cell; a total missing from an older 明细 (which held inputs only) is its inputs' sum. */
function partCell(format: FormatId, p: PartFigures, key: CellKey): CellValue {
  const c = p.cells[key];
  if (c) return c;
  const eq = equations(getFormat(format)).find((e) => e.total === key);
  return eq ? sumCell(eq.right.map((k) => partCell(format, p, k))) : BLANK;
}

export function consolidate(format: FormatId, parts: PartFigures[], year: number | null, agency: string | null): Consolidated {
  const report = emptyReport(format, year, agency);
  const gaps: SumGap[] = [];
  const complete = parts.map((p) => ({ ...p, cells: Object.fromEntries(partKeys(getFormat(format)).map((k) => [k, partCell(format, p, k)])) }));
  for (const key of partKeys(getFormat(format))) {
    const cells = complete.map((p) => p.cells[key]);
    report.cells[key] = sumCell(cells);
    const bodies = complete.filter((_, i) => cells[i].kind !== "number").map((p) => p.body);
    if (bodies.length > 0 && report.cells[key].kind !== "blank") gaps.push({ key, bodies });
  }
  report.parts = complete;
  return { report, gaps };
}
