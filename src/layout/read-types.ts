// What a host reads back from a workbook, in a shape the Office host fills from ONE context.sync():
// for every defined name of namesToRead(), `names.getItemOrNullObject(n).getRangeOrNullObject()` with
// address, values and formulas loaded, plus the worksheet names. The ExcelJS host fills the same.
import { rangeA1 } from "./a1";
import type { RangePos } from "./a1";

/** One range as read: where it is now and what it holds. */
export interface RangeRead {
  /** The worksheet the range is on now (a renamed sheet shows its new name). */
  sheet: string;
  /** The range on that sheet without the sheet, e.g. "A2:J29" (Office's address after the "!"). */
  address: string;
  /** Cached values, row by row; formula cells hold their last result; empty cells "" or null. */
  values: unknown[][];
  /** Formulas ("=SUM(…)") where a cell has one, otherwise anything (Office gives the value). */
  formulas?: unknown[][];
}

export interface WorkbookRead {
  sheetNames: string[];
  /** By defined name; null or absent when the name is gone or refers to #REF!. */
  names: Record<string, RangeRead | null | undefined>;
}

/** A range read cell by cell, as the .xlsx readers do: `cell` gives a cell's value ("" when empty)
 *  and its formula when it has one (the formulas grid then holds the value, as Office gives it). */
export function readGrid(sheet: string, r: RangePos, cell: (row: number, col: number) => [unknown, unknown]): RangeRead {
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const vr: unknown[] = [];
    const fr: unknown[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const [v, f] = cell(row, col);
      vr.push(v);
      fr.push(f ?? v);
    }
    values.push(vr);
    formulas.push(fr);
  }
  return { sheet, address: rangeA1(r), values, formulas };
}
