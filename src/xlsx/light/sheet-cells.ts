// One worksheet's cells as Office reports them (cached value; "=formula" where there is one; "" for
// the hidden part of a merge), read straight from its XML the way ExcelJS would read it.
import { colNumber } from "../../layout/a1";
import { decodeXml, elements, runText } from "./xml";

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

/** A <row> start tag (group 1) or a whole <c> cell (groups 2, 3). */
const CELL = /<(?:\w+:)?row\b([^>]*?)\/?>|<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

export function sheetCells(xml: string, ctx: CellContext): SheetCells {
  const cells = new Map<number, CellContent>();
  let row = 0;
  let col = 0;
  const dataStart = xml.search(/<(?:\w+:)?sheetData\b/);
  const dataEnd = xml.search(/<\/(?:\w+:)?sheetData>/);
  const data = dataStart < 0 ? "" : xml.slice(dataStart, dataEnd < 0 ? undefined : dataEnd);
  for (const m of data.matchAll(CELL)) {
    if (m[1] !== undefined) {
      const a = attrOf(m[1]);
      row = a.r ? Number(a.r) : row + 1;
      col = 0;
      continue;
    }
    const a = attrOf(m[2]);
    const ref = a.r ? /^([A-Z]+)(\d+)$/.exec(a.r) : null;
    if (ref) {
      col = colNumber(ref[1]);
      row = Number(ref[2]);
    } else col++;
    const content = cellContent(a, m[3] ?? "", ctx);
    if (content) cells.set(cellIndex(row, col), content);
  }
  const hidden = new Set<number>();
  const mergesAt = xml.search(/<(?:\w+:)?mergeCells\b/);
  for (const mc of mergesAt < 0 ? [] : elements(xml.slice(mergesAt), "mergeCell")) {
    const r = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(mc.attrs.ref ?? "");
    if (!r) continue;
    const [left, top, right, bottom] = [colNumber(r[1]), Number(r[2]), colNumber(r[3]), Number(r[4])];
    // A merge is a few cells of a header; a hostile one spanning a million cells is cut short.
    if ((bottom - top + 1) * (right - left + 1) > MAX_MERGE) continue;
    for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) if (row !== top || col !== left) hidden.add(cellIndex(row, col));
  }
  return { cells, hidden };
}

/** The few attributes of <c> and <row> (r, s, t), faster than a general attribute reader. */
function attrOf(tag: string): { r?: string; s?: string; t?: string } {
  const out: { r?: string; s?: string; t?: string } = {};
  for (const m of tag.matchAll(/\b([rst])="([^"]*)"/g)) out[m[1] as "r" | "s" | "t"] = m[2];
  return out;
}

function cellContent(a: { s?: string; t?: string }, inner: string, ctx: CellContext): CellContent | null {
  const f = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(inner);
  const v = /<(?:\w+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?v>)/.exec(inner);
  const raw = v ? decodeXml(v[1] ?? "") : undefined;
  const isDate = a.s ? ctx.dates[Number(a.s)] === true : false;
  if (f) {
    // A shared formula's dependent cells carry no text of their own; their formula is left out (ExcelJS
    // would translate the master's), since reading a report needs the cached value only.
    const formula = f[2] ? `=${decodeXml(f[2])}` : undefined;
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
  if (a.t === "inlineStr") {
    const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
    return is ? { value: runText(is[1]) } : null;
  }
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
