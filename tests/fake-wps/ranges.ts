// The fake ET's Range and what hangs off it (Interior, Font, Borders, Validation, FormatConditions),
// over the Office fake's WorkbookModel, so both fakes keep one kind of state and the contract suite
// compares like with like. ET's own conventions are enforced here: 1-based rows and columns, Value2
// as a scalar for one cell and a 2-D array otherwise, empty cells as undefined, colours as BGR
// numbers, alignments and border styles as the numeric enum values, no "null skips a cell".
import { widthInPoints } from "../../src/excel/address";
import { areaA1, overlaps, parseArea } from "../fake-excel/address";
import type { Area } from "../fake-excel/address";
import { fakeError } from "../fake-excel/workbook-model";
import type { CellModel, SheetModel, WorkbookModel } from "../fake-excel/workbook-model";
import type { FakeEtSheet } from "./sheets";

export const toHex = (bgr: unknown): string => {
  if (typeof bgr !== "number" || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) throw fakeError("InvalidArgument", `ET colours are BGR numbers, not ${String(bgr)}`);
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("").toUpperCase()}`;
};
export const toBgr = (hex: string): number => parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16) * 256 + parseInt(hex.slice(5, 7), 16) * 65536;

const H = new Map<number, string>([[-4131, "Left"], [-4108, "Center"], [-4152, "Right"]]);
const V = new Map<number, string>([[-4160, "Top"], [-4108, "Center"], [-4107, "Bottom"]]);

/** The workbook the Range objects write into, with SheetChange raised after each content write. */
export interface EtHost {
  model: WorkbookModel;
  sheetObject(s: SheetModel): FakeEtSheet;
  changed(s: SheetModel, area: Area): void;
}

function each(r: FakeEtRange, fn: (c: CellModel, row: number, col: number) => void): void {
  for (let i = 0; i < r.area.rows; i++) for (let j = 0; j < r.area.cols; j++) fn(r.host.model.cell(r.sheet, r.area.row + i, r.area.col + j), r.area.row + i, r.area.col + j);
}
function uniform<T>(r: FakeEtRange, get: (c: CellModel) => T): T | null {
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
function styleWrite(r: FakeEtRange, fn: (c: CellModel, row: number, col: number) => void): void {
  r.host.model.assertUnprotected(r.sheet, "format", "allowFormatCells");
  each(r, fn);
}

class FakeInterior {
  constructor(private r: FakeEtRange) {}
  get Color(): unknown {
    const f = uniform(this.r, (c) => c.style.fill ?? null);
    return f === null ? (uniform(this.r, (c) => c.style.fill ?? "") === "" ? 0xffffff : null) : toBgr(f);
  }
  set Color(v: unknown) {
    const hex = toHex(v);
    styleWrite(this.r, (c) => void (c.style.fill = hex));
  }
  get ColorIndex(): unknown {
    return uniform(this.r, (c) => (c.style.fill ? 0 : -4142)) ?? null;
  }
  set ColorIndex(v: unknown) {
    if (v !== -4142) throw fakeError("InvalidArgument", "the fake takes ColorIndex xlNone (-4142) only");
    styleWrite(this.r, (c) => void delete c.style.fill);
  }
}

class FakeFont {
  constructor(private r: FakeEtRange) {}
  get Name(): string | undefined {
    return uniform(this.r, (c) => c.style.fontName) ?? undefined;
  }
  set Name(v: string | undefined) {
    styleWrite(this.r, (c) => void (c.style.fontName = v));
  }
  get Size(): number {
    return uniform(this.r, (c) => c.style.fontSize ?? 11) as number;
  }
  set Size(v: number) {
    styleWrite(this.r, (c) => void (c.style.fontSize = v));
  }
  get Bold(): boolean {
    return uniform(this.r, (c) => c.style.bold ?? false) as boolean;
  }
  set Bold(v: boolean) {
    styleWrite(this.r, (c) => void (c.style.bold = v));
  }
  get Color(): number {
    return toBgr(uniform(this.r, (c) => c.style.fontColor ?? "#000000") ?? "#000000");
  }
  set Color(v: number) {
    const hex = toHex(v);
    styleWrite(this.r, (c) => void (c.style.fontColor = hex));
  }
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";
/** XlBordersIndex → which edge of which cell (inside lines paint the cells' shared edges). */
function edges(index: number, a: Area, row: number, col: number): Edge[] {
  const lastRow = a.row + a.rows - 1;
  const lastCol = a.col + a.cols - 1;
  switch (index) {
    case 8:
      return row === a.row ? ["EdgeTop"] : [];
    case 9:
      return row === lastRow ? ["EdgeBottom"] : [];
    case 7:
      return col === a.col ? ["EdgeLeft"] : [];
    case 10:
      return col === lastCol ? ["EdgeRight"] : [];
    case 12:
      return [...(row > a.row ? ["EdgeTop" as const] : []), ...(row < lastRow ? ["EdgeBottom" as const] : [])];
    case 11:
      return [...(col > a.col ? ["EdgeLeft" as const] : []), ...(col < lastCol ? ["EdgeRight" as const] : [])];
    default:
      throw fakeError("InvalidArgument", `no XlBordersIndex ${index}`);
  }
}
const LINE = new Map<number, string>([[1, "Continuous"], [-4142, "None"]]);
const WEIGHT = new Map<number, string>([[2, "Thin"], [-4138, "Medium"], [4, "Thick"]]);

class FakeBorder {
  constructor(
    private r: FakeEtRange,
    private index: number,
  ) {}
  private put(k: "style" | "weight" | "color", v: string): void {
    styleWrite(this.r, (c, row, col) => {
      for (const e of edges(this.index, this.r.area, row, col)) c.style.borders[e] = { ...c.style.borders[e], [k]: v };
    });
  }
  set LineStyle(v: number | boolean) {
    const s = typeof v === "number" ? LINE.get(v) : undefined;
    if (!s) throw fakeError("InvalidArgument", `LineStyle ${String(v)}`);
    this.put("style", s);
  }
  get LineStyle(): number | boolean {
    return 1;
  }
  set Weight(v: number) {
    const s = WEIGHT.get(v);
    if (!s) throw fakeError("InvalidArgument", `Weight ${v}`);
    this.put("weight", s);
  }
  get Weight(): number {
    return 2;
  }
  set Color(v: number) {
    this.put("color", toHex(v));
  }
  get Color(): number {
    return 0;
  }
}

class FakeValidation {
  private pending: { title?: string; message?: string; errTitle?: string; errMessage?: string } = {};
  constructor(private r: FakeEtRange) {}
  private entry() {
    const e = this.r.sheet.validations.find((v) => v.area.row === this.r.area.row && v.area.col === this.r.area.col && v.area.rows === this.r.area.rows && v.area.cols === this.r.area.cols);
    if (!e) throw fakeError("InvalidOperation", `no validation on ${areaA1(this.r.area)}: Add() first`);
    return e as { prompt?: { showPrompt?: boolean; title?: string; message?: string }; errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string }; ignoreBlanks?: boolean };
  }
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void {
    this.r.host.model.assertUnprotected(this.r.sheet, "Validation.Add");
    if (this.r.sheet.validations.some((v) => overlaps(v.area, this.r.area))) throw fakeError("InvalidOperation", "Validation.Add over an existing validation: Delete() first");
    const kind = Type === 1 ? "wholeNumber" : Type === 2 ? "decimal" : null;
    if (!kind || Operator !== 7 || AlertStyle !== 1) throw fakeError("InvalidArgument", `the fake knows whole/decimal ≥ with a stop alert, not ${Type}/${Operator}/${AlertStyle}`);
    this.r.sheet.validations.push({
      area: { ...this.r.area },
      rule: { [kind]: { formula1: Number(Formula1), operator: "GreaterThanOrEqualTo" } },
      prompt: { showPrompt: false },
      errorAlert: { showAlert: false, style: "Stop" },
    });
  }
  Delete(): void {
    this.r.host.model.assertUnprotected(this.r.sheet, "Validation.Delete");
    this.r.sheet.validations = this.r.sheet.validations.filter((v) => !overlaps(v.area, this.r.area));
  }
  set IgnoreBlank(v: boolean) {
    this.entry().ignoreBlanks = v;
  }
  set InputTitle(v: string) {
    const e = this.entry();
    e.prompt = { ...e.prompt, title: v };
  }
  set InputMessage(v: string) {
    const e = this.entry();
    e.prompt = { ...e.prompt, message: v };
  }
  set ShowInput(v: boolean) {
    const e = this.entry();
    e.prompt = { ...e.prompt, showPrompt: v };
  }
  set ErrorTitle(v: string) {
    const e = this.entry();
    e.errorAlert = { ...e.errorAlert, title: v };
  }
  set ErrorMessage(v: string) {
    const e = this.entry();
    e.errorAlert = { ...e.errorAlert, message: v };
  }
  set ShowError(v: boolean) {
    const e = this.entry();
    e.errorAlert = { ...e.errorAlert, showAlert: v };
  }
}

class FakeFormatConditions {
  constructor(private r: FakeEtRange) {}
  get Count(): number {
    return this.r.sheet.conditionalFormats.filter((c) => overlaps(c.area, this.r.area)).length;
  }
  Add(Type: number, _Operator?: unknown, Formula1?: unknown): unknown {
    if (Type !== 2) throw fakeError("InvalidArgument", `FormatConditions.Add type ${String(Type)}: the fake knows xlExpression (2) only`);
    if (typeof Formula1 !== "string" || !Formula1.startsWith("=")) throw fakeError("InvalidArgument", `xlExpression wants "=formula", not ${String(Formula1)}`);
    this.r.host.model.assertUnprotected(this.r.sheet, "FormatConditions.Add", "allowFormatCells");
    const entry: { area: Area; formula?: string; fill?: string; fontColor?: string; bold?: boolean } = { area: { ...this.r.area }, formula: Formula1 };
    this.r.sheet.conditionalFormats.push(entry);
    return {
      Interior: {
        set Color(v: unknown) {
          entry.fill = toHex(v);
        },
      },
      Font: {
        set Color(v: unknown) {
          entry.fontColor = toHex(v);
        },
        set Bold(v: boolean) {
          entry.bold = v;
        },
      },
    };
  }
  Delete(): void {
    this.r.host.model.assertUnprotected(this.r.sheet, "FormatConditions.Delete", "allowFormatCells");
    this.r.sheet.conditionalFormats = this.r.sheet.conditionalFormats.filter((c) => !overlaps(c.area, this.r.area));
  }
}

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

