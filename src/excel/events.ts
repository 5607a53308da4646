// Live checking's ears: Worksheet.onChanged (ExcelApi 1.7) on each sheet of the report. Registered
// once per sheet for the life of the pane (a repeat 生成模板 adds the sheets it created); the pane's
// debounce collapses the burst of events one paste or one layout produces. Two syncs: one to learn
// which sheets exist (adding a handler to a missing sheet fails the whole batch), one to register.
// Excel raises onChanged for the add-in's own writes too (fills included). Where the host says who
// caused an event (triggerSource, ExcelApi 1.14) the add-in's own are dropped here; elsewhere the
// loop ends by itself, since a check whose findings did not change writes nothing.
import { SHEET } from "../layout/names";

export interface XChangedArgs {
  address: string;
  worksheetId: string;
  /** ExcelApi 1.14+: "ThisLocalAddin" for this add-in's own writes; absent on older hosts. */
  triggerSource?: string;
}
export interface XChangedEvent {
  add(handler: (args: XChangedArgs) => Promise<void>): { remove(): void };
}
export interface XEventSheet {
  readonly name: string;
  readonly onChanged: XChangedEvent;
}
export interface XEventContext {
  readonly workbook: { readonly worksheets: { load(propertyNames: string): unknown; readonly items: XEventSheet[] } };
  sync(): Promise<void>;
}

/** Compiles only while the real context has what this file uses (as api.ts's narrow()). */
export function narrowEvents(context: Excel.RequestContext): XEventContext {
  return context;
}

/** The sheets whose edits change the check: every sheet of the report except the hidden meta sheet. */
export const WATCHED_SHEETS: readonly string[] = [SHEET.narrative, SHEET.t2, SHEET.t3, SHEET.t4, SHEET.prior];

/**
 * Adds `onEdit` to every watched sheet that exists and is not in `already` (names are added to it).
 * Returns the names newly watched.
 */
export async function watchSheets(
  context: Excel.RequestContext,
  already: Set<string>,
  onEdit: (args: XChangedArgs) => void,
): Promise<string[]> {
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
  if (added.length === 0) return added;
  await ctx.sync();
  for (const n of added) already.add(n);
  return added;
}
