// The three statutory tables as printed in the national format, built from the format data so a
// label is never spelt here. Spans follow the official layout: group headings across table 二,
// 申请人情况 / 法人或其他组织 and the vertical 三、本年度办理结果 / （三）不予公开 … in table 三,
// 行政复议 / 行政诉讼 in table 四.
import { cellKey, fitWidth, printedGroupLabel, printedLabel } from "../format";
import type { FormatSpec, T3RowSpec } from "../format";
import { cellText } from "../model/cell";
import { cellOf } from "../model/report";
import type { ReportData } from "../model/report";
import type { Align, DocCell, DocRow, DocTable } from "./model";

interface CellOptions {
  rowSpan?: number;
  colSpan?: number;
  header?: boolean;
  align?: Align;
}

function cell(text: string, o: CellOptions = {}): DocCell {
  return { text, rowSpan: o.rowSpan ?? 1, colSpan: o.colSpan ?? 1, header: o.header ?? false, align: o.align ?? "center" };
}

/** A label cell that prints on the official format's lines (`printed` is the label with its "\n"). */
function printedCell(text: string, printed: string, o: CellOptions = {}): DocCell {
  const c = cell(text, o);
  if (printed !== text) c.lines = printed.split("\n");
  return c;
}

const header = (text: string, o: CellOptions = {}): DocCell => printedCell(text, printedLabel(text), { ...o, header: true });

/** A figure as written: the number, a text cell's raw text, "" for a blank (never a made-up 0). */
function figure(report: ReportData, key: string, colSpan = 1): DocCell {
  return { ...cell(cellText(cellOf(report, key)), { colSpan }), key };
}

const row = (cells: DocCell[], repeat = false): DocRow => ({ cells, repeat });

/** Keeps every row but the last on the page of the next: the rows print together. */
export function keepTogether(rows: DocRow[]): DocRow[] {
  rows.forEach((r, i) => (r.keepWithNext = i < rows.length - 1));
  return rows;
}

const fit = fitWidth;

/** Shares `width` columns among `n` cells as evenly as whole spans allow (a one-column group such as
 *  本年处理决定数量 spans the width the three-column groups use). */
function spans(n: number, width: number): number[] {
  const base = Math.floor(width / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? width - base * (n - 1) : base));
}

/** Table 二: each group a full-width heading row, its 信息内容 header row, then its rows. */
export function table2(report: ReportData, f: FormatSpec): DocTable {
  const valueColumns = Math.max(...f.t2.map((g) => g.columns.length));
  const width = 1 + valueColumns;
  const rows: DocRow[] = [];
  for (const g of f.t2) {
    const s = spans(g.columns.length, valueColumns);
    // A group's heading, its header row and its rows stay on one page (never a heading stranded at a page foot).
    const group = [row([header(g.heading, { colSpan: width })]), row([header(g.contentLabel), ...g.columns.map((c, i) => header(c.label, { colSpan: s[i] }))])];
    for (const r of g.rows) {
      group.push(row([printedCell(r.label, printedLabel(r.label)), ...g.columns.map((c, i) => figure(report, cellKey("t2", r.key, c.key), s[i]))]));
    }
    rows.push(...keepTogether(group));
  }
  return { id: "t2", columnWidths: [3, ...Array<number>(valueColumns).fill(2)], rows };
}

const samePrefix = (a: T3RowSpec, b: T3RowSpec, depth: number): boolean =>
  a.parents.length > depth && b.parents.length > depth && a.parents.slice(0, depth + 1).join("|") === b.parents.slice(0, depth + 1).join("|");

/** Table 三: the 勾稽关系 note over the label columns, 申请人情况 over the seven applicant columns, and
 *  each row's parent labels as vertical merges to its left. */
export function table3(report: ReportData, f: FormatSpec): DocTable {
  const t3 = f.t3;
  const labelColumns = 1 + Math.max(...t3.rows.map((r) => r.parents.length));
  const [first, ...rest] = t3.columns;
  const last = rest[rest.length - 1];
  const orgs = rest.slice(0, -1);
  const rows: DocRow[] = [
    row([header(t3.note, { colSpan: labelColumns, rowSpan: 3 }), header(t3.applicantHeader, { colSpan: t3.columns.length })], true),
    row([header(first.label, { rowSpan: 2 }), header(t3.orgHeader, { colSpan: orgs.length }), header(last.label, { rowSpan: 2 })], true),
    row(orgs.map((c) => header(c.label)), true),
  ];
  t3.rows.forEach((r, i) => {
    const cells: DocCell[] = [];
    r.parents.forEach((p, depth) => {
      if (i > 0 && samePrefix(t3.rows[i - 1], r, depth)) return; // covered by the merge above
      let n = 1;
      while (i + n < t3.rows.length && samePrefix(t3.rows[i + n], r, depth)) n++;
      cells.push(printedCell(p, printedGroupLabel(p), { rowSpan: n }));
    });
    cells.push(printedCell(r.label, printedLabel(r.label), { colSpan: labelColumns - r.parents.length, align: "left" }));
    for (const c of t3.columns) cells.push(figure(report, cellKey("t3", r.key, c.key)));
    rows.push(row(cells));
  });
  // 表三 fits one A4 page in the official format: kept together, its merged group labels are never cut.
  return { id: "t3", columnWidths: t3Widths(f, labelColumns), rows: keepTogether(rows) };
}

/**
 * 表三's columns as wide as the printed labels need, so that a label breaks only at the official
 * breaks: each group-label column fits its groups, the row-label column its widest line, each
 * figure column its header's lines (at least four digits).
 */
function t3Widths(f: FormatSpec, labelColumns: number): number[] {
  const group = (depth: number) => Math.max(4, ...f.t3.rows.flatMap((r) => (r.parents[depth] === undefined ? [] : [fit(printedGroupLabel(r.parents[depth]))])));
  const groups = Array.from({ length: labelColumns - 1 }, (_, d) => group(d));
  const before = (depth: number) => groups.slice(depth).reduce((a, b) => a + b, 0);
  const label = Math.max(fit(printedLabel(f.t3.note)) - before(0), ...f.t3.rows.map((r) => fit(printedLabel(r.label)) - before(r.parents.length)));
  const figures = f.t3.columns.map((c) => Math.max(6, fit(printedLabel(c.label))));
  return [...groups, label, ...figures];
}

/** Table 四: 行政复议 and 行政诉讼 (over its two groups) on top, the five result columns of each group
 *  beneath, then the single row of figures. */
export function table4(report: ReportData, f: FormatSpec): DocTable {
  const t4 = f.t4;
  const n = t4.columns.length;
  const nested = t4.groups.some((g) => g.parent);
  const top: DocCell[] = [];
  const middle: DocCell[] = [];
  const bottom: DocCell[] = [];
  t4.groups.forEach((g, i) => {
    const columns = t4.columns.map((c) => header(c.label, { rowSpan: nested && !g.parent ? 2 : 1 }));
    if (!g.parent) {
      top.push(header(g.label, { colSpan: n }));
      (nested ? middle : bottom).push(...columns);
      return;
    }
    if (i === 0 || t4.groups[i - 1].parent !== g.parent) {
      const k = t4.groups.slice(i).findIndex((h) => h.parent !== g.parent);
      top.push(header(g.parent, { colSpan: n * (k < 0 ? t4.groups.length - i : k) }));
    }
    middle.push(header(g.label, { colSpan: n }));
    bottom.push(...columns);
  });
  const figures = t4.groups.flatMap((g) => t4.columns.map((c) => figure(report, cellKey("t4", g.key, c.key))));
  const rows = [top, middle, bottom].filter((r) => r.length > 0).map((r) => row(r, true));
  rows.push(row(figures));
  return { id: "t4", columnWidths: Array<number>(t4.groups.length * n).fill(1), rows: keepTogether(rows) };
}
