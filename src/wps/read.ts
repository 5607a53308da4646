// Reading the report back through ET: every defined name readback.ts asks for (values and formulas
// as whole-range 2-D reads), the sheet names, the used range of the sheets a layout plans (for its
// conflict check), and which sheets refuse formatting. The result has the same shape the Office host
// fills from its one sync (layout/read-types.ts), so readBack(), relayout() and the rules are shared.
import type { RangePos } from "../layout/a1";
import { a1, splitAddress } from "../layout/a1";
import type { RangeRead, WorkbookRead } from "../layout/read-types";
import { namesToRead } from "../layout/readback";
import { asGrid, get, nameOf, sheetNames, sheetOf } from "./et";
import type { EtRange, EtWorkbook, EtWorksheet } from "./et";
import { hexOf } from "./colour";
import { XL_COLOR_INDEX_NONE } from "./constants";

export interface EtSnapshot {
  read: WorkbookRead;
  /** The used range of each requested sheet that exists and is not empty. */
  sheets: Record<string, RangeRead>;
  existingNames: Set<string>;
  protectedSheets: Set<string>;
  /** Protected without AllowFormattingCells (an older layout): highlights cannot be painted there. */
  formatLockedSheets: Set<string>;
}

/** ET hands an empty cell over as undefined or null; Office as "" (what readBack expects). */
const blank = (v: unknown): unknown => (v === undefined || v === null ? "" : v);

/** A range as readBack wants it: values, and formulas where a cell has one (else its value, as Office). */
export function rangeRead(range: EtRange): RangeRead {
  const sheet = get(get(range, "Worksheet"), "Name");
  const address = range.Address(false, false);
  const values = asGrid(get(range, "Value2")).map((row) => row.map(blank));
  const formulas = asGrid(get(range, "Formula")).map((row, i) =>
    row.map((f, j) => (typeof f === "string" && f.startsWith("=") ? f : values[i]?.[j] ?? "")),
  );
  return { sheet, address: splitAddress(address).local, values, formulas };
}

function usedRange(ws: EtWorksheet): RangeRead | null {
  const r = rangeRead(get(ws, "UsedRange"));
  return r.values.every((row) => row.every((v) => v === "")) ? null : r;
}

export function readWorkbook(wb: EtWorkbook, sheetsToScan: string[] = []): EtSnapshot {
  const names = sheetNames(wb);
  const read: WorkbookRead = { sheetNames: names, names: {} };
  const existingNames = new Set<string>();
  for (const n of namesToRead()) {
    const name = nameOf(wb, n);
    if (!name) continue;
    existingNames.add(n);
    try {
      read.names[n] = rangeRead(get(name, "RefersToRange"));
    } catch {
      read.names[n] = null; // a name that refers to #REF! (its sheet or rows deleted)
    }
  }
  const sheets: Record<string, RangeRead> = {};
  for (const s of sheetsToScan) {
    if (!names.includes(s)) continue;
    const used = usedRange(sheetOf(wb, s));
    if (used) sheets[s] = used;
  }
  const protectedSheets = new Set<string>();
  const formatLockedSheets = new Set<string>();
  for (const s of names) {
    const ws = sheetOf(wb, s);
    if (!get(ws, "ProtectContents")) continue;
    protectedSheets.add(s);
    if (get(get(ws, "Protection"), "AllowFormattingCells") !== true) formatLockedSheets.add(s);
  }
  return { read, sheets, existingNames, protectedSheets, formatLockedSheets };
}

/** The current fill ("#RRGGBB", null for none) of each cell asked for, by "sheet!A1". */
export function readFills(wb: EtWorkbook, cells: { sheet: string; address: string }[]): Map<string, string | null> {
  const fills = new Map<string, string | null>();
  for (const c of cells) {
    const interior = get(sheetOf(wb, c.sheet).Range(c.address), "Interior");
    // No fill reads back as ColorIndex xlNone (-4142) with Color white; both mean "none" to normFill.
    fills.set(`${c.sheet}!${c.address}`, get(interior, "ColorIndex") === XL_COLOR_INDEX_NONE ? null : hexOf(get(interior, "Color")));
  }
  return fills;
}

/** Every cell of `r` on `sheet`, as "sheet!A1" parts. */
export function cellsOf(sheet: string, r: RangePos): { sheet: string; address: string }[] {
  const out: { sheet: string; address: string }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ sheet, address: a1(row, col) });
  return out;
}

