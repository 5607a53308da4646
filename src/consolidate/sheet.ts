// The 明细 sheet as a layout plan piece — one row per body, one column per figure, with source file,
// year and status — and the consolidated report's plan, whose table inputs are formulas over it:
// =SUM of the figure's column, so every total traces to its parts in the spreadsheet itself.
import { getFormat } from "../format";
import type { CellKey, FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { absRange, colLetters, quoteSheet } from "../layout/a1";
import { sheetValue } from "../layout/fill";
import { planLayout } from "../layout/plan";
import { SheetBuilder } from "../layout/sheet-builder";
import type { LayoutPlan, NamePlan, SheetPlan } from "../layout/types";
import type { PartFigures } from "../model/report";
import { cellLabel } from "../rules/cell-label";
import { partKeys } from "./keys";
import { FIRST_PART_ROW, FIXED_COLUMNS, HEADER_ROW, KEY_ROW, PARTS_NAME, PARTS_SHEET } from "./names";
import { BLANK } from "../model/cell";
import { UNKNOWN_MARK, consolidate } from "./sum";

export interface PartsSheet {
  sheet: SheetPlan;
  names: NamePlan[];
  /** The 明细 column (1-based) of each figure key. */
  columnOf: Map<CellKey, number>;
}

export function partsSheet(format: FormatId, parts: PartFigures[], title: string, lang: Lang): PartsSheet {
  const f = getFormat(format);
  const keys = partKeys(f);
  const last = FIXED_COLUMNS + keys.length;
  const b = new SheetBuilder(PARTS_SHEET, "parts");
  b.text("title", 1, 1, title, 1, FIXED_COLUMNS);
  ["body", "file", "year", "status"].forEach((h, i) => b.text("header", HEADER_ROW, 1 + i, t(lang, `consolidate.sheet.${h}`)));
  b.text("note", KEY_ROW, 1, t(lang, "consolidate.sheet.keys"), KEY_ROW, FIXED_COLUMNS);
  const columnOf = new Map<CellKey, number>();
  keys.forEach((key, i) => {
    const col = FIXED_COLUMNS + 1 + i;
    columnOf.set(key, col);
    b.text("header", HEADER_ROW, col, cellLabel(f, key, lang));
    b.text("note", KEY_ROW, col, key);
    b.columnWidths[colLetters(col)] = 14;
  });
  parts.forEach((p, i) => {
    const row = FIRST_PART_ROW + i;
    b.text("label", row, 1, p.body);
    if (p.file) b.text("label", row, 2, p.file);
    if (p.year !== null) b.cells.push({ address: `C${row}`, role: "label", value: p.year });
    b.text("label", row, 4, t(lang, `consolidate.status.${p.status}`));
    keys.forEach((key, j) => {
      const value = sheetValue(p.cells[key]);
      const cell = { address: `${colLetters(FIXED_COLUMNS + 1 + j)}${row}`, role: "input" as const };
      b.cells.push(value === undefined ? cell : { ...cell, value });
    });
  });
  Object.assign(b.columnWidths, { A: 28, B: 26, C: 8, D: 10 });
  b.rowHeights[HEADER_ROW] = 60;
  const bottom = FIRST_PART_ROW + Math.max(parts.length, 1) - 1;
  b.name_(PARTS_NAME, { top: HEADER_ROW, left: 1, bottom, right: last });
  const sheet = b.build({
    print: { orientation: "landscape", fitToWidth: false, printArea: `A1:${colLetters(last)}${bottom}` },
    protect: false,
    freeze: { rows: KEY_ROW, columns: 1 },
  });
  return { sheet, names: b.names, columnOf };
}

/** The column's SUM when every part holds a figure; blank when every part is blank; else the mark —
 *  the spreadsheet, like sumCell, never shows a partial sum as if it were whole. */
function sumFormula(col: number, rows: number, unknown: string): string {
  const r = `${quoteSheet(PARTS_SHEET)}!${absRange({ top: FIRST_PART_ROW, bottom: FIRST_PART_ROW + rows - 1, left: col, right: col })}`;
  return `=IF(COUNT(${r})=ROWS(${r}),SUM(${r}),IF(COUNTBLANK(${r})=ROWS(${r}),"","${unknown}"))`;
}

export interface ConsolidatedPlanOptions {
  year: number | null;
  agency: string | null;
  lang?: Lang;
}

/** The report workbook of a consolidation: the template, its table inputs summed over 明细. */
export function consolidatedPlan(format: FormatId, parts: PartFigures[], opts: ConsolidatedPlanOptions): LayoutPlan {
  const lang = opts.lang ?? "zh-CN";
  const base = planLayout(format, { year: opts.year, agency: opts.agency, lang });
  const title = t(lang, "consolidate.sheet.title", { agency: opts.agency ?? "", year: opts.year ?? "" });
  // Parts from an older 明细 get their totals (their inputs' sums) before they are laid out.
  const sums = consolidate(format, parts, opts.year, opts.agency);
  const piece = partsSheet(format, sums.report.parts ?? parts, title, lang);
  const unknown = UNKNOWN_MARK;
  const sheets = base.sheets.map((s) => ({
    ...s,
    cells: s.cells.map((c) => {
      const col = (c.role === "input" || c.role === "total") && c.key ? piece.columnOf.get(c.key) : undefined;
      if (col === undefined || !c.key) return c;
      const sum = sums.report.cells[c.key as CellKey] ?? BLANK;
      const result = sum.kind === "number" ? sum.value : sum.kind === "blank" ? "" : unknown;
      return { ...c, formula: sumFormula(col, Math.max(parts.length, 1), unknown), result };
    }),
  }));
  // 明细 right after the tables, before the reference and hidden sheets.
  const at = sheets.findIndex((s) => s.role === "t4") + 1;
  sheets.splice(at, 0, piece.sheet);
  return { ...base, sheets, names: [...base.names, ...piece.names] };
}
