// The in-memory workbook behind the demo host (host.ts): sheets of cells holding values and formulas
// as the layout plan writes them, defined names, the selection, and the clerk's edits. Nothing is
// saved anywhere: the demo page draws it (src/demo/grid.ts) and forgets it when the page closes.
// Only what the plan writes is modelled — values, formulas, number formats, fills, merges, widths,
// visibility, protection — not validation, conditional formats or print setup (the host says so).
import { a1, parseRange, splitAddress } from "../layout/a1";
import type { RangePos } from "../layout/a1";
import type { CellRole } from "../layout/types";
import { evaluateFormula } from "./formula";

export type CellContent = string | number;

export interface MemoryCell {
  /** A number, text, or null for blank; a formula cell's value is computed on read (formula.ts). */
  value: CellContent | null;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  locked: boolean;
  role: CellRole | null;
  bold: boolean;
}

export interface MemorySheet {
  name: string;
  cells: Map<string, MemoryCell>;
  visibility: "visible" | "hidden" | "veryHidden";
  protected: boolean;
  merges: RangePos[];
  columnWidths: Map<number, number>;
}

export interface MemoryName {
  sheet: MemorySheet;
  range: RangePos;
}

const key = (row: number, col: number): string => `${row},${col}`;
const blankCell = (): MemoryCell => ({ value: null, formula: null, numberFormat: "General", fill: null, locked: true, role: null, bold: false });
/** What Excel's General format takes for a number when typed: digits, one point, a sign, an exponent. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  readonly names = new Map<string, MemoryName>();
  active: MemorySheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  private readonly editListeners: ((sheet: string, address: string) => void)[] = [];
  private readonly selectListeners: ((sheet: string, address: string) => void)[] = [];

  sheet(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase(); // sheet names compare without case, as in Excel and WPS
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  addSheet(name: string): MemorySheet {
    const s: MemorySheet = { name, cells: new Map(), visibility: "visible", protected: false, merges: [], columnWidths: new Map() };
    this.sheets.push(s);
    return s;
  }

  cell(sheet: MemorySheet, row: number, col: number): MemoryCell | undefined {
    return sheet.cells.get(key(row, col));
  }

  /** The cell, created blank when absent (for writes). */
  at(sheet: MemorySheet, row: number, col: number): MemoryCell {
    let c = sheet.cells.get(key(row, col));
    if (!c) sheet.cells.set(key(row, col), (c = blankCell()));
    return c;
  }

  /**
   * Enters content as a spreadsheet takes typed input: "=…" a formula, "'…" text without the
   * apostrophe, a number-like string a number — unless the cell is formatted as text ("@"), where
   * everything stays text as typed. Numbers stay numbers; "" blanks the cell.
   */
  enter(sheet: MemorySheet, row: number, col: number, content: CellContent): void {
    const c = this.at(sheet, row, col);
    c.formula = null;
    if (typeof content === "number") c.value = content;
    else if (content === "") c.value = null;
    else if (c.numberFormat === "@") c.value = content;
    else if (content.startsWith("'")) c.value = content.slice(1);
    else if (content.startsWith("=")) {
      c.formula = content;
      c.value = null;
    } else if (NUMBER.test(content.trim())) c.value = Number(content.trim());
    else c.value = content;
  }

  /** Text kept exactly as given (the notes sheet's blocks, written as text like the other hosts do). */
  setText(sheet: MemorySheet, row: number, col: number, text: string): void {
    const c = this.at(sheet, row, col);
    c.formula = null;
    c.value = text === "" ? null : text;
  }

  /** What the cell shows: a formula's computed result, a value, or "" for blank. */
  shown(sheet: MemorySheet, row: number, col: number): CellContent {
    return this.valueAt(sheet, row, col, 0);
  }

  /** Used by formula.ts to read referenced cells; `depth` stops reference cycles. */
  valueAt(sheet: MemorySheet, row: number, col: number, depth: number): CellContent {
    const c = this.cell(sheet, row, col);
    if (!c) return "";
    if (c.formula !== null) return evaluateFormula(this, sheet, c.formula, depth + 1);
    return c.value ?? "";
  }

  /** The bounding box of every cell holding a value or formula; null for an empty sheet. */
  usedRange(sheet: MemorySheet): RangePos | null {
    let r: RangePos | null = null;
    for (const [k, c] of sheet.cells) {
      if (c.value === null && c.formula === null) continue;
      const [row, col] = k.split(",").map(Number);
      r = r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  /** Removes contents and formats from every cell of `r`. */
  clear(sheet: MemorySheet, r: RangePos): void {
    for (const k of [...sheet.cells.keys()]) {
      const [row, col] = k.split(",").map(Number);
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) sheet.cells.delete(k);
    }
  }

  /** A defined name's sheet and range; null when absent. */
  name(n: string): MemoryName | null {
    return this.names.get(n) ?? null;
  }

  /** The clerk types into a cell (the demo's grid): a protected sheet refuses locked cells, as Excel does. */
  type(sheetName: string, address: string, content: CellContent): boolean {
    const sheet = this.sheet(sheetName);
    if (!sheet) return false;
    const p = parseRange(address);
    const existing = this.cell(sheet, p.top, p.left);
    if (sheet.protected && (existing?.locked ?? true)) return false;
    this.enter(sheet, p.top, p.left, content);
    for (const l of this.editListeners) l(sheet.name, a1(p.top, p.left));
    return true;
  }

  /** Makes the sheet active and selects the cell (the grid follows through onSelect). */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    this.active = sheet;
    this.selection = { sheet: sheet.name, address: splitAddress(address).local.split(":")[0] };
    for (const l of this.selectListeners) l(sheet.name, this.selection.address);
  }

  /** Hears the clerk's typing (never the host's own writes, which do not go through type()). */
  onEdit(listener: (sheet: string, address: string) => void): void {
    this.editListeners.push(listener);
  }

  onSelect(listener: (sheet: string, address: string) => void): void {
    this.selectListeners.push(listener);
  }
}
