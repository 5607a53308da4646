// What highlighting needs to know, loaded in the check's one read sync: the current fill of every
// cell of the named tables (each cell its own range: ExcelApi 1.8 reports a mixed range's fill as
// null, and per-cell properties need 1.9), which sheets refuse the highlights' writes as protected
// (only a workbook laid out by an older version: see layout/protection.ts), and the record of the last
// highlights (the XXGK_MARKS block, read with the other names). The cells are taken through the
// defined names, so a renamed sheet or a moved table is still found.
import { marksFromRows } from "../check/highlight-plan";
import type { HighlightMark } from "../check/highlight-plan";
import { a1, parseRange, rangeCols, rangeRows } from "../layout/a1";
import { MARKS_BLOCK, blockRows } from "../layout/notes-sheet";
import { NAME, SHEET } from "../layout/names";
import { planLayout } from "../layout/plan";
import type { WorkbookRead } from "../layout/read-types";
import { splitAddress } from "./address";
import type { XRangeFill } from "./api";
import { present } from "./read-workbook";
import type { NamedRange } from "./read-workbook";

/** Handed from readReport to writeHighlights; its contents are the host's business. */
export interface HighlightState {
  /** Current fill by "sheet!A1" (null: none); cells absent were not read. */
  readonly fills: ReadonlyMap<string, string | null>;
  /** The last check's highlights, from the notes sheet. */
  readonly marks: HighlightMark[];
  /** Sheets whose protection refuses the highlights' writes (an older layout): fills on a sheet
   *  protected without allowFormatCells; any write to a protected record sheet. */
  readonly lockedSheets: ReadonlySet<string>;
  /** False when the workbook has no record block (an older layout): nothing is highlighted then. */
  readonly recordable: boolean;
  /** The sheet the record is on (the notes sheet, wherever its name now points). */
  readonly recordSheet: string;
  /** Why nothing can be highlighted, when recordable is false (a message id). */
  readonly note?: string;
}

/** When the fills could not be read (a table's name deleted): nothing is painted or undone. */
export function unavailableState(read: WorkbookRead): HighlightState {
  return { fills: new Map(), marks: [], lockedSheets: new Set(), recordable: false, recordSheet: marksOf(read).recordSheet, note: "excel.highlight.damaged" };
}

/** The tables a finding can point into, each loaded at the larger of the two formats' sizes. */
const REGIONS = [NAME.t2, NAME.t3, NAME.t4, NAME.prior];

/** Two plans to build, so once per pane: every check asks. */
let sizes: { name: string; rows: number; cols: number }[] | undefined;
export function regionSizes(): { name: string; rows: number; cols: number }[] {
  if (sizes) return sizes;
  const names = [...planLayout("2021").names, ...planLayout("2019").names];
  sizes = REGIONS.map((name) => {
    const all = names.filter((n) => n.name === name).map((n) => parseRange(n.range));
    return { name, rows: Math.max(...all.map(rangeRows)), cols: Math.max(...all.map(rangeCols)) };
  });
  return sizes;
}

/** Queues the fill loads (Range.getCell and RangeFill.color: ExcelApi 1.1); the returned function
 *  collects them after the caller's sync. `named` reaches the tables' names (read-workbook.ts). */
export function queueFillRead(named: NamedRange): () => Map<string, string | null> {
  const regions = regionSizes().flatMap(({ name, rows, cols }) => {
    const p = named(name);
    if (!p) return [];
    const base = p.range.load("address");
    const cells: XRangeFill[][] = [];
    for (let i = 0; i < rows; i++) {
      cells.push([]);
      for (let j = 0; j < cols; j++) cells[i].push(base.getCell(i, j).format.fill.load("color"));
    }
    return [{ p, cells }];
  });
  return () => {
    const fills = new Map<string, string | null>();
    for (const { p, cells } of regions) {
      const base = present(p);
      if (!base) continue;
      const { sheet, local } = splitAddress(base.address);
      const top = parseRange(local);
      cells.forEach((row, i) => row.forEach((fill, j) => fills.set(`${sheet}!${a1(top.top + i, top.left + j)}`, fill.color ?? null)));
    }
    return fills;
  };
}

/** The record as read with the other names; unusable unless the block has its planned size. */
export function marksOf(read: WorkbookRead): { marks: HighlightMark[]; recordable: boolean; recordSheet: string } {
  const r = read.names[NAME.marks];
  const planned = parseRange(MARKS_BLOCK.range);
  const recordable = Boolean(r) && r!.values.length === rangeRows(planned) + 1 && r!.values[0]?.length === rangeCols(planned);
  return { marks: recordable ? marksFromRows(blockRows(r)) : [], recordable, recordSheet: r?.sheet ?? SHEET.notes };
}
