// How a cell is named in a message: 表三「（一）予以公开」·自然人. Official labels stay Chinese in
// every language (they are the statute's words); only the frame is translated.
import { cellInfo } from "../format";
import type { CellKey, FormatSpec } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";

export function cellLabel(f: FormatSpec, key: CellKey, lang: Lang): string {
  const info = cellInfo(f, key);
  const table = t(lang, `table.${info.table}`);
  if (info.table === "t4") {
    return t(lang, "cell.t4", { table, group: info.rowLabel, column: info.columnLabel });
  }
  return t(lang, "cell.rowColumn", { table, row: info.rowLabel, column: info.columnLabel });
}

export function columnLabel(f: FormatSpec, column: string): string {
  return f.t3.columns.find((c) => c.key === column)?.label ?? column;
}

export function t3RowLabel(f: FormatSpec, row: string): string {
  return f.t3.rows.find((r) => r.key === row)?.label ?? row;
}

export function t4GroupLabel(f: FormatSpec, group: string): string {
  return f.t4.groups.find((g) => g.key === group)?.label ?? group;
}
