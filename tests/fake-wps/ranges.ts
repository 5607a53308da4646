// The fake ET's Range and what hangs off it (Interior, Font, Borders, Validation, FormatConditions),
// over the Office fake's WorkbookModel, so both fakes keep one kind of state and the contract suite
// compares like with like. ET's own conventions are enforced here: 1-based rows and columns, Value2
// as a scalar for one cell and a 2-D array otherwise, empty cells as undefined, colours as BGR
// numbers, alignments and border styles as the numeric enum values, no "null skips a cell".
import { widthInPoints } from "../../src/excel/address";
import { areaA1, overlaps, parseArea } from "../fake-excel/address";
import type { Area } from "../fake-excel/address";
import { fakeError } from "../fake-excel/workbook-model";
import type { SheetModel } from "../fake-excel/workbook-model";
import type { FakeEtSheet } from "./sheets";
import { each, styleWrite, uniform } from "./cells";
import type { EtHost } from "./cells";
import { FakeBorder, FakeFont, FakeFormatConditions, FakeInterior, FakeValidation } from "./formats";

export { toBgr, toHex } from "./cells";
export type { EtHost } from "./cells";

const H = new Map<number, string>([[-4131, "Left"], [-4108, "Center"], [-4152, "Right"]]);
const V = new Map<number, string>([[-4160, "Top"], [-4108, "Center"], [-4107, "Bottom"]]);

export class FakeEtRange {
  constructor(
    readonly host: EtHost,
    readonly sheet: SheetModel,
    readonly area: Area,
  ) {}
  /** 1-based, as everywhere in ET (the model's areas are 0-based). */
  get Row(): number {
    return this.area.row + 1;
  }
  get Column(): number {
    return this.area.col + 1;
  }
  get Worksheet(): FakeEtSheet {
    return this.host.sheetObject(this.sheet);
  }
  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    const a = areaA1(this.area);
    if (!RowAbsolute && !ColumnAbsolute) return a;
    return a.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  }
  private grid<T>(fn: (row: number, col: number) => T): T | T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.area.rows; i++) {
      out.push([]);
      for (let j = 0; j < this.area.cols; j++) out[i].push(fn(this.area.row + i, this.area.col + j));
    }
    return this.area.rows === 1 && this.area.cols === 1 ? out[0][0] : out;
  }
  get Value2(): unknown {
    return this.grid((row, col) => {
      const v = this.host.model.displayValue(this.sheet, row, col);
      return v === "" ? undefined : v;
    });
  }
  set Value2(v: unknown) {
    this.put(v);
  }
  get Formula(): unknown {
    // VBA's Range.Formula: the formula, or the constant as text ("" for an empty cell).
    return this.grid((row, col) => {
      const c = this.host.model.peek(this.sheet, row, col);
      if (!c) return "";
      return c.formula ?? (c.value === null ? "" : String(c.value));
    });
  }
  set Formula(v: unknown) {
    this.put(v);
  }
  /** A scalar fills the range; a 2-D array must match it. null/undefined EMPTY the cell (ET has no "skip"). */
  private put(v: unknown): void {
    const rows = Array.isArray(v) ? (v as unknown[]) : null;
    if (rows && (rows.length !== this.area.rows || rows.some((r) => !Array.isArray(r) || r.length !== this.area.cols)))
      throw fakeError("InvalidArgument", `a ${rows.length}-row array written to ${areaA1(this.area)}`);
    for (let i = 0; i < this.area.rows; i++)
      for (let j = 0; j < this.area.cols; j++) {
        const x = rows ? (rows[i] as unknown[])[j] : v;
        const val = x === null || x === undefined ? "" : x;
        if (typeof val !== "string" && typeof val !== "number" && typeof val !== "boolean") throw fakeError("InvalidArgument", `cannot write ${typeof val}`);
        this.host.model.write(this.sheet, this.area.row + i, this.area.col + j, val, true);
      }
    this.host.changed(this.sheet, this.area);
  }
  get NumberFormat(): unknown {
    return uniform(this, (c) => c.numberFormat);
  }
  set NumberFormat(v: unknown) {
    if (typeof v !== "string") throw fakeError("InvalidArgument", "ET's NumberFormat is one string for the whole range");
    styleWrite(this, (c) => void (c.numberFormat = v));
  }
  get HorizontalAlignment(): unknown {
    return uniform(this, (c) => c.style.horizontal ?? "General");
  }
  set HorizontalAlignment(v: unknown) {
    const s = H.get(v as number);
    if (!s) throw fakeError("InvalidArgument", `HorizontalAlignment ${String(v)}: an XlHAlign number`);
    styleWrite(this, (c) => void (c.style.horizontal = s));
  }
  get VerticalAlignment(): unknown {
    return uniform(this, (c) => c.style.vertical ?? "Bottom");
  }
  set VerticalAlignment(v: unknown) {
    const s = V.get(v as number);
    if (!s) throw fakeError("InvalidArgument", `VerticalAlignment ${String(v)}: an XlVAlign number`);
    styleWrite(this, (c) => void (c.style.vertical = s));
  }
  get WrapText(): unknown {
    return uniform(this, (c) => c.style.wrap ?? false);
  }
  set WrapText(v: unknown) {
    styleWrite(this, (c) => void (c.style.wrap = Boolean(v)));
  }
  get Locked(): unknown {
    return uniform(this, (c) => c.style.locked);
  }
  set Locked(v: unknown) {
    if (this.sheet.protected) throw fakeError("AccessDenied", "Locked on a protected sheet");
    each(this, (c) => void (c.style.locked = Boolean(v)));
  }
  get ColumnWidth(): unknown {
    return null;
  }
  set ColumnWidth(chars: unknown) {
    this.host.model.assertUnprotected(this.sheet, "ColumnWidth", "allowFormatColumns");
    for (let j = 0; j < this.area.cols; j++) this.sheet.columnWidths.set(this.area.col + j, widthInPoints(chars as number));
  }
  get RowHeight(): unknown {
    return null;
  }
  set RowHeight(points: unknown) {
    this.host.model.assertUnprotected(this.sheet, "RowHeight", "allowFormatRows");
    for (let i = 0; i < this.area.rows; i++) this.sheet.rowHeights.set(this.area.row + i, points as number);
  }
  get MergeCells(): boolean {
    return this.sheet.merges.some((m) => overlaps(m, this.area));
  }
  Merge(Across?: boolean): void {
    this.host.model.merge(this.sheet, this.area, Boolean(Across));
  }
  UnMerge(): void {
    this.host.model.unmerge(this.sheet, this.area);
  }
  Clear(): boolean {
    this.host.model.assertUnprotected(this.sheet, "Clear");
    for (const k of [...this.sheet.cells.keys()]) {
      const [row, col] = k.split(",").map(Number);
      if (row >= this.area.row && row < this.area.row + this.area.rows && col >= this.area.col && col < this.area.col + this.area.cols) this.sheet.cells.delete(k);
    }
    this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, this.area));
    this.sheet.validations = this.sheet.validations.filter((m) => !overlaps(m.area, this.area));
    this.sheet.conditionalFormats = this.sheet.conditionalFormats.filter((m) => !overlaps(m.area, this.area));
    this.host.changed(this.sheet, this.area);
    return true;
  }
  Select(): boolean {
    // As in Excel's VBA: Range.Select fails unless the range's sheet is the active one.
    if (this.host.model.activeSheet !== this.sheet) throw fakeError("InvalidOperation", `Select on ${this.sheet.name}, which is not the active sheet`);
    this.host.model.selection = { sheet: this.sheet, area: { ...this.area } };
    return true;
  }
  get Interior(): FakeInterior {
    return new FakeInterior(this);
  }
  get Font(): FakeFont {
    return new FakeFont(this);
  }
  get Borders(): { Item(Index: number): FakeBorder } {
    return { Item: (i: number) => new FakeBorder(this, i) };
  }
  get Validation(): FakeValidation {
    return new FakeValidation(this);
  }
  get FormatConditions(): FakeFormatConditions {
    return new FakeFormatConditions(this);
  }
}

/** "A1", "A1:B2", "$A$1:$B$2" on `sheet`; ET addresses are 1-based like the model's areas. */
export function rangeAt(host: EtHost, sheet: SheetModel, address: string): FakeEtRange {
  return new FakeEtRange(host, sheet, parseArea(address.replace(/\$/g, "")));
}

