// Table 三 as printed in the national format: the 勾稽 note in the top-left corner, 申请人情况 over
// 自然人 | 法人或其他组织 (five columns) | 总计, and the parent labels (三、本年度办理结果, （三）不予公开 …)
// merged down their rows.
import type { FormatSpec } from "../format";
import { cellKey, printedGroupLabel, printedLabel } from "../format";
import type { Lang } from "../i18n";
import { equations } from "../rules/equations";
import { colLetters } from "./a1";
import type { RangePos } from "./a1";
import { equationHighlight, missingHighlights, totalFormula } from "./formulas";
import { NAME, SHEET } from "./names";
import { fitWidth, wrappedHeight } from "./row-height";
import { SheetBuilder } from "./sheet-builder";
import type { SheetPlan, NamePlan } from "./types";
import { validationFor } from "./validation";

export const T3_FIRST_DATA_ROW = 5;
export const T3_FIRST_DATA_COL = 4; // D: A–C hold the row labels
/** Figures up to six digits fit. */
const MIN_FIGURE_WIDTH = 8;

export function t3Sheet(f: FormatSpec, lang: Lang): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(SHEET.t3, "t3");
  const cols = f.t3.columns;
  const first = T3_FIRST_DATA_COL;
  const last = first + cols.length - 1; // the 总计 column
  const lastRow = T3_FIRST_DATA_ROW + f.t3.rows.length - 1;
  const title = f.sections.find((s) => s.table === "t3")?.title ?? "";

  const w = widths(f);
  b.text("title", 1, 1, title, 1, last);
  b.text("note", 2, 1, printedLabel(f.t3.note), 4, 3);
  b.text("header", 2, first, f.t3.applicantHeader, 2, last);
  b.text("header", 3, first, cols[0].label, 4, first);
  b.text("header", 3, first + 1, f.t3.orgHeader, 3, last - 1);
  for (let i = 1; i < cols.length - 1; i++) b.text("header", 4, first + i, printedLabel(cols[i].label));
  b.text("header", 3, last, cols[cols.length - 1].label, 4, last);

  f.t3.rows.forEach((r, i) => {
    const row = T3_FIRST_DATA_ROW + i;
    const labelCol = 1 + r.parents.length;
    const label = printedLabel(r.label);
    b.text("label", row, labelCol, label, row, 3);
    b.rowHeights[row] = wrappedHeight(label, w.labelSpan[labelCol]);
    cols.forEach((c, j) => b.figure(c.key === "total" || r.key === "total" ? "total" : "input", row, first + j, cellKey("t3", r.key, c.key)));
  });
  mergeParents(b, f);

  const eqs = equations(f).filter((e) => e.rule !== "R4");
  const posOf = (k: string) => b.posOf(k);
  for (const eq of eqs) {
    // The （七）总计 row's 总计 cell is both a row and a column total: the row sum (R3) fills it.
    if (!eq.total || (eq.rule === "R2" && eq.subject === "total")) continue;
    const cell = b.cells.find((c) => c.key === eq.total);
    if (cell) cell.formula = totalFormula(eq, posOf);
  }
  for (const eq of eqs) {
    const col = eq.rule === "R1" ? posOf(cellKey("t3", "new", eq.subject)).col : 0;
    const column: RangePos | null = eq.rule === "R1" ? { top: T3_FIRST_DATA_ROW, bottom: lastRow, left: col, right: col } : null;
    b.conditionalFormats.push(equationHighlight(eq, posOf, column));
  }
  const inputs = b.inputRanges();
  b.conditionalFormats.push(...missingHighlights(inputs));
  b.validations.push(...inputs.map((r) => validationFor("count", r, lang)));

  Object.assign(b.columnWidths, { A: w.a, B: w.b, C: w.c });
  for (let c = first; c <= last; c++) b.columnWidths[colLetters(c)] = w.figure;
  b.rowHeights[1] = 28;
  b.rowHeights[2] = 22;
  b.rowHeights[3] = 22;
  b.rowHeights[4] = Math.max(...cols.map((c) => wrappedHeight(printedLabel(c.label), w.figure)));

  b.name_(NAME.t3, { top: 2, left: 1, bottom: lastRow, right: last });
  b.name_(NAME.t3Data, { top: T3_FIRST_DATA_ROW, left: first, bottom: lastRow, right: last });
  const sheet = b.build({
    // One A4 page, as the official format prints it: a page break would cut the merged group labels
    // (三、本年度办理结果, （五）不予处理 …), which Excel cannot repeat on the next page.
    print: {
      orientation: "portrait",
      fitToWidth: true,
      onePage: true,
      blackAndWhite: true,
      titleRows: "$2:$4",
      printArea: `A1:${colLetters(last)}${lastRow}`,
    },
    protect: true,
    freeze: { rows: 4, columns: 3 },
  });
  return { sheet, names: b.names };
}

/** Merges each parent label down the consecutive rows it heads (column A: 三、…; column B: （三）… ). */
function mergeParents(b: SheetBuilder, f: FormatSpec): void {
  for (const depth of [0, 1]) {
    let start = -1;
    f.t3.rows.forEach((r, i) => {
      const label = r.parents[depth];
      const next = f.t3.rows[i + 1]?.parents[depth];
      if (label === undefined) return;
      if (start < 0) start = i;
      if (next !== label || (depth === 1 && f.t3.rows[i + 1]?.parents[0] !== r.parents[0])) {
        b.text("label", T3_FIRST_DATA_ROW + start, depth + 1, printedGroupLabel(label), T3_FIRST_DATA_ROW + i, depth + 1);
        start = -1;
      }
    });
  }
}

/**
 * Column widths from the labels' printed lines, so that nothing wraps except at the official breaks:
 * A and B fit the group labels, C the widest row label left over, the figures the widest header.
 * `labelSpan[c]` is the width of a row label starting in column c (it is merged through C).
 */
function widths(f: FormatSpec): { a: number; b: number; c: number; figure: number; labelSpan: Record<number, number> } {
  const groups = (depth: number) => f.t3.rows.flatMap((r) => (r.parents[depth] === undefined ? [] : [fitWidth(printedGroupLabel(r.parents[depth]))]));
  const a = Math.max(4, ...groups(0));
  const b = Math.max(4, ...groups(1));
  const need = (r: (typeof f.t3.rows)[number]) => fitWidth(printedLabel(r.label)) - (r.parents.length === 0 ? a + b : r.parents.length === 1 ? b : 0);
  const c = Math.max(...f.t3.rows.map(need));
  const figure = Math.max(MIN_FIGURE_WIDTH, ...f.t3.columns.map((col) => fitWidth(printedLabel(col.label))));
  return { a, b, c, figure, labelSpan: { 1: a + b + c, 2: b + c, 3: c } };
}
