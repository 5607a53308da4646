// The data behind the fake Excel: sheets, cells (value or formula, number format, style), merges,
// names, data validation, conditional formats, protection, visibility, page layout, selection.
// Proxies (proxies-*.ts) change it only from inside context.sync(); tests may read it directly and
// may change it directly to play the user (structure.ts: inserting a row, renaming a sheet).
import { areaA1, contains, overlaps, quoteSheet } from "./address";
import type { Area } from "./address";
import { evaluate, isError, parse } from "./formula";
import type { EvalHost, Value } from "./formula";
import { PROFILES } from "./profiles";
import type { HostProfile } from "./profiles";

export type Scalar = string | number | boolean;

export interface BorderModel {
  style?: string;
  color?: string;
  weight?: string;
}
export type Side = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface CellStyle {
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  fontName?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  /** Excel's default: every cell is locked (it matters only once the sheet is protected). */
  locked: boolean;
  borders: Partial<Record<Side, BorderModel>>;
}

export interface CellModel {
  /** null: the cell is empty. */
  value: Scalar | null;
  formula?: string;
  numberFormat: string;
  style: CellStyle;
}

export interface ValidationModel {
  area: Area;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatModel {
  area: Area;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally: boolean;
  blackAndWhite: boolean;
  printArea?: string;
  printTitleRows?: string;
  /** In points, as Office.js PageLayout reports them (ExcelApi 1.9); undefined: Excel's default. */
  margins?: { left?: number; right?: number; top?: number; bottom?: number; header?: number; footer?: number };
}

/** Excel.WorksheetProtectionOptions as far as the fake enforces them (ExcelApi 1.2). */
export interface ProtectionOptionsModel {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  [other: string]: unknown;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, CellModel>;
  merges: Area[];
  validations: ValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  protected: boolean;
  /** The options the sheet was protected with (what the clerk, and the API, may still do). */
  protectionOptions: ProtectionOptionsModel;
  freeze: { rows: number; columns: number };
  /** In points, as Office.js reports them. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  pageLayout: PageLayoutModel;
}

export interface NameModel {
  name: string;
  /** The sheet object, not its name: a defined name follows its sheet through a rename. */
  sheet: SheetModel | null;
  area: Area | null;
}

/** One clerk action on the undo stack: the cells it changed, as they were before. */
interface UndoEntry {
  sheet: SheetModel;
  before: { row: number; col: number; cell: CellModel | undefined }[];
}

/** What a batch's writes touched, for the onChanged events raised after its sync. */
export type ChangeSink = Map<SheetModel, Area>;

/** A string Excel reads as a number when typed into a General cell ("12", "-5", "1.5e3"). */
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export const STANDARD_WIDTH = 48; // points (8.43 characters of Calibri 11)
export const STANDARD_HEIGHT = 15;

export function fakeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

const key = (row: number, col: number) => `${row},${col}`;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  names = new Map<string, NameModel>();
  activeSheet: SheetModel | null = null;
  selection: { sheet: SheetModel; area: Area } | null = null;
  /** How often the host suspended calculation or screen updating (for assertions). */
  calcSuspensions = 0;
  screenSuspensions = 0;
  /** The host this workbook is open in (requirement sets, undo support); set by createFakeExcel. */
  profile: HostProfile = PROFILES["office2019-retail"];
  /** The code a batch refused in cell-edit mode fails with: the enum's InvalidOperationInCellEditMode,
   *  or the `InvalidOperation` Microsoft's how-to (excel-add-ins-delay-in-cell-edit) names. */
  cellEditErrorCode: "InvalidOperationInCellEditMode" | "InvalidOperation" = "InvalidOperationInCellEditMode";
  /** Set by a context while its sync runs: the cells whose data its writes changed. */
  changeSink: ChangeSink | null = null;
  private nextId = 1;
  private evaluating = new Set<string>();
  private undoStack: UndoEntry[] = [];
  private editing: { done: Promise<void>; end: () => void } | null = null;

  constructor(firstSheet = "Sheet1") {
    this.addSheet(firstSheet);
  }

  // ---- the clerk's undo stack (Ctrl+Z) ----

  /** Records the cells a clerk's action is about to change (structure.ts typeInto calls it). */
  recordUndo(s: SheetModel, cells: { row: number; col: number }[]): void {
    const copy = (c: CellModel | undefined) => (c ? { ...c, style: { ...c.style, borders: { ...c.style.borders } } } : undefined);
    this.undoStack.push({ sheet: s, before: cells.map(({ row, col }) => ({ row, col, cell: copy(this.peek(s, row, col)) })) });
  }

  /** Actions Ctrl+Z can still undo. */
  get undoDepth(): number {
    return this.undoStack.length;
  }

  /** The API did something Excel cannot undo: "the user's undo stack is cleared starting from that
   *  API call" (excel-add-ins-undo-capabilities, "Unsupported APIs"). */
  clearUndo(): void {
    this.undoStack = [];
  }

  /** Ctrl+Z: puts back the cells of the last action; false when there is nothing to undo. */
  undo(): boolean {
    const e = this.undoStack.pop();
    if (!e) return false;
    for (const b of e.before) {
      if (b.cell) e.sheet.cells.set(key(b.row, b.col), b.cell);
      else e.sheet.cells.delete(key(b.row, b.col));
    }
    return true;
  }

  // ---- cell-edit mode (the clerk is typing in a cell, the edit not yet committed) ----

  get inCellEdit(): boolean {
    return this.editing !== null;
  }

  enterCellEdit(): void {
    if (this.editing) return;
    let end = () => {};
    const done = new Promise<void>((resolve) => (end = resolve));
    this.editing = { done, end };
  }

  exitCellEdit(): void {
    const e = this.editing;
    this.editing = null;
    e?.end();
  }

  /** Resolves when the clerk leaves cell-edit mode (at once when not editing). */
  cellEditEnded(): Promise<void> {
    return this.editing?.done ?? Promise.resolve();
  }

  /** Notes that a batch changed the data of `area` of `s` (values, formulas): onChanged fires for it. */
  noteChange(s: SheetModel, area: Area): void {
    const sink = this.changeSink;
    if (!sink) return;
    const was = sink.get(s);
    if (!was) return void sink.set(s, { ...area });
    const top = Math.min(was.row, area.row);
    const left = Math.min(was.col, area.col);
    const bottom = Math.max(was.row + was.rows, area.row + area.rows);
    const right = Math.max(was.col + was.cols, area.col + area.cols);
    sink.set(s, { row: top, col: left, rows: bottom - top, cols: right - left });
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetOrThrow(name: string): SheetModel {
    const s = this.sheet(name);
    if (!s) throw fakeError("ItemNotFound", `no sheet "${name}"`);
    return s;
  }

  addSheet(name: string): SheetModel {
    checkSheetName(name);
    if (this.sheet(name)) throw fakeError("ItemAlreadyExists", `sheet "${name}" exists`);
    const s: SheetModel = {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      protected: false,
      protectionOptions: {},
      freeze: { rows: 0, columns: 0 },
      columnWidths: new Map(),
      rowHeights: new Map(),
      pageLayout: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, centerHorizontally: false, blackAndWhite: false },
    };
    this.sheets.push(s);
    this.activeSheet ??= s;
    return s;
  }

  renameSheet(s: SheetModel, name: string): void {
    checkSheetName(name);
    const other = this.sheet(name);
    if (other && other !== s) throw fakeError("ItemAlreadyExists", `sheet "${name}" exists`);
    s.name = name;
  }

  peek(s: SheetModel, row: number, col: number): CellModel | undefined {
    return s.cells.get(key(row, col));
  }

  cell(s: SheetModel, row: number, col: number): CellModel {
    let c = s.cells.get(key(row, col));
    if (!c) s.cells.set(key(row, col), (c = { value: null, numberFormat: "General", style: { locked: true, borders: {} } }));
    return c;
  }

  isEmpty(s: SheetModel, row: number, col: number): boolean {
    const c = this.peek(s, row, col);
    return !c || (c.value === null && c.formula === undefined);
  }

  /** The value Excel shows: a formula's result (recomputed on every read, so always current). */
  value(s: SheetModel, row: number, col: number): Value {
    const c = this.peek(s, row, col);
    if (!c) return null;
    if (c.formula === undefined) return c.value;
    const k = `${s.id}:${key(row, col)}`;
    if (this.evaluating.has(k)) return { error: "#REF!" }; // a circular reference
    this.evaluating.add(k);
    try {
      return evaluate(c.formula, this.evalHost(s));
    } finally {
      this.evaluating.delete(k);
    }
  }

  /** Office.js `values`: "" for empty, error values as their text. */
  displayValue(s: SheetModel, row: number, col: number): Scalar {
    const v = this.value(s, row, col);
    if (v === null) return "";
    return isError(v) ? v.error : v;
  }

  evalHost(s: SheetModel): EvalHost {
    const target = (name: string | undefined) => (name === undefined ? s : this.sheet(name));
    return {
      value: (name, r, c) => {
        const t = target(name);
        return t ? this.value(t, r, c) : { error: "#REF!" };
      },
      isEmpty: (name, r, c) => {
        const t = target(name);
        return !t || this.isEmpty(t, r, c);
      },
      name: (n) => {
        const m = this.names.get(n.toLowerCase());
        return m && m.sheet && m.area ? { sheet: m.sheet.name, area: m.area } : null;
      },
      sheetExists: (name) => this.sheet(name) !== undefined,
    };
  }

  /** Evaluates a conditional format's formula for one cell of its range. */
  conditionTrue(s: SheetModel, cf: ConditionalFormatModel, row: number, col: number): boolean {
    if (!cf.formula) return false;
    const v = evaluate(cf.formula, this.evalHost(s), { rows: row - cf.area.row, cols: col - cf.area.col });
    return v === true || (typeof v === "number" && v !== 0);
  }

  /** The cells a conditional format currently paints, with its fill colour, as A1 addresses. */
  highlighted(s: SheetModel): Map<string, string> {
    const out = new Map<string, string>();
    for (const cf of s.conditionalFormats)
      for (let r = 0; r < cf.area.rows; r++)
        for (let c = 0; c < cf.area.cols; c++) {
          const row = cf.area.row + r;
          const col = cf.area.col + c;
          const a = areaA1({ row, col, rows: 1, cols: 1 });
          if (!out.has(a) && this.conditionTrue(s, cf, row, col)) out.set(a, cf.fill ?? "");
        }
    return out;
  }

  mergeAt(s: SheetModel, row: number, col: number): Area | undefined {
    return s.merges.find((m) => contains(m, row, col));
  }

  /**
   * Writes one cell as Office.js `values`/`formulas` do: the string is entered as if typed. In a
   * General cell "=…" is a formula, and so is text starting with "+" or "-" ("-x" becomes =-x, which
   * shows #NAME?; "--" is no formula at all and fails the batch), except a lone "+"/"-" and a number
   * ("-5" is the number -5, "12" the number 12). A leading apostrophe keeps the rest as text and is
   * not part of the value; a cell formatted as Text ("@") keeps whatever is typed.
   * Excel.Range.values reference: "If the returned value starts with a plus ("+"), minus ("-"), or
   * equal sign ("="), Excel interprets this value as a formula." The lone sign, the number and the
   * apostrophe follow Excel's typing rules. "" empties the cell.
   */
  write(s: SheetModel, row: number, col: number, v: Scalar | null, asFormula: boolean): void {
    if (v === null) return; // Office.js: null in a 2-D array leaves the cell as it is
    const m = this.mergeAt(s, row, col);
    if (m && (m.row !== row || m.col !== col) && v !== "") {
      throw fakeError("InvalidOperation", `${areaA1({ row, col, rows: 1, cols: 1 })} is inside merged ${areaA1(m)}`);
    }
    const c = this.cell(s, row, col);
    if (s.protected && c.style.locked) throw fakeError("AccessDenied", `${s.name}!${areaA1({ row, col, rows: 1, cols: 1 })} is locked on a protected sheet`);
    this.noteChange(s, { row, col, rows: 1, cols: 1 });
    const typed = typeof v === "string" && c.numberFormat !== "@" ? v : null;
    if (typed !== null && typed.startsWith("'")) {
      delete c.formula;
      c.value = typed.length > 1 ? typed.slice(1) : null;
    } else if (typed !== null && NUMBER_TEXT.test(typed)) {
      delete c.formula;
      c.value = Number(typed);
    } else if (typed !== null && typed.length > 1 && /^[=+-]/.test(typed)) {
      const f = typed.startsWith("=") ? typed : `=${typed}`;
      try {
        parse(f);
      } catch (e) {
        throw fakeError("InvalidArgument", `bad formula ${f}: ${(e as Error).message}`);
      }
      c.formula = f;
      c.value = null;
    } else {
      delete c.formula;
      c.value = v === "" ? null : v;
    }
    void asFormula; // values and formulas accept the same input in Excel; kept for readability at call sites
  }

  /** Formatting, merging, validation and conditional formats are refused on a protected sheet,
   *  unless the sheet was protected with the option that allows that kind of formatting. */
  assertUnprotected(s: SheetModel, what: string, allowedBy?: "allowFormatCells" | "allowFormatColumns" | "allowFormatRows"): void {
    if (s.protected && !(allowedBy && s.protectionOptions[allowedBy] === true))
      throw fakeError("AccessDenied", `${what} on protected sheet "${s.name}"`);
  }

  merge(s: SheetModel, area: Area, across: boolean): void {
    this.assertUnprotected(s, "merge");
    const parts = across ? Array.from({ length: area.rows }, (_, i) => ({ ...area, row: area.row + i, rows: 1 })) : [area];
    for (const p of parts) {
      if (p.rows * p.cols === 1) continue;
      for (const m of s.merges)
        if (overlaps(m, p) && !(m.row >= p.row && m.col >= p.col && m.row + m.rows <= p.row + p.rows && m.col + m.cols <= p.col + p.cols))
          throw fakeError("InvalidOperation", `merge ${areaA1(p)} cuts through merged ${areaA1(m)}`);
      s.merges = s.merges.filter((m) => !overlaps(m, p));
      s.merges.push(p);
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(",").map(Number);
        if (contains(p, r, col) && (r !== p.row || col !== p.col)) {
          c.value = null;
          delete c.formula;
        }
      }
    }
  }

  unmerge(s: SheetModel, area: Area): void {
    this.assertUnprotected(s, "unmerge");
    s.merges = s.merges.filter((m) => !overlaps(m, area));
  }

  /** The defined name's reference as Office.js reports it, e.g. ='表三 依申请公开'!$A$1:$H$30. */
  nameFormula(n: NameModel): string {
    if (!n.sheet || !n.area) return "=#REF!";
    const abs = areaA1(n.area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return `=${quoteSheet(n.sheet.name)}!${abs}`;
  }

  addName(name: string, sheet: SheetModel, area: Area): NameModel {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name))
      throw fakeError("InvalidArgument", `bad name "${name}"`);
    if (this.names.has(name.toLowerCase())) throw fakeError("ItemAlreadyExists", `name "${name}" exists`);
    const n: NameModel = { name, sheet, area };
    this.names.set(name.toLowerCase(), n);
    return n;
  }
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
    throw fakeError("InvalidArgument", `bad sheet name "${name}"`);
}
