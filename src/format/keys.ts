// Canonical cell keys: "t2.<row>.<column>", "t3.<row>.<column>", "t4.<group>.<column>".
// Keys are stable across layouts and formats; workbooks, imports, rules and findings all speak them.
import type { FormatSpec, ValueKind } from "./types";

export type TableId = "t2" | "t3" | "t4";
export type CellKey = string;

export interface CellInfo {
  key: CellKey;
  table: TableId;
  row: string;
  column: string;
  rowLabel: string;
  columnLabel: string;
  /** The group heading (表二 第二十条第（X）项, 表四 行政复议 …). */
  group?: string;
  kind: ValueKind;
}

export const cellKey = (table: TableId, row: string, column: string): CellKey => `${table}.${row}.${column}`;

/** Table 二's keys by row, in the printed order (the JSON `t2` shape). */
/** Table 三's 总计-column cells of the rows whose key matches (e.g. /^withheld/: the eight 不予公开 rows). */
export function t3TotalsMatching(f: FormatSpec, pattern: RegExp): CellKey[] {
  return f.t3.rows.filter((r) => pattern.test(r.key)).map((r) => cellKey("t3", r.key, "total"));
}

export function t2Keys(f: FormatSpec): CellKey[][] {
  return f.t2.flatMap((g) => g.rows.map((r) => g.columns.map((c) => cellKey("t2", r.key, c.key))));
}

/** Table 三's keys by row, in the printed order. */
export function t3Keys(f: FormatSpec): CellKey[][] {
  return f.t3.rows.map((r) => f.t3.columns.map((c) => cellKey("t3", r.key, c.key)));
}

/** Table 四's 15 keys in the printed order. */
export function t4Keys(f: FormatSpec): CellKey[] {
  return f.t4.groups.flatMap((g) => f.t4.columns.map((c) => cellKey("t4", g.key, c.key)));
}

const infoCache = new WeakMap<FormatSpec, Map<CellKey, CellInfo>>();

/** Every cell of the format with its labels, in printed order (二, 三, 四). */
export function cellInfos(f: FormatSpec): Map<CellKey, CellInfo> {
  const cached = infoCache.get(f);
  if (cached) return cached;
  const m = new Map<CellKey, CellInfo>();
  for (const g of f.t2)
    for (const r of g.rows)
      for (const c of g.columns) {
        const key = cellKey("t2", r.key, c.key);
        m.set(key, {
          key,
          table: "t2",
          row: r.key,
          column: c.key,
          rowLabel: r.label,
          columnLabel: c.label,
          group: g.heading,
          kind: c.kind ?? "count",
        });
      }
  for (const r of f.t3.rows)
    for (const c of f.t3.columns) {
      const key = cellKey("t3", r.key, c.key);
      m.set(key, { key, table: "t3", row: r.key, column: c.key, rowLabel: r.label, columnLabel: c.label, kind: "count" });
    }
  for (const g of f.t4.groups)
    for (const c of f.t4.columns) {
      const key = cellKey("t4", g.key, c.key);
      m.set(key, {
        key,
        table: "t4",
        row: g.key,
        column: c.key,
        rowLabel: g.label,
        columnLabel: c.label,
        group: g.parent,
        kind: "count",
      });
    }
  infoCache.set(f, m);
  return m;
}

export function cellInfo(f: FormatSpec, key: CellKey): CellInfo {
  const info = cellInfos(f).get(key);
  if (!info) throw new Error(`No cell ${key} in format ${f.id}`);
  return info;
}
