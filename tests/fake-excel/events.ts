// Worksheet.onChanged for the fake (ExcelApi 1.7). Handlers are registered at sync time, like Office;
// the fake raises the event only when a test plays the user (`typeAndNotify`), never for the add-in's
// own writes — so a test of live checking proves the pane reacts to the clerk's edits.
import { typeInto } from "./structure";
import type { SheetModel, WorkbookModel } from "./workbook-model";

export interface ChangedArgs {
  address: string;
  worksheetId: string;
  source: "Local";
  changeType: "RangeEdited";
  type: "WorksheetChanged";
}
type Handler = (args: ChangedArgs) => Promise<unknown>;

const listeners = new WeakMap<WorkbookModel, { sheet: SheetModel; handler: Handler }[]>();

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

/** Types as the clerk would (structure.ts typeInto), then raises onChanged on that sheet. */
export function typeAndNotify(model: WorkbookModel, sheetName: string, address: string, values: (string | number | boolean)[][]): void {
  typeInto(model, address, values, sheetName);
  const sheet = model.sheetOrThrow(sheetName);
  for (const l of [...(listeners.get(model) ?? [])]) {
    if (l.sheet !== sheet) continue;
    const args: ChangedArgs = { address, worksheetId: sheet.id, source: "Local", changeType: "RangeEdited", type: "WorksheetChanged" };
    // Office raises events asynchronously, after the edit is committed.
    void Promise.resolve().then(() => l.handler(args));
  }
}
