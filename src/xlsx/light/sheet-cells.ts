// One worksheet's cells as Office reports them (cached value; "=formula" where there is one; "" for
// the hidden part of a merge), read straight from its XML the way ExcelJS would read it.
import { colNumber } from "../../layout/a1";
import { parseXml, RunText } from "./xml";

export interface CellContent {
  value: unknown;
  formula?: string;
}

export interface SheetCells {
  /** By cellIndex(row, col). */
  cells: Map<number, CellContent>;
  /** The cells of merged areas other than their top-left: each reads "". */
  hidden: Set<number>;
}

export interface CellContext {
  strings: string[];
  dates: boolean[];
  date1904: boolean;
}

const MAX_MERGE = 10_000;

/** One number per cell (1-based row and column; Excel has at most 16384 columns). */
export const cellIndex = (row: number, col: number): number => row * 16384 + col;

const excelDate = (v: number, date1904: boolean): Date => new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

const REF = /^([A-Z]+)(\d+)$/;
const RANGE = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/;

/** What one <c> holds, gathered from its child elements' events. */
interface CellParts {
  s?: string;
  t?: string;
  /** The <f> text; undefined with no <f>. */
  formula?: string;
  /** The <v> text; undefined with no <v>. */
  raw?: string;
  /** The <is> text; undefined with no <is>. */
  inline?: string;
}

export function sheetCells(xml: string, ctx: CellContext, part = "sheet"): SheetCells {
  const cells = new Map<number, CellContent>();
  const hidden = new Set<number>();
  let row = 0;
  let col = 0;
  let inData = false;
  let cell: CellParts | null = null;
  // Which child of <c> the text belongs to: only the first <f>, <v> and <is> count, as ExcelJS reads them.
  let into: "f" | "v" | "is" | null = null;
  const run = new RunText();
  parseXml(xml, part, {
    open(name, a) {
      if (cell) {
        if (into === "is") run.open(name);
        else if (name === "f" && cell.formula === undefined) [into, cell.formula] = ["f", ""];
        else if (name === "v" && cell.raw === undefined) [into, cell.raw] = ["v", ""];
        else if (name === "is" && cell.inline === undefined) {
          into = "is";
          run.reset();
        }
        return;
      }
      if (name === "sheetData") inData = true;
      else if (!inData) {
        if (name === "mergeCell") hideMerged(a.ref ?? "", hidden);
      } else if (name === "row") {
        row = a.r ? Number(a.r) : row + 1;
        col = 0;
      } else if (name === "c") {
        const ref = a.r ? REF.exec(a.r) : null;
        if (ref) {
          col = colNumber(ref[1]);
          row = Number(ref[2]);
        } else col++;
        cell = { s: a.s, t: a.t };
      }
    },
    text(t) {
      if (!cell || into === null) return;
      if (into === "f") cell.formula += t;
      else if (into === "v") cell.raw += t;
      else run.add(t);
    },
    close(name) {
      if (!cell) {
        if (name === "sheetData") inData = false;
        return;
      }
      if (name === "c") {
        const content = cellContent(cell, ctx);
        if (content) cells.set(cellIndex(row, col), content);
        [cell, into] = [null, null];
      } else if (into === "is") {
        if (name === "is") [cell.inline, into] = [run.text, null];
        else run.close(name);
      } else if (name === into) into = null;
    },
  });
  return { cells, hidden };
}

/** The cells of a merge other than its top-left, each of which reads "". */
function hideMerged(ref: string, hidden: Set<number>): void {
  const r = RANGE.exec(ref);
  if (!r) return;
  const [left, top, right, bottom] = [colNumber(r[1]), Number(r[2]), colNumber(r[3]), Number(r[4])];
  // A merge is a few cells of a header; a hostile one spanning a million cells is cut short.
  if ((bottom - top + 1) * (right - left + 1) > MAX_MERGE) return;
  for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) if (row !== top || col !== left) hidden.add(cellIndex(row, col));
}

function cellContent(a: CellParts, ctx: CellContext): CellContent | null {
  const raw = a.raw;
  const isDate = a.s ? ctx.dates[Number(a.s)] === true : false;
  if (a.formula !== undefined) {
    // A shared formula's dependent cells carry no text of their own; their formula is left out (ExcelJS
    // would translate the master's), since reading a report needs the cached value only.
    const formula = a.formula ? `=${a.formula}` : undefined;
    let result: unknown = "";
    // As ExcelJS: a formula's cached result only when <v> has text.
    if (raw) {
      if (a.t === "str") result = raw;
      else if (a.t === "b") result = parseInt(raw, 10) !== 0;
      else if (a.t === "e") result = raw;
      else result = isDate ? excelDate(parseFloat(raw), ctx.date1904) : parseFloat(raw);
    }
    return formula ? { value: result, formula } : { value: result };
  }
  if (a.t === "inlineStr") return a.inline !== undefined ? { value: a.inline } : null;
  if (raw === undefined || raw === "") return null;
  switch (a.t) {
    case "s":
      return { value: ctx.strings[parseInt(raw, 10)] ?? "" };
    case "str":
      return { value: raw };
    case "b":
      return { value: parseInt(raw, 10) !== 0 };
    case "e":
      return { value: raw };
    default: {
      const n = parseFloat(raw);
      return { value: isDate ? excelDate(n, ctx.date1904).toISOString().slice(0, 10) : n };
    }
  }
}
