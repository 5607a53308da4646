// A click on a finding selects its cell: activate the sheet, select the range, one sync.
import type { CellRef } from "../model/report";
import { narrow } from "./api";

/** Selects the first reference (a finding lists its own cell first); the others are shown in the
 *  pane — selecting several areas at once needs RangeAreas (ExcelApi 1.9). */
export async function selectCells(context: Excel.RequestContext, refs: CellRef[]): Promise<void> {
  const ref = refs.find((r) => r.sheet && r.address);
  if (!ref) return;
  const ctx = narrow(context);
  const ws = ctx.workbook.worksheets.getItem(ref.sheet);
  ws.activate();
  ws.getRange(ref.address).select();
  await ctx.sync();
}
