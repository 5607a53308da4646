// The table side of a narrative check: the value of a reading (a sum of cells), the label that
// names it in a message, and the cells a finding points at.
import { cellInfos } from "../../format";
import type { CellKey, FormatSpec } from "../../format";
import { numericValue, sharedFigure } from "../../model/cell";
import { cellOf } from "../../model/report";
import type { ReportData } from "../../model/report";
import type { FindingCell } from "../types";
import type { Reading } from "./claims";

/** A table-三 总计 cell left blank while the applicant columns are filled reads as their sum:
 *  in text imports the 总计 column is sometimes lost, and the clerk's figures are still there. */
function cellValue(report: ReportData, f: FormatSpec, key: CellKey): { value: number | null; blank: boolean } {
  const c = cellOf(report, key);
  if (c.kind !== "blank") return { value: numericValue(c), blank: false };
  const m = /^t3\.(\w+)\.total$/.exec(key);
  if (m) {
    const parts = f.t3.columns.filter((col) => col.key !== "total").map((col) => cellOf(report, `t3.${m[1]}.${col.key}`));
    if (parts.some((p) => p.kind !== "blank")) {
      const nums = parts.map(numericValue);
      if (nums.some((n) => n === null)) return { value: null, blank: false };
      return { value: nums.reduce<number>((a, b) => a + (b ?? 0), 0), blank: false };
    }
  }
  return { value: 0, blank: true };
}

/** The reading's value; null when a cell is unreadable, or every cell is blank (an unfilled table
 *  says nothing the narrative could contradict — R5 reports the blanks). */
export function readingValue(report: ReportData, f: FormatSpec, reading: Reading): number | null {
  let sum = 0;
  let allBlank = true;
  const shares = new Set<string>();
  for (const key of reading.keys) {
    // Sub-rows the source printed as one figure count as that figure when the reading has them all.
    const c = cellOf(report, key);
    const shared = sharedFigure(c, reading.keys);
    if (shared) {
      if (!shares.has(shared.group)) sum += shared.sum;
      shares.add(shared.group);
      allBlank = false;
      continue;
    }
    const { value, blank } = cellValue(report, f, key);
    if (value === null) return null;
    if (!blank) allBlank = false;
    sum += value;
  }
  if (allBlank) return null;
  return sum + (reading.withdrawn ?? 0);
}

// A row label's note "（区分处理的，只计这一情形，不计其他情形）" is dropped when labels are joined.
const shortLabel = (label: string) => label.replace(/（[^（）]*，[^（）]*）$/, "");

function parentsOf(f: FormatSpec, row: string): string[] {
  return f.t3.rows.find((r) => r.key === row)?.parents ?? [];
}

/** How a reading is named in a message: "（一）予以公开·总计", "（三）不予公开·总计" for the sum of
 *  its rows, "行政诉讼·未经复议直接起诉·总计 + 行政诉讼·复议后起诉·总计". */
export function readingLabel(f: FormatSpec, reading: Reading, withdrawnWord = "撤回"): string {
  const infos = reading.keys.map((k) => cellInfos(f).get(k)).filter((i) => i !== undefined);
  let label: string;
  const t3Rows = infos.every((i) => i.table === "t3") && infos.length > 1;
  const sharedParent = t3Rows ? commonParent(f, infos.map((i) => i.row)) : null;
  if (sharedParent && infos.every((i) => i.column === infos[0].column)) {
    label = `${sharedParent}·${infos[0].columnLabel}`;
  } else {
    label = infos
      .map((i) => {
        const row = infos.length > 1 ? shortLabel(i.rowLabel) : i.rowLabel;
        return [i.group && i.table === "t4" ? i.group : null, row, i.columnLabel].filter(Boolean).join("·");
      })
      .join(" + ");
  }
  if (reading.withdrawn) label += ` + ${withdrawnWord} ${reading.withdrawn}`;
  return label;
}

// The innermost parent all rows share, unless it is 三、本年度办理结果 (which also holds other rows).
function commonParent(f: FormatSpec, rows: string[]): string | null {
  const lists = rows.map((r) => parentsOf(f, r));
  const last = lists[0][lists[0].length - 1];
  if (!last || lists.some((l) => l[l.length - 1] !== last)) return null;
  const inGroup = f.t3.rows.filter((r) => r.parents[r.parents.length - 1] === last).length;
  return inGroup === rows.length && lists[0].length > 1 ? last : null;
}

/** The cells of a finding, with sheet and address when the report came from a workbook. */
export function findingCells(report: ReportData, keys: CellKey[]): FindingCell[] {
  return keys.map((key) => ({ key, ...(report.refs?.[key] ?? {}) }));
}
