// Worksheet.onChanged and WorksheetCollection.onAdded for the fake (ExcelApi 1.7). Handlers are
// registered at sync time, like Office. onChanged "occurs when the data of individual cells or
// comments has changed" (excel-add-ins-events.md), the add-in's own writes included: a sync that wrote
// values or formulas raises it after the sync, and so does the clerk's typing (`typeAndNotify`); a
// format write (fills, number formats, validation) does not — that is onFormatChanged (1.9), which
// the add-in does not use. onAdded fires for a sheet added by any runtime (the ribbon's included). Only hosts with ExcelApi 1.14 say who caused it, in
// `triggerSource` ("ThisLocalAddin" or "Unknown", Excel.EventTriggerSource); older ones leave it out
// (WorksheetChangedEventArgs reference: triggerSource is [ API set: ExcelApi 1.14 ]).
import { areaA1, parseArea, splitSheet } from "./address";
import type { Area } from "./address";
import { profileSupports } from "./profiles";
import { MEMBER_SETS } from "./requirements";
import { typeInto } from "./structure";
import type { SheetModel, WorkbookModel } from "./workbook-model";

export interface ChangedArgs {
  address: string;
  worksheetId: string;
  source: "Local";
  changeType: "RangeEdited";
  type: "WorksheetChanged";
  /** ExcelApi 1.14 only. */
  triggerSource?: "ThisLocalAddin" | "Unknown";
}
type Handler = (args: ChangedArgs) => Promise<unknown>;

const listeners = new WeakMap<WorkbookModel, { sheet: SheetModel; handler: Handler }[]>();
const raised = new WeakMap<WorkbookModel, ChangedArgs[]>();

export function addChangedHandler(model: WorkbookModel, sheet: SheetModel, handler: Handler): () => void {
  const list = listeners.get(model) ?? [];
  listeners.set(model, list);
  const entry = { sheet, handler };
  list.push(entry);
  return () => {
    const i = list.indexOf(entry);
    if (i >= 0) list.splice(i, 1);
  };
}

/** How many handlers are registered on a sheet (for assertions). */
export function changedHandlerCount(model: WorkbookModel, sheetName: string): number {
  return (listeners.get(model) ?? []).filter((l) => l.sheet.name === sheetName).length;
}

/** Every event raised so far on this workbook, handled or not (for assertions). */
export function changedEvents(model: WorkbookModel): readonly ChangedArgs[] {
  return raised.get(model) ?? [];
}

/** Raises onChanged on `sheet` for `area`, after the current turn (Office raises events asynchronously). */
export function raiseChanged(model: WorkbookModel, sheet: SheetModel, area: Area, trigger: "ThisLocalAddin" | "Unknown"): void {
  const args: ChangedArgs = { address: areaA1(area), worksheetId: sheet.id, source: "Local", changeType: "RangeEdited", type: "WorksheetChanged" };
  if (profileSupports(model.profile, "ExcelApi", MEMBER_SETS["WorksheetChangedEventArgs.triggerSource"])) args.triggerSource = trigger;
  const log = raised.get(model) ?? [];
  raised.set(model, log);
  log.push(args);
  for (const l of [...(listeners.get(model) ?? [])]) {
    if (l.sheet !== sheet) continue;
    void Promise.resolve().then(() => l.handler({ ...args }));
  }
}

/** Types as the clerk would (structure.ts typeInto, which Ctrl+Z can undo), then raises onChanged. */
export function typeAndNotify(model: WorkbookModel, sheetName: string, address: string, values: (string | number | boolean)[][]): void {
  typeInto(model, address, values, sheetName);
  const sheet = model.sheetOrThrow(sheetName);
  const a = parseArea(splitSheet(address).local);
  raiseChanged(model, sheet, { ...a, rows: values.length, cols: values[0]?.length ?? 1 }, "Unknown");
}

type AddedHandler = (args: { worksheetId: string; source: "Local"; type: "WorksheetAdded" }) => Promise<unknown>;
const addedListeners = new WeakMap<WorkbookModel, AddedHandler[]>();

export function addAddedHandler(model: WorkbookModel, handler: AddedHandler): () => void {
  const list = addedListeners.get(model) ?? [];
  addedListeners.set(model, list);
  list.push(handler);
  return () => {
    const i = list.indexOf(handler);
    if (i >= 0) list.splice(i, 1);
  };
}

/** Raises WorksheetCollection.onAdded for `sheet`, after the current turn. */
export function raiseAdded(model: WorkbookModel, sheet: SheetModel): void {
  for (const h of [...(addedListeners.get(model) ?? [])]) {
    void Promise.resolve().then(() => h({ worksheetId: sheet.id, source: "Local", type: "WorksheetAdded" }));
  }
}

/** Adds a sheet as the clerk would (the + tab), raising onAdded. */
export function addSheetAndNotify(model: WorkbookModel, name: string): SheetModel {
  const s = model.addSheet(name);
  raiseAdded(model, s);
  return s;
}
