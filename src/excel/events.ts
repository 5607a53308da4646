// Live checking's ears: Worksheet.onChanged (ExcelApi 1.7) on each sheet of the report, and
// WorksheetCollection.onAdded (1.7), so a report sheet created after the pane started — by 生成模板
// from the ribbon, whose function file runs in another runtime — is watched too. Registered once per
// sheet for the life of the pane; the pane's debounce collapses the burst of events one paste
// produces. Two syncs: one to learn which sheets exist (adding a handler to a missing sheet fails the
// whole batch), one to register. Excel raises onChanged for the add-in's own data writes too (not for
// formats: fills raise onFormatChanged). Where the host says who caused an event (triggerSource,
// ExcelApi 1.14) the add-in's own are dropped here; elsewhere the pane's own-writes window does it.
import { PARTS_SHEET } from "../consolidate/names";
import { SHEET } from "../layout/names";
import type { ApiSupport } from "./requirements";
import { rungVersion } from "./ladder";

export interface XChangedArgs {
  address: string;
  worksheetId: string;
  /** ExcelApi 1.14+: "ThisLocalAddin" for this add-in's own writes; absent on older hosts. */
  triggerSource?: string;
}
export interface XChangedEvent {
  add(handler: (args: XChangedArgs) => Promise<void>): { remove(): void };
}
export interface XAddedEvent {
  add(handler: (args: { worksheetId: string }) => Promise<void>): unknown;
}
export interface XEventSheet {
  readonly name: string;
  readonly onChanged: XChangedEvent;
}
export interface XEventContext {
  readonly workbook: {
    readonly worksheets: { load(propertyNames: string): unknown; readonly items: XEventSheet[]; readonly onAdded: XAddedEvent };
  };
  sync(): Promise<void>;
}

/** Compiles only while the real context has what this file uses (as api.ts's narrow()). */
export function narrowEvents(context: Excel.RequestContext): XEventContext {
  return context;
}

/** The sheets whose edits change the check: every sheet of the report except the hidden meta and
 *  notes sheets — 明细 included, whose parts the tables sum (R12). */
export const WATCHED_SHEETS: readonly string[] = [SHEET.narrative, SHEET.t2, SHEET.t3, SHEET.t4, SHEET.prior, PARTS_SHEET];

export interface WatchOptions {
  /** The host's ExcelApi; below 1.7 nothing can be watched (live checking is not on this rung). */
  supports?: ApiSupport;
  /** Called when any sheet is added to the workbook (the caller watches again, then re-checks). */
  onSheetAdded?: () => void;
}

/** Sets of watched names whose workbook already has the onAdded handler. */
const addedHandled = new WeakSet<Set<string>>();

/**
 * Adds `onEdit` to every watched sheet that exists and is not in `already` (names are added to it),
 * and once per `already` the workbook's onAdded handler. Returns the names newly watched.
 */
export async function watchSheets(
  context: Excel.RequestContext,
  already: Set<string>,
  onEdit: (args: XChangedArgs) => void,
  opts: WatchOptions = {},
): Promise<string[]> {
  if (opts.supports && !opts.supports(rungVersion("live"))) return [];
  const ctx = narrowEvents(context);
  ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const added: string[] = [];
  for (const ws of ctx.workbook.worksheets.items) {
    if (!WATCHED_SHEETS.includes(ws.name) || already.has(ws.name)) continue;
    ws.onChanged.add(async (args) => {
      if (args.triggerSource !== "ThisLocalAddin") onEdit(args);
    });
    added.push(ws.name);
  }
  const onAdded = opts.onSheetAdded;
  const addHandler = onAdded !== undefined && !addedHandled.has(already);
  if (addHandler) ctx.workbook.worksheets.onAdded.add(async () => onAdded());
  if (added.length === 0 && !addHandler) return added;
  // Marked before the register sync: a second watch started meanwhile (an onAdded echo) must not
  // register the same sheets twice.
  for (const n of added) already.add(n);
  if (addHandler) addedHandled.add(already);
  try {
    await ctx.sync();
  } catch (e) {
    for (const n of added) already.delete(n);
    if (addHandler) addedHandled.delete(already);
    throw e;
  }
  return added;
}
