// Last year's figures the cross-year rules need: 结转下年度继续办理 per table-三 column (R6) and
// 现行有效件数 per table-二 row (R7). Keys are this year's keys, as PriorFigures has them.
import type { FormatSpec } from "../format";
import { cellKey, printedLabel } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { colLetters } from "./a1";
import { NAME, SHEET } from "./names";
import { wrappedHeight } from "./row-height";
import { SheetBuilder } from "./sheet-builder";
import type { NamePlan, SheetPlan } from "./types";
import { validationFor } from "./validation";

const IN_FORCE = "inForce";
// Both blocks (表三's 结转 row, 表二's 现行有效件数) print alike: the same header and row heights.
const HEADER_HEIGHT = 30;
/** Column A: the row labels. */
const LABEL_WIDTH = 30;
const ROW_HEIGHT = 24;
const FIGURE_WIDTH = 10;

export function priorSheet(f: FormatSpec, year: number | null, lang: Lang): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(SHEET.prior, "prior");
  const cols = f.t3.columns;
  const last = 1 + cols.length;
  const title = year === null ? t(lang, "layout.prior.titleNoYear") : t(lang, "layout.prior.title", { year: year - 1 });
  b.text("title", 1, 1, title, 1, last);
  const note = t(lang, "layout.prior.note");
  b.text("note", 2, 1, note, 2, last);
  b.rowHeights[2] = wrappedHeight(note, LABEL_WIDTH + FIGURE_WIDTH * cols.length);

  b.text("header", 3, 1, t(lang, "layout.prior.item"));
  cols.forEach((c, i) => b.text("header", 3, 2 + i, printedLabel(c.label)));
  b.rowHeights[3] = HEADER_HEIGHT;
  const carried = f.t3.rows.find((r) => r.key === "carriedOut");
  let lastRow = 3;
  if (carried) {
    b.text("label", 4, 1, carried.label);
    cols.forEach((c, i) => b.figure("prior", 4, 2 + i, cellKey("t3", "carriedOut", c.key)));
    b.validations.push(validationFor("count", { top: 4, bottom: 4, left: 2, right: last }, lang));
    b.rowHeights[4] = ROW_HEIGHT;
    lastRow = 4;
  }

  const groups = f.t2.filter((g) => g.columns.some((c) => c.key === IN_FORCE));
  if (groups.length > 0) {
    let row = 6;
    const col = groups[0].columns.find((c) => c.key === IN_FORCE);
    b.text("header", row, 1, groups[0].contentLabel);
    b.text("header", row, 2, col?.label ?? "", row, 3);
    b.rowHeights[row] = HEADER_HEIGHT;
    row++;
    for (const g of groups)
      for (const r of g.rows) {
        b.text("label", row, 1, r.label);
        b.figure("prior", row, 2, cellKey("t2", r.key, IN_FORCE), 3);
        b.validations.push(validationFor("count", { top: row, bottom: row, left: 2, right: 2 }, lang));
        b.rowHeights[row] = ROW_HEIGHT;
        row++;
      }
    lastRow = row - 1;
  }
  b.columnWidths.A = LABEL_WIDTH;
  for (let c = 2; c <= last; c++) b.columnWidths[colLetters(c)] = FIGURE_WIDTH;
  b.rowHeights[1] = wrappedHeight(title, 80, 26);
  b.name_(NAME.prior, { top: 3, left: 1, bottom: lastRow, right: last });
  const sheet = b.build({
    print: { orientation: "landscape", fitToWidth: true, onePage: true, blackAndWhite: true, printArea: `A1:${colLetters(last)}${lastRow}` },
    protect: true,
  });
  return { sheet, names: b.names };
}
