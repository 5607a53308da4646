// The hidden sheet the add-in keeps its own records on: the clerk's explanations (说明) of accepted
// warnings, and which cells 校验 highlighted (with their fill before), so the next check can undo
// exactly its own highlights. veryHidden like the meta sheet (the clerk never reaches it); not
// protected, so saving an explanation or the record is one plain write that never has to lift
// protection (which would clear the clerk's Undo). Each record is a fixed block under a defined name: reading it is
// part of the one read sync (the block's size is known before the sync), and rewriting it never
// needs the name re-pointed.
import { EXPLANATION_COLUMNS, explanationsFromRows, explanationsToRows } from "../explain/explanations";
import type { Explanation } from "../explain/explanations";
import { UserError } from "../i18n/user-error";
import { a1, colLetters, rangeA1 } from "./a1";
import { NAME, SHEET } from "./names";
import type { RangeRead } from "./read-types";
import { SheetBuilder } from "./sheet-builder";
import type { CellPlan, LayoutPlan, NamePlan, SheetPlan } from "./types";

/** Rows of the explanation block below its header (more warnings than this never occur in one report). */
export const NOTES_CAPACITY = 300;
/** Rows of the highlight record: more than every figure and label cell of the largest table set. */
export const MARKS_CAPACITY = 400;

export const MARK_COLUMNS = ["sheet", "address", "key", "kind", "original", "fill"] as const;

const NOTES_LEFT = 1; // A
const MARKS_LEFT = NOTES_LEFT + EXPLANATION_COLUMNS.length + 1; // G, one empty column between

/** Text, so Excel keeps "12" and ISO times as typed rather than turning them into numbers or dates. */
export const TEXT_FORMAT = "@";

export interface BlockPlan {
  /** The block's rows below the header, e.g. "A2:E301". */
  range: string;
  rows: number;
  cols: number;
}

const block = (left: number, cols: number, rows: number): BlockPlan => ({
  range: rangeA1({ top: 2, left, bottom: 1 + rows, right: left + cols - 1 }),
  rows,
  cols,
});

export const NOTES_BLOCK = block(NOTES_LEFT, EXPLANATION_COLUMNS.length, NOTES_CAPACITY);
export const MARKS_BLOCK = block(MARKS_LEFT, MARK_COLUMNS.length, MARKS_CAPACITY);

export function notesSheet(): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(SHEET.notes, "notes");
  EXPLANATION_COLUMNS.forEach((c, i) => b.text("meta", 1, NOTES_LEFT + i, c));
  MARK_COLUMNS.forEach((c, i) => b.text("meta", 1, MARKS_LEFT + i, c));
  for (let c = NOTES_LEFT; c < MARKS_LEFT + MARK_COLUMNS.length; c++) b.columnWidths[colLetters(c)] = 14;
  b.columnWidths[colLetters(NOTES_LEFT + 3)] = 60; // the explanation text
  b.name_(NAME.notes, { top: 1, left: NOTES_LEFT, bottom: 1 + NOTES_CAPACITY, right: NOTES_LEFT + EXPLANATION_COLUMNS.length - 1 });
  b.name_(NAME.marks, { top: 1, left: MARKS_LEFT, bottom: 1 + MARKS_CAPACITY, right: MARKS_LEFT + MARK_COLUMNS.length - 1 });
  const sheet = b.build({ print: { orientation: "portrait", fitToWidth: true }, protect: false, visibility: "veryHidden" });
  return { sheet, names: b.names };
}

/** Thrown when a record does not fit its block; the host shows the message id. */
export class RecordFullError extends UserError {
  constructor(what: string, count: number, capacity: number) {
    super("excel.notes.full", { count, capacity }, `${what}: ${count} rows do not fit ${capacity}`);
  }
}

/** A whole block as the host writes it: the rows, then "" to the end so older rows are cleared. */
export function blockGrid(rows: string[][], b: BlockPlan, what: string): string[][] {
  if (rows.length > b.rows) throw new RecordFullError(what, rows.length, b.rows);
  return Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.cols }, (_, j) => rows[i]?.[j] ?? ""));
}

/** The explanation block's contents, for the Office host's one write. */
export function notesGrid(list: Explanation[]): string[][] {
  return blockGrid(explanationsToRows(list), NOTES_BLOCK, "explanations");
}

/** The number format grid that keeps a block's cells as text. */
export function textFormatGrid(b: BlockPlan): string[][] {
  return Array.from({ length: b.rows }, () => new Array<string>(b.cols).fill(TEXT_FORMAT));
}

/** The rows of a named block as read (header row dropped). */
export function blockRows(range: RangeRead | null | undefined): unknown[][] {
  return range ? range.values.slice(1) : [];
}

export function explanationsFromRead(range: RangeRead | null | undefined): Explanation[] {
  return explanationsFromRows(blockRows(range));
}

/** The plan with `list` written into the explanation block (both hosts write the plan's cells). */
export function fillNotes(plan: LayoutPlan, list: Explanation[]): LayoutPlan {
  if (list.length === 0) return plan;
  const rows = explanationsToRows(list);
  if (rows.length > NOTES_CAPACITY) throw new RecordFullError("explanations", rows.length, NOTES_CAPACITY);
  const cells: CellPlan[] = rows.flatMap((row, i) =>
    row.map((value, j) => ({ address: a1(2 + i, NOTES_LEFT + j), role: "meta" as const, value, numberFormat: TEXT_FORMAT })),
  );
  return { ...plan, sheets: plan.sheets.map((s) => (s.role === "notes" ? { ...s, cells: [...s.cells, ...cells] } : s)) };
}
