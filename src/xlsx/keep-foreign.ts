// Rewriting a workbook keeps what is not ours (issue 19): when `xxgk consolidate -o EXISTING --force`
// or `xxgk template EXISTING --force` writes a fresh plan over a workbook the clerk has worked in, the
// fresh workbook takes over from the old one everything the plan does not own — the clerk's own
// sheets (values, styles, notes, merges, widths and heights), cells of our sheets outside every range
// the plan writes (a remark typed beside 表三), notes on any cell, and defined names that are not the
// tool's. What the plan owns (its cells, merged areas and named regions) is the plan's.
import ExcelJS from "exceljs";
import { a1, parseRange, parseSheetRef } from "../layout/a1";
import type { LayoutPlan, SheetPlan } from "../layout/types";
import { loadWorkbook } from "./read-workbook";
import { isKeptNote } from "./style";

/** Every address the plan owns on `sheet`: its cells, merged areas and named regions. */
function ownedAddresses(plan: LayoutPlan, sheet: SheetPlan): Set<string> {
  const owned = new Set(sheet.cells.map((c) => c.address));
  const ranges = [...sheet.merges, ...plan.names.filter((n) => n.sheet === sheet.name).map((n) => n.range)];
  for (const range of ranges) {
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) owned.add(a1(row, col));
  }
  return owned;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function copyCell(from: ExcelJS.Cell, to: ExcelJS.Cell, withValue: boolean): void {
  if (withValue) {
    to.value = from.value;
    to.style = clone(from.style);
  }
  if (from.note && !isKeptNote(from.note)) to.note = from.note;
}

/** The clerk's own sheet, copied whole into `wb` (after the plan's sheets). */
function copySheet(from: ExcelJS.Worksheet, wb: ExcelJS.Workbook): void {
  const to = wb.addWorksheet(from.name, { state: from.state, properties: clone(from.properties) });
  from.columns?.forEach((col, i) => {
    if (col.width !== undefined) to.getColumn(i + 1).width = col.width;
  });
  from.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) to.getRow(r).height = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => copyCell(cell, to.getCell(cell.address), true));
  });
  const merges = (from.model as { merges?: string[] }).merges ?? [];
  for (const m of merges) to.mergeCells(m);
}

/**
 * `fresh` (the plan just written) with what `existing` holds that the plan does not own. Returns
 * `fresh` unchanged when `existing` is not a workbook (nothing of the clerk's to keep).
 */
export async function keepForeign(fresh: Uint8Array, existing: Uint8Array, plan: LayoutPlan, fileName: string): Promise<Buffer> {
  let old: ExcelJS.Workbook;
  try {
    old = await loadWorkbook(existing, fileName);
  } catch {
    return Buffer.from(fresh);
  }
  const wb = await loadWorkbook(fresh, fileName);
  for (const ws of old.worksheets) {
    const sheet = plan.sheets.find((s) => s.name === ws.name);
    const target = wb.getWorksheet(ws.name);
    if (!sheet || !target) {
      if (!target) copySheet(ws, wb);
      continue;
    }
    const owned = ownedAddresses(plan, sheet);
    // Empty cells too: a note may sit on a blank input cell.
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        copyCell(cell, target.getCell(cell.address), !owned.has(cell.address));
      }),
    );
  }
  const ours = new Set(wb.definedNames.model.map((d) => d.name));
  for (const d of old.definedNames.model) {
    if (ours.has(d.name) || d.name.startsWith("XXGK_") || d.name.startsWith("_xlnm")) continue;
    for (const ref of d.ranges) {
      const at = parseSheetRef(ref);
      if (at && wb.getWorksheet(at.sheet)) wb.definedNames.add(ref, d.name);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
