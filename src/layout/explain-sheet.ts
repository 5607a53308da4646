// The 说明 sheet: the clerk's explanations of accepted warnings as a plain, visible table that anyone
// can fill in by hand in any spreadsheet program (Excel, WPS, LibreOffice) — a how-to line, then
// 规则 | 单元格 | 说明 | 说明时的数值 | 记录时间 | 核对记录. The pane (both hosts), `xxgk explain` and
// `xxgk check` read and write this one table through its defined name. A row the pane or
// `xxgk explain` wrote carries its record (the finding's cells and values, as JSON) in the last
// column, which decides; a row without it is hand-written and matched when checked (explain/hand-rows).
// Workbooks laid out before layout 3 keep their explanations on the hidden notes sheet: they are read
// from there until 生成模板 / `xxgk template` upgrades the workbook and moves them here.
import type { Explanation } from "../explain/explanations";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { a1, colLetters, parseRange } from "./a1";
import { NAME, SHEET } from "./names";
import { blockGrid, RecordFullError, TEXT_FORMAT } from "./notes-sheet";
import type { BlockPlan } from "./notes-sheet";
import type { RangeRead } from "./read-types";
import { SheetBuilder } from "./sheet-builder";
import type { CellPlan, LayoutPlan, NamePlan, SheetPlan } from "./types";

/** Rows for explanations below the header (more warnings than this never occur in one report). */
export const EXPLAIN_CAPACITY = 300;
export const EXPLAIN_COLUMNS = 6;
const HEADER_ROW = 2;
/** The rows below the header, as the hosts write them. */
export const EXPLAIN_BLOCK: BlockPlan = { range: `A${HEADER_ROW + 1}:${colLetters(EXPLAIN_COLUMNS)}${HEADER_ROW + EXPLAIN_CAPACITY}`, rows: EXPLAIN_CAPACITY, cols: EXPLAIN_COLUMNS };

/** The header row in the sheet's language (positions, not words, say what a column holds). */
export const explainHeader = (lang: Lang = "zh-CN"): string[] => ["rule", "cell", "text", "figures", "at", "record"].map((c) => t(lang, `layout.explain.col.${c}`));

export function explanationsSheet(lang: Lang = "zh-CN"): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(SHEET.explanations, "explanations");
  b.text("note", 1, 1, t(lang, "layout.explain.howto"), 1, EXPLAIN_COLUMNS);
  b.rowHeights[1] = 96;
  explainHeader(lang).forEach((h, i) => b.text("header", HEADER_ROW, 1 + i, h));
  Object.assign(b.columnWidths, { A: 18, B: 22, C: 50, D: 22, E: 22, F: 30 });
  b.name_(NAME.explanations, { top: HEADER_ROW, left: 1, bottom: HEADER_ROW + EXPLAIN_CAPACITY, right: EXPLAIN_COLUMNS });
  // Visible and unprotected: the clerk types rows here.
  const sheet = b.build({ print: { orientation: "landscape", fitToWidth: true, blackAndWhite: true }, protect: false, freeze: { rows: HEADER_ROW, columns: 0 } });
  return { sheet, names: b.names };
}

interface Record_ {
  rule: string;
  cells: string[];
  values: string[];
}

const isRecord = (x: unknown): x is Record_ =>
  typeof x === "object" && x !== null && typeof (x as Record_).rule === "string" && Array.isArray((x as Record_).cells) && Array.isArray((x as Record_).values);

const ruleShown = (rule: string) => {
  const name = t("zh-CN", `rule.${rule}.name`);
  return name === `rule.${rule}.name` ? rule : `${rule} ${name}`;
};

export function explainRows(list: Explanation[]): string[][] {
  return list.map((e) => {
    if (e.hand) return [e.hand.rule, e.hand.cell, e.text, e.hand.figures, e.at, ""];
    const cell = e.shown?.cell ?? e.cells.join("、");
    const figures = e.shown?.figures ?? e.cells.map((k, i) => `${k}=${e.values[i] ?? ""}`).join("；");
    return [ruleShown(e.rule), cell, e.text, figures, e.at, JSON.stringify({ rule: e.rule, cells: e.cells, values: e.values.map(String) })];
  });
}

const str = (v: unknown) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : String(v).trim());

/** The explanations of the table as read through its name (header row first). */
export function explanationsFromSheet(range: RangeRead): Explanation[] {
  const top = parseRange(range.address).top;
  const out: Explanation[] = [];
  range.values.slice(1).forEach((raw, i) => {
    const [rule, cell, text, figures, at, record] = [0, 1, 2, 3, 4, 5].map((j) => str(raw[j]));
    if (!rule && !cell && !text && !figures && !record) return; // an empty row
    const row = top + 1 + i;
    let parsed: unknown = null;
    try {
      parsed = record ? JSON.parse(record) : null;
    } catch {
      parsed = null; // a damaged record: the row counts as hand-written, matched by what it shows
    }
    if (isRecord(parsed) && text) out.push({ rule: parsed.rule, cells: parsed.cells.map(String), values: parsed.values.map(String), text, at, shown: { cell, figures }, row });
    else out.push({ rule: "", cells: [], values: [], text, at, hand: { rule, cell, figures }, row });
  });
  return out;
}

/** The table's rows as the hosts write them: the list, then "" to the end so removed rows are cleared. */
export function explainGrid(list: Explanation[]): string[][] {
  return blockGrid(explainRows(list), EXPLAIN_BLOCK, "explanations");
}

/** The plan with `list` written into the 说明 table (both hosts and the .xlsx writer write the plan's cells). */
export function fillExplanations(plan: LayoutPlan, list: Explanation[]): LayoutPlan {
  if (list.length === 0) return plan;
  const rows = explainRows(list);
  if (rows.length > EXPLAIN_CAPACITY) throw new RecordFullError("explanations", rows.length, EXPLAIN_CAPACITY);
  const cells: CellPlan[] = rows.flatMap((row, i) =>
    row.map((value, j) => ({ address: a1(HEADER_ROW + 1 + i, 1 + j), role: "meta" as const, value, numberFormat: TEXT_FORMAT })),
  );
  return { ...plan, sheets: plan.sheets.map((s) => (s.role === "explanations" ? { ...s, cells: [...s.cells, ...cells] } : s)) };
}
