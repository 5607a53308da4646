// The 明细 sheet read back into parts, from the region's values as any host loads them (row 1 of the
// region: headers; row 2: canonical keys; then one row per body). Columns are found by their key.
import { fromMark, readCell } from "../model/cell";
import type { CellValue } from "../model/cell";
import type { PartFigures, PartStatus } from "../model/report";
import { messages } from "../i18n";
import type { Lang } from "../i18n";
import { FIXED_COLUMNS } from "./names";

const STATUSES: PartStatus[] = ["ok", "warnings", "errors"];

/** The status a 状态 cell names, in either language; "errors" when it cannot be told (so it is looked at). */
function statusFrom(text: string): PartStatus {
  for (const lang of ["zh-CN", "en-US"] as Lang[]) {
    const found = STATUSES.find((s) => messages(lang)[`consolidate.status.${s}`] === text);
    if (found) return found;
  }
  return "errors";
}

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v)).trim();

export function partsFromValues(values: unknown[][]): PartFigures[] {
  const keys = (values[1] ?? []).map(str);
  const out: PartFigures[] = [];
  for (const row of values.slice(2)) {
    const body = str(row[0]);
    if (!body) continue;
    const yearText = str(row[2]);
    const cells: Record<string, CellValue> = {};
    keys.forEach((key, c) => {
      // The import's 未读 mark (a part's figure its source did not give) is unread, as in the tables.
      if (c >= FIXED_COLUMNS && /^t[234]\./.test(key)) cells[key] = fromMark(row[c]) ?? readCell(row[c] === "" ? null : row[c]);
    });
    out.push({
      body,
      file: str(row[1]) || null,
      year: /^\d{4}$/.test(yearText) ? Number(yearText) : null,
      status: statusFrom(str(row[3])),
      cells,
    });
  }
  return out;
}
