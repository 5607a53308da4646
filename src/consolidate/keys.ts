// The figures a part contributes: every table cell a clerk types (no totals — those are formulas
// over the inputs in the consolidated workbook as in any other).
import { cellInfos } from "../format";
import type { CellKey, FormatSpec } from "../format";

const isTotal = (key: CellKey) => /^t3\.total\./.test(key) || /^t[34]\.\w+\.total$/.test(key);

/** Input keys of the format, in printed order (表二, 表三, 表四): the 明细 sheet's figure columns. */
export function partKeys(f: FormatSpec): CellKey[] {
  return [...cellInfos(f).keys()].filter((k) => !isTotal(k));
}
