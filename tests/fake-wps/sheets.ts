// The fake ET's Worksheet, Sheets, Names, Workbook and Application (see index.ts).
import { parseArea } from "../fake-excel/address";
import { fakeError } from "../fake-excel/workbook-model";
import type { SheetModel } from "../fake-excel/workbook-model";
import { FakeEtRange, rangeAt } from "./ranges";
import type { EtHost } from "./ranges";

const VISIBILITY = new Map<number, SheetModel["visibility"]>([[-1, "Visible"], [0, "Hidden"], [2, "VeryHidden"]]);
const ORIENTATION = new Map<number, string>([[1, "Portrait"], [2, "Landscape"]]);

class FakePageSetup {
  constructor(private s: SheetModel) {}
  private get l() {
    return this.s.pageLayout;
  }
  set Orientation(v: number) {
    const o = ORIENTATION.get(v);
    if (!o) throw fakeError("InvalidArgument", `Orientation ${v}`);
    this.l.orientation = o;
  }
  set PaperSize(v: number) {
    if (v !== 9) throw fakeError("InvalidArgument", `the fake knows xlPaperA4 (9) only, not ${v}`);
    this.l.paperSize = "A4";
  }
  set Zoom(v: number | boolean) {
    this.l.zoom = v === false ? {} : { scale: v as number };
  }
  set FitToPagesWide(v: number | boolean) {
    if (this.l.zoom.scale !== undefined) throw fakeError("InvalidOperation", "FitToPagesWide is ignored unless Zoom is False");
    this.l.zoom = { ...this.l.zoom, horizontalFitToPages: v === false ? 0 : (v as number) };
  }
  set FitToPagesTall(v: number | boolean) {
    if (this.l.zoom.scale !== undefined) throw fakeError("InvalidOperation", "FitToPagesTall is ignored unless Zoom is False");
    this.l.zoom = { ...this.l.zoom, verticalFitToPages: v === false ? 0 : (v as number) };
  }
  set BlackAndWhite(v: boolean) {
    this.l.blackAndWhite = v;
  }
  set PrintTitleRows(v: string) {
    this.l.printTitleRows = v;
  }
  set PrintArea(v: string) {
    this.l.printArea = v;
  }
  private margin(k: "left" | "right" | "top" | "bottom" | "header" | "footer", v: number) {
    this.l.margins = { ...this.l.margins, [k]: v };
  }
  set LeftMargin(v: number) {
    this.margin("left", v);
  }
  set RightMargin(v: number) {
    this.margin("right", v);
  }
  set TopMargin(v: number) {
    this.margin("top", v);
  }
  set BottomMargin(v: number) {
    this.margin("bottom", v);
  }
  set HeaderMargin(v: number) {
    this.margin("header", v);
  }
  set FooterMargin(v: number) {
    this.margin("footer", v);
  }
}

export class FakeEtSheet {
  constructor(
    private host: EtHost,
    readonly model: SheetModel,
  ) {}
  get Name(): string {
    return this.model.name;
  }
  set Name(v: string) {
    this.host.model.renameSheet(this.model, v);
  }
  get Index(): number {
    return this.host.model.sheets.indexOf(this.model) + 1;
  }
  get Visible(): number {
    return [...VISIBILITY].find(([, v]) => v === this.model.visibility)![0];
  }
  set Visible(v: number) {
    const vis = VISIBILITY.get(v);
    if (!vis) throw fakeError("InvalidArgument", `Visible ${v}: an XlSheetVisibility number`);
    if (vis !== "Visible" && this.host.model.sheets.filter((s) => s !== this.model && s.visibility === "Visible").length === 0)
      throw fakeError("InvalidOperation", "the last visible sheet cannot be hidden");
    this.model.visibility = vis;
  }
  get ProtectContents(): boolean {
    return this.model.protected;
  }
  get Protection(): { AllowFormattingCells: boolean } {
    return { AllowFormattingCells: this.model.protectionOptions.allowFormatCells === true };
  }
  get UsedRange(): FakeEtRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.model.cells) {
      if (c.value === null && c.formula === undefined) continue;
      const [r, col] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    if (bottom < 0) return new FakeEtRange(this.host, this.model, { row: 0, col: 0, rows: 1, cols: 1 });
    return new FakeEtRange(this.host, this.model, { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
  }
  get PageSetup(): FakePageSetup {
    return new FakePageSetup(this.model);
  }
  Range(Cell1: string): FakeEtRange {
    if (typeof Cell1 !== "string" || Cell1.includes("!")) throw fakeError("InvalidArgument", `Range(${String(Cell1)}): a local A1 address`);
    return rangeAt(this.host, this.model, Cell1);
  }
  Activate(): void {
    if (this.model.visibility !== "Visible") throw fakeError("InvalidOperation", `cannot activate hidden sheet ${this.model.name}`);
    this.host.model.activeSheet = this.model;
  }
  Protect(_Password?: string, _DrawingObjects?: boolean, _Contents?: boolean, _Scenarios?: unknown, _UserInterfaceOnly?: boolean, AllowFormattingCells?: boolean, AllowFormattingColumns?: boolean, AllowFormattingRows?: boolean): void {
    this.model.protected = true;
    this.model.protectionOptions = { allowFormatCells: AllowFormattingCells === true, allowFormatColumns: AllowFormattingColumns === true, allowFormatRows: AllowFormattingRows === true };
  }
  Unprotect(): void {
    this.model.protected = false;
  }
}

class FakeEtSheets {
  constructor(private host: EtHost) {}
  get Count(): number {
    return this.host.model.sheets.length;
  }
  Item(Index: string | number): FakeEtSheet {
    const m = this.host.model;
    const s = typeof Index === "number" ? m.sheets[Index - 1] : m.sheet(Index);
    if (!s) throw fakeError("ItemNotFound", `no sheet ${String(Index)} (Sheets.Item is 1-based)`);
    return this.host.sheetObject(s);
  }
  Add(Before?: unknown, After?: unknown): FakeEtSheet {
    const m = this.host.model;
    let n = m.sheets.length + 1;
    while (m.sheet(`Sheet${n}`)) n++;
    const s = m.addSheet(`Sheet${n}`);
    const anchor = (After ?? Before) as FakeEtSheet | undefined;
    m.sheets.splice(m.sheets.indexOf(s), 1);
    const at = anchor ? m.sheets.indexOf(anchor.model) + (After ? 1 : 0) : 0;
    m.sheets.splice(at, 0, s);
    return this.host.sheetObject(s);
  }
}

class FakeEtName {
  constructor(
    private host: EtHost,
    private key: string,
  ) {}
  private get n() {
    const n = this.host.model.names.get(this.key);
    if (!n) throw fakeError("ItemNotFound", `name ${this.key} was deleted`);
    return n;
  }
  get Name(): string {
    return this.n.name;
  }
  get RefersTo(): string {
    return this.host.model.nameFormula(this.n);
  }
  get RefersToRange(): FakeEtRange {
    const n = this.n;
    if (!n.sheet || !n.area || !this.host.model.sheets.includes(n.sheet)) throw fakeError("InvalidReference", `${n.name} refers to #REF!`);
    return new FakeEtRange(this.host, n.sheet, n.area);
  }
  Delete(): void {
    this.host.model.names.delete(this.key);
  }
}

class FakeEtNames {
  constructor(private host: EtHost) {}
  get Count(): number {
    return this.host.model.names.size;
  }
  Item(Index?: string | number): FakeEtName {
    const key = String(Index).toLowerCase();
    if (!this.host.model.names.has(key)) throw fakeError("ItemNotFound", `no name ${String(Index)}`);
    return new FakeEtName(this.host, key);
  }
  Add(Name?: string, RefersTo?: unknown): FakeEtName {
    const m = /^='?((?:[^']|'')+?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(String(RefersTo));
    if (!Name || !m) throw fakeError("InvalidArgument", `Names.Add(${String(Name)}, ${String(RefersTo)})`);
    const sheet = this.host.model.sheet(m[1].replace(/''/g, "'"));
    if (!sheet) throw fakeError("InvalidReference", `no sheet ${m[1]}`);
    this.host.model.addName(Name, sheet, parseArea(m[2].replace(/\$/g, "")));
    return new FakeEtName(this.host, Name.toLowerCase());
  }
}

export class FakeEtWorkbook {
  readonly Worksheets: FakeEtSheets;
  readonly Sheets: FakeEtSheets;
  readonly Names: FakeEtNames;
  constructor(host: EtHost) {
    this.Worksheets = new FakeEtSheets(host);
    this.Sheets = this.Worksheets;
    this.Names = new FakeEtNames(host);
  }
}

export type SheetChange = (sheet: FakeEtSheet, range: FakeEtRange) => void;

