// The figures a part contributes: every table cell, totals included. A part's total is the figure it
// printed (kept as printed, DESIGN §5), so the consolidated total is the sum of the parts' totals and
// every balance equation — being linear — holds in the sum wherever it holds in each part: a
// consolidation never shows an imbalance that no part has.
import { cellInfos } from "../format";
import type { CellKey, FormatSpec } from "../format";

/** Table keys of the format, in printed order (表二, 表三, 表四): the 明细 sheet's figure columns. */
export function partKeys(f: FormatSpec): CellKey[] {
  return [...cellInfos(f).keys()].filter((k) => /^t[234]\./.test(k));
}

const isTotal = (key: CellKey) => /^t3\.total\./.test(key) || /^t[34]\.\w+\.total$/.test(key);

/** The keys a clerk types (no totals): R12's cells. A total typed over is R2–R4's to find, and the
 *  pane's 汇总 leaves the template's total formulas in place (they sum the inputs there). */
export function inputKeys(f: FormatSpec): CellKey[] {
  return partKeys(f).filter((k) => !isTotal(k));
}
