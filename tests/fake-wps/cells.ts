// The fake ET's shared pieces: colours as ET hands them over (BGR numbers), the host the Range
// objects write into, and cell-wise reads and format writes over the Office fake's model.
import type { Area } from "../fake-excel/address";
import { fakeError } from "../fake-excel/workbook-model";
import type { CellModel, SheetModel, WorkbookModel } from "../fake-excel/workbook-model";
import type { FakeEtRange } from "./ranges";
import type { FakeEtSheet } from "./sheets";

export const toHex = (bgr: unknown): string => {
  if (typeof bgr !== "number" || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) throw fakeError("InvalidArgument", `ET colours are BGR numbers, not ${String(bgr)}`);
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
};
export const toBgr = (hex: string): number => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) * 256 + parseInt(hex.slice(5, 7), 16) * 65536;


/** The workbook the Range objects write into, with SheetChange raised after each content write. */
export interface EtHost {
  model: WorkbookModel;
  sheetObject(s: SheetModel): FakeEtSheet;
  changed(s: SheetModel, area: Area): void;
}

export function each(r: FakeEtRange, fn: (c: CellModel, row: number, col: number) => void): void {
  for (let i = 0; i < r.area.rows; i++) for (let j = 0; j < r.area.cols; j++) fn(r.host.model.cell(r.sheet, r.area.row + i, r.area.col + j), r.area.row + i, r.area.col + j);
}
export function uniform<T>(r: FakeEtRange, get: (c: CellModel) => T): T | null {
  let out: T | null = null;
  let first = true;
  let mixed = false;
  each(r, (c) => {
    const v = get(c);
    if (!first && v !== out) mixed = true;
    out = v;
    first = false;
  });
  return mixed ? null : out;
}
/** A format write: refused on a protected sheet unless it was protected allowing formatting. */
export function styleWrite(r: FakeEtRange, fn: (c: CellModel, row: number, col: number) => void): void {
  r.host.model.assertUnprotected(r.sheet, "format", "allowFormatCells");
  each(r, fn);
}
