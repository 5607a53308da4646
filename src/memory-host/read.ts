// Reading the in-memory workbook back in the shape every host hands the pure core
// (layout/read-types.ts): each defined name's range with computed values and formulas, the sheet
// names, and the used range of the sheets a layout plans (for its conflict check).
import type { RangePos } from "../layout/a1";
import { readGrid } from "../layout/read-types";
import type { RangeRead, WorkbookRead } from "../layout/read-types";
import { namesToRead } from "../layout/readback";
import type { MemorySheet, MemoryWorkbook } from "./workbook";

export interface MemorySnapshot {
  read: WorkbookRead;
  /** The used range of each requested sheet that exists and is not empty. */
  sheets: Record<string, RangeRead>;
}

export function rangeRead(wb: MemoryWorkbook, sheet: MemorySheet, r: RangePos): RangeRead {
  return readGrid(sheet.name, r, (row, col) => [wb.shown(sheet, row, col), wb.cell(sheet, row, col)?.formula]);
}

export function readWorkbook(wb: MemoryWorkbook, sheetsToScan: string[] = []): MemorySnapshot {
  const read: WorkbookRead = { sheetNames: wb.sheets.map((s) => s.name), names: {} };
  for (const n of namesToRead()) {
    const name = wb.name(n);
    if (name) read.names[n] = rangeRead(wb, name.sheet, name.range);
  }
  const sheets: Record<string, RangeRead> = {};
  for (const s of sheetsToScan) {
    const sheet = wb.sheet(s);
    const used = sheet ? wb.usedRange(sheet) : null;
    if (sheet && used) sheets[sheet.name] = rangeRead(wb, sheet, used);
  }
  return { read, sheets };
}
