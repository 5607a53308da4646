// The reading half of every host step, queued so that it costs no sync of its own: the caller queues
// the loads, runs ONE context.sync(), then collects. Reads go through the defined names (readback.ts
// namesToRead), so a renamed sheet or a moved table is still found; a deleted name reads as null.
// From ExcelApi 1.4 a name is reached as a null object, absent or not, in that one sync; ExcelApi 1.1
// (Office 2016 volume-licensed) has no null objects, so there the names are listed first (one sync
// more, listedNames) and only those that exist as ranges are read.
import { splitAddress } from "./address";
import type { XContext, XRange } from "./api";
import type { RangeRead, WorkbookRead } from "../layout/read-types";
import { namesToRead } from "../layout/readback";

export interface WorkbookSnapshot {
  read: WorkbookRead;
  /** The used range (values only) of each requested sheet that exists and is not empty. */
  sheets: Record<string, RangeRead>;
  /** Defined names that exist (even when they no longer point at a range). */
  existingNames: Set<string>;
  /** Names of protected sheets, when asked for (ReadOptions.protection). */
  protectedSheets: Set<string>;
  /** Protected sheets whose cells cannot be formatted (protected without allowFormatCells: laid out
   *  by an older version), when asked for. */
  formatLockedSheets: Set<string>;
}

const PROPS = "address, values, formulas";

/** A defined name's range proxy; `nullable` when it may turn out a null object (ExcelApi 1.4). */
export interface NamedProxy {
  range: XRange;
  nullable: boolean;
}
/** Reaches a defined name's range, or null when the name is known to be absent. */
export type NamedRange = (name: string) => NamedProxy | null;

/** ExcelApi 1.4+: any name, as a null object when it is missing — no sync needed to know. */
export const nullObjectNames =
  (ctx: XContext): NamedRange =>
  (name) => ({ range: ctx.workbook.names.getItemOrNullObject(name).getRangeOrNullObject(), nullable: true });

/** ExcelApi 1.1: one sync lists the names; only those that refer to a range are read (getItem of a
 *  missing name would fail the whole batch). */
export async function listedNames(ctx: XContext): Promise<NamedRange> {
  const names = ctx.workbook.names.load("items/name, items/type");
  await ctx.sync();
  const present = new Set(names.items.filter((n) => n.type === "Range").map((n) => n.name.toLowerCase()));
  return (name) => (present.has(name.toLowerCase()) ? { range: ctx.workbook.names.getItem(name).getRange(), nullable: false } : null);
}

/** The range behind a resolved proxy after the sync, or null when absent. */
export function present(p: NamedProxy | null): XRange | null {
  return p === null || (p.nullable && p.range.isNullObject) ? null : p.range;
}

export interface ReadOptions {
  /** Also each sheet's protection state and options (can highlights be painted as it is?). ExcelApi 1.2. */
  protection?: boolean;
  /** How names are reached; null-object reads (ExcelApi 1.4) by default. */
  named?: NamedRange;
}

/** Queues the loads; the returned function builds the snapshot after the caller's sync. */
export function queueWorkbookRead(ctx: XContext, sheetNames: string[] = [], opts: ReadOptions = {}): () => WorkbookSnapshot {
  const wb = ctx.workbook;
  const named = opts.named ?? nullObjectNames(ctx);
  wb.worksheets.load(opts.protection ? "items/name, items/protection/protected, items/protection/options" : "items/name");
  wb.names.load("items/name");
  const ranges = namesToRead().map((name) => {
    const p = named(name);
    p?.range.load(PROPS);
    return { name, p };
  });
  const used = sheetNames.map((name) => ({
    name,
    range: wb.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true).load(PROPS),
  }));
  return () => {
    const read: WorkbookRead = { sheetNames: wb.worksheets.items.map((s) => s.name), names: {} };
    for (const { name, p } of ranges) read.names[name] = toRead(present(p));
    const sheets: Record<string, RangeRead> = {};
    for (const { name, range } of used) {
      const r = toRead(range.isNullObject ? null : range);
      if (r) sheets[name] = r;
    }
    const prot = opts.protection ? wb.worksheets.items.filter((s) => s.protection.protected) : [];
    const protectedSheets = new Set(prot.map((s) => s.name));
    const formatLockedSheets = new Set(prot.filter((s) => s.protection.options?.allowFormatCells !== true).map((s) => s.name));
    return { read, sheets, existingNames: new Set(wb.names.items.map((n) => n.name)), protectedSheets, formatLockedSheets };
  };
}

function toRead(range: XRange | null): RangeRead | null {
  if (range === null) return null;
  const { sheet, local } = splitAddress(range.address);
  return { sheet, address: local, values: range.values, formulas: range.formulas };
}
