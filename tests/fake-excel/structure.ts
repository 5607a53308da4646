// What a clerk does to a workbook by hand, outside the add-in, with Excel's side effects: inserting
// rows shifts cells, merges, validation, conditional formats, defined names and every formula that
// points below; renaming a sheet rewrites formulas that name it (defined names follow the sheet).
// Tests use these to damage a laid-out workbook and check that reading it back notices.
import { parseArea, splitSheet } from "./address";
import type { Area } from "./address";
import { rewriteRefs } from "./formula";
import type { RefToken } from "./formula";
import type { CellModel, SheetModel, WorkbookModel } from "./workbook-model";

function shiftArea(a: Area, at: number, n: number): Area {
  const top = a.row >= at ? a.row + n : a.row;
  const bottom = a.row + a.rows - 1 >= at ? a.row + a.rows - 1 + n : a.row + a.rows - 1;
  return { ...a, row: top, rows: bottom - top + 1 };
}

function shiftRef(r: RefToken, at: number, n: number): RefToken {
  const move = (p: RefToken["a"]) => (p.row >= at ? { ...p, row: p.row + n } : p);
  return { ...r, a: move(r.a), b: r.b ? move(r.b) : undefined };
}

function forEachFormula(model: WorkbookModel, fn: (host: SheetModel, formula: string) => string): void {
  for (const s of model.sheets) {
    for (const c of s.cells.values()) if (c.formula) c.formula = fn(s, c.formula);
    for (const cf of s.conditionalFormats) if (cf.formula) cf.formula = fn(s, cf.formula);
  }
}

/** Inserts `count` empty rows above 1-based row `row1` of sheet `sheetName`, as Excel's 插入行 does. */
export function insertRows(model: WorkbookModel, sheetName: string, row1: number, count = 1): void {
  const s = model.sheetOrThrow(sheetName);
  const at = row1 - 1;
  const cells = new Map<string, CellModel>();
  for (const [k, c] of s.cells) {
    const [r, col] = k.split(",").map(Number);
    cells.set(`${r >= at ? r + count : r},${col}`, c);
  }
  s.cells = cells;
  s.merges = s.merges.map((m) => shiftArea(m, at, count));
  for (const v of s.validations) v.area = shiftArea(v.area, at, count);
  for (const cf of s.conditionalFormats) cf.area = shiftArea(cf.area, at, count);
  const heights = new Map<number, number>();
  for (const [r, h] of s.rowHeights) heights.set(r >= at ? r + count : r, h);
  s.rowHeights = heights;
  for (const n of model.names.values()) if (n.sheet === s && n.area) n.area = shiftArea(n.area, at, count);
  forEachFormula(model, (host, f) =>
    rewriteRefs(f, (ref) => {
      const target = ref.sheet === undefined ? host : model.sheet(ref.sheet);
      return target === s ? shiftRef(ref, at, count) : null;
    }),
  );
}

/** Renames a sheet as a user would (double-click the tab). */
export function renameSheet(model: WorkbookModel, from: string, to: string): void {
  const s = model.sheetOrThrow(from);
  const old = s.name;
  model.renameSheet(s, to);
  forEachFormula(model, (_host, f) =>
    rewriteRefs(f, (ref) => (ref.sheet !== undefined && ref.sheet.toLowerCase() === old.toLowerCase() ? { ...ref, sheet: to } : null)),
  );
}

/** Deletes a defined name (公式 → 名称管理器 → 删除). */
export function deleteName(model: WorkbookModel, name: string): void {
  if (!model.names.delete(name.toLowerCase())) throw new Error(`no name ${name}`);
}

/** Types into cells as a user would, after unprotecting the sheet if need be: "=…" enters a formula,
 *  "" clears. One call is one action on the undo stack. `address` may carry a sheet ("表三!C7") or use `sheetName`. */
export function typeInto(model: WorkbookModel, address: string, values: (string | number | boolean)[][], sheetName?: string): void {
  const { sheet, local } = splitSheet(address);
  const s = model.sheetOrThrow(sheet ?? sheetName ?? "");
  const area = parseArea(local);
  model.recordUndo(s, values.flatMap((row, r) => row.map((_, c) => ({ row: area.row + r, col: area.col + c }))));
  const wasProtected = s.protected;
  s.protected = false;
  try {
    values.forEach((row, r) => row.forEach((v, c) => model.write(s, area.row + r, area.col + c, v, false)));
  } finally {
    s.protected = wasProtected;
  }
}

/** Reads what a user sees in a cell (computed value; "" when empty). */
export function shown(model: WorkbookModel, address: string, sheetName?: string): string | number | boolean {
  const { sheet, local } = splitSheet(address);
  const s = model.sheetOrThrow(sheet ?? sheetName ?? "");
  const a = parseArea(local);
  return model.displayValue(s, a.row, a.col);
}
