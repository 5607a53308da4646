// Table 二: one block per 第二十条 item, each headed by a full-width row, then 信息内容 and the
// item's columns; a group with fewer columns stretches its last column to the table's width.
import type { FormatSpec } from "../format";
import { cellKey, printedLabel } from "../format";
import type { Lang } from "../i18n";
import { colLetters } from "./a1";
import { missingHighlights } from "./formulas";
import { NAME, SHEET, t2DataName } from "./names";
import { fitWidth, wrappedHeight } from "./row-height";
import { SheetBuilder } from "./sheet-builder";
import { AMOUNT_FORMAT } from "./styles";
import type { NamePlan, SheetPlan } from "./types";
import { validationFor } from "./validation";

/** Figures and amounts up to ten characters fit. */
const MIN_FIGURE_WIDTH = 12;

export function t2Sheet(f: FormatSpec, lang: Lang): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(SHEET.t2, "t2");
  const width = Math.max(...f.t2.map((g) => g.columns.length));
  const last = 1 + width;
  const title = f.sections.find((s) => s.table === "t2")?.title ?? "";
  // Widths from the labels: the 信息内容 column fits every row label, each figure column its header.
  const labelWidth = Math.max(...f.t2.flatMap((g) => [g.contentLabel, ...g.rows.map((r) => r.label)].map((l) => fitWidth(printedLabel(l)))));
  const colWidth = Math.max(MIN_FIGURE_WIDTH, ...f.t2.flatMap((g) => g.columns.filter((_, i) => i < g.columns.length - 1 || g.columns.length === width).map((c) => fitWidth(printedLabel(c.label)))));
  b.text("title", 1, 1, title, 1, last);

  let row = 2;
  for (const g of f.t2) {
    b.text("header", row, 1, g.heading, row, last);
    row++;
    b.text("header", row, 1, g.contentLabel);
    g.columns.forEach((c, ci) => {
      const right = ci === g.columns.length - 1 ? last : 2 + ci;
      b.text("header", row, 2 + ci, printedLabel(c.label), row, right);
    });
    b.rowHeights[row] = Math.max(...g.columns.map((c, ci) => wrappedHeight(printedLabel(c.label), colWidth * (ci === g.columns.length - 1 ? width - ci : 1))));
    row++;
    const firstDataRow = row;
    for (const r of g.rows) {
      b.text("label", row, 1, printedLabel(r.label));
      g.columns.forEach((c, ci) => {
        const right = ci === g.columns.length - 1 ? last : 2 + ci;
        const cell = b.figure("input", row, 2 + ci, cellKey("t2", r.key, c.key), right);
        if (c.kind === "amount") cell.numberFormat = AMOUNT_FORMAT;
        const kind = c.kind ?? "count";
        b.validations.push(validationFor(kind, { top: row, bottom: row, left: 2 + ci, right: 2 + ci }, lang));
      });
      b.rowHeights[row] = 22;
      row++;
    }
    b.name_(t2DataName(g.key), { top: firstDataRow, left: 2, bottom: row - 1, right: last });
  }
  const lastRow = row - 1;
  b.conditionalFormats.push(...missingHighlights(b.inputRanges()));

  b.columnWidths.A = labelWidth;
  for (let c = 2; c <= last; c++) b.columnWidths[colLetters(c)] = colWidth;
  b.rowHeights[1] = 28;
  b.name_(NAME.t2, { top: 2, left: 1, bottom: lastRow, right: last });
  const sheet = b.build({
    print: { orientation: "portrait", fitToWidth: true, onePage: true, blackAndWhite: true, printArea: `A1:${colLetters(last)}${lastRow}` },
    protect: true,
  });
  return { sheet, names: b.names };
}
