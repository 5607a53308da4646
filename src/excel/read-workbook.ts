// The reading half of every host step, queued so that it costs no sync of its own: the caller queues
// the loads, runs ONE context.sync(), then collects. Reads go through the defined names (readback.ts
// namesToRead), so a renamed sheet or a moved table is still found; a deleted name reads as null.
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

export interface ReadOptions {
  /** Also each sheet's protection state and options (can highlights be painted as it is?). */
  protection?: boolean;
}

/** Queues the loads; the returned function builds the snapshot after the caller's sync. */
export function queueWorkbookRead(ctx: XContext, sheetNames: string[] = [], opts: ReadOptions = {}): () => WorkbookSnapshot {
  const wb = ctx.workbook;
  wb.worksheets.load(opts.protection ? "items/name, items/protection/protected, items/protection/options" : "items/name");
  wb.names.load("items/name");
  const ranges = namesToRead().map((name) => ({ name, range: wb.names.getItemOrNullObject(name).getRangeOrNullObject().load(PROPS) }));
  const used = sheetNames.map((name) => ({
    name,
    range: wb.worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true).load(PROPS),
  }));
  return () => {
    const read: WorkbookRead = { sheetNames: wb.worksheets.items.map((s) => s.name), names: {} };
    for (const { name, range } of ranges) read.names[name] = toRead(range);
    const sheets: Record<string, RangeRead> = {};
    for (const { name, range } of used) {
      const r = toRead(range);
      if (r) sheets[name] = r;
    }
    const prot = opts.protection ? wb.worksheets.items.filter((s) => s.protection.protected) : [];
    const protectedSheets = new Set(prot.map((s) => s.name));
    const formatLockedSheets = new Set(prot.filter((s) => s.protection.options?.allowFormatCells !== true).map((s) => s.name));
    return { read, sheets, existingNames: new Set(wb.names.items.map((n) => n.name)), protectedSheets, formatLockedSheets };
  };
}

function toRead(range: XRange): RangeRead | null {
  if (range.isNullObject) return null;
  const { sheet, local } = splitAddress(range.address);
  return { sheet, address: local, values: range.values, formulas: range.formulas };
}
