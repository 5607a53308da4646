// What a host reads back from a workbook, in a shape the Office host fills from ONE context.sync():
// for every defined name of namesToRead(), `names.getItemOrNullObject(n).getRangeOrNullObject()` with
// address, values and formulas loaded, plus the worksheet names. The ExcelJS host fills the same.

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
