// Adds up the cells of one side of an equation the way a reviewer would: blanks and "/" as 0,
// readable text as the number it probably means (R5 reports both), unreadable text as unknown, and
// cells the reader never found (unread) as unknown — unless the source printed them as one figure
// (the old single （六）其他处理 row) and that whole group lies on this side: then its figure counts.
import type { CellKey } from "../format";
import { numericValue, sharedFigure } from "../model/cell";
import { cellOf } from "../model/report";
import type { ReportData } from "../model/report";

export interface Side {
  sum: number;
  /** Cells whose value is unknown (text with no number in it, or unread). */
  unknown: CellKey[];
  /** Of `unknown`, the cells the reader did not find. */
  unread: CellKey[];
  /** Of `unread`, the cells the source printed only as part of a combined figure. */
  shared: CellKey[];
  blanks: boolean;
  guessed: boolean;
}

export function sideOf(r: ReportData, keys: CellKey[]): Side {
  const side: Side = { sum: 0, unknown: [], unread: [], shared: [], blanks: false, guessed: false };
  const counted = new Set<string>();
  for (const k of keys) {
    const c = cellOf(r, k);
    const shared = sharedFigure(c, keys);
    if (shared) {
      if (!counted.has(shared.group)) side.sum += shared.sum;
      counted.add(shared.group);
      continue;
    }
    const v = numericValue(c);
    if (v === null) side.unknown.push(k);
    else side.sum += v;
    if (c.kind === "unread") side.unread.push(k);
    if (c.kind === "unread" && c.share) side.shared.push(k);
    if (c.kind === "blank" || c.kind === "nodata") side.blanks = true;
    if (c.kind === "text" && v !== null) side.guessed = true;
  }
  // Amounts are 万元 with up to 4 decimals; round away float noise so 0.1 + 0.2 balances 0.3.
  side.sum = Math.round(side.sum * 1e6) / 1e6;
  return side;
}

export function allBlank(r: ReportData, keys: CellKey[]): boolean {
  return keys.every((k) => cellOf(r, k).kind === "blank");
}
