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
