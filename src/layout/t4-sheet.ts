// Table 四 as printed: 行政复议 (five columns) | 行政诉讼 over 未经复议直接起诉 (five) and 复议后起诉 (five),
// the column labels, then one row of fifteen figures whose three 总计 are formulas.
import type { FormatSpec } from "../format";
import { cellKey, printedLabel } from "../format";
import type { Lang } from "../i18n";
import { equations } from "../rules/equations";
import { colLetters } from "./a1";
import { equationHighlight, missingHighlights, totalFormula } from "./formulas";
import { NAME, SHEET } from "./names";
import { fitWidth, wrappedHeight } from "./row-height";
import { SheetBuilder } from "./sheet-builder";
import type { NamePlan, SheetPlan } from "./types";
import { validationFor } from "./validation";

export const T4_DATA_ROW = 5;
/** Figures up to five digits fit. */
const MIN_FIGURE_WIDTH = 7;

export function t4Sheet(f: FormatSpec, lang: Lang): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(SHEET.t4, "t4");
  const n = f.t4.columns.length;
  const last = f.t4.groups.length * n;
  const title = f.sections.find((s) => s.table === "t4")?.title ?? "";
  const width = Math.max(MIN_FIGURE_WIDTH, ...f.t4.columns.map((c) => fitWidth(printedLabel(c.label))));
  b.text("title", 1, 1, title, 1, last);

  f.t4.groups.forEach((g, gi) => {
    const left = gi * n + 1;
    if (g.parent) b.text("header", 3, left, g.label, 3, left + n - 1);
    else b.text("header", 2, left, g.label, 3, left + n - 1);
    f.t4.columns.forEach((c, ci) => {
      b.text("header", 4, left + ci, printedLabel(c.label));
      b.figure(c.key === "total" ? "total" : "input", T4_DATA_ROW, left + ci, cellKey("t4", g.key, c.key));
    });
  });
  // 行政诉讼 spans the groups under it.
  const suitCols = f.t4.groups.map((g, gi) => ({ g, gi })).filter(({ g }) => g.parent === f.t4.suitHeader);
  if (suitCols.length > 0) {
    const left = suitCols[0].gi * n + 1;
    const right = (suitCols[suitCols.length - 1].gi + 1) * n;
    b.text("header", 2, left, f.t4.suitHeader, 2, right);
  }

  const posOf = (k: string) => b.posOf(k);
  for (const eq of equations(f).filter((e) => e.rule === "R4")) {
    const cell = b.cells.find((c) => c.key === eq.total);
    if (cell) cell.formula = totalFormula(eq, posOf);
    b.conditionalFormats.push(equationHighlight(eq, posOf, null));
  }
  const inputs = b.inputRanges();
  b.conditionalFormats.push(...missingHighlights(inputs));
  b.validations.push(...inputs.map((r) => validationFor("count", r, lang)));

  for (let c = 1; c <= last; c++) b.columnWidths[colLetters(c)] = width;
  b.rowHeights[1] = 28;
  b.rowHeights[4] = Math.max(...f.t4.columns.map((c) => wrappedHeight(printedLabel(c.label), width)));
  b.rowHeights[T4_DATA_ROW] = 24;

  b.name_(NAME.t4, { top: 2, left: 1, bottom: T4_DATA_ROW, right: last });
  b.name_(NAME.t4Data, { top: T4_DATA_ROW, left: 1, bottom: T4_DATA_ROW, right: last });
  const sheet = b.build({
    print: {
      orientation: "landscape",
      fitToWidth: true,
      onePage: true,
      blackAndWhite: true,
      titleRows: "$2:$4",
      printArea: `A1:${colLetters(last)}${T4_DATA_ROW}`,
    },
    protect: true,
  });
  return { sheet, names: b.names };
}
