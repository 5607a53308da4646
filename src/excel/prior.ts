// 导入上年数据: writes last year's reference figures into the 上年数据 sheet in ONE sync. Only the
// sheet's input cells are written — each one addressed from the XXGK_PRIOR defined name (so a renamed
// or moved sheet still works) at the offset the layout plan gives it; labels, headers and every other
// cell are left alone. Every input cell is written: a figure the import left blank clears its cell,
// so the sheet ends up holding exactly what was imported. The input cells are unlocked by the
// layout, so the sheet's protection stays as it is (no unprotect/protect round trip).
import type { CellKey, FormatId } from "../format";
import { UserError } from "../i18n/user-error";
import { parseRange } from "../layout/a1";
import { sheetValue } from "../layout/fill";
import { NAME, SHEET } from "../layout/names";
import { planLayout } from "../layout/plan";
import type { PriorFigures } from "../model/report";
import { narrow } from "./api";
import { syncOrMissing } from "./sync-or-missing";
import { asCellValue } from "./text-cell";

/** The workbook has no 上年数据 sheet (not laid out, or the sheet or its name deleted): 生成模板 first. */
export class PriorSheetMissingError extends UserError {
  constructor(cause: unknown) {
    super("excel.prior.missing", { sheet: SHEET.prior }, cause);
  }
}

/** Each input cell of the 上年数据 sheet of `format`: its key and its offset from the XXGK_PRIOR range's top-left. */
export function priorCellOffsets(format: FormatId): { key: CellKey; row: number; col: number }[] {
  const plan = planLayout(format);
  const name = plan.names.find((n) => n.name === NAME.prior);
  const sheet = plan.sheets.find((s) => s.name === name?.sheet);
  if (!name || !sheet) throw new Error(`the ${format} plan has no ${NAME.prior}`);
  const top = parseRange(name.range);
  return sheet.cells
    .filter((c) => c.role === "prior" && c.key)
    .map((c) => {
      const at = parseRange(c.address);
      return { key: c.key as CellKey, row: at.top - top.top, col: at.left - top.left };
    });
}

/** The cells `prior` is written to, for every host; throws before anything is written when `prior`
 *  holds a figure the sheet has no cell for (the 2019 format has no 现行有效件数 rows). */
export function priorCellsFor(prior: PriorFigures, format: FormatId): { key: CellKey; row: number; col: number }[] {
  const cells = priorCellOffsets(format);
  const known = new Set(cells.map((c) => c.key));
  const stray = Object.keys(prior.cells).filter((k) => !known.has(k));
  if (stray.length > 0) throw new Error(`no cell on the ${format} ${SHEET.prior} sheet for ${stray.join(", ")}`);
  return cells;
}

/**
 * `format`: the workbook's format (its 上年数据 sheet has no 现行有效件数 rows in the 2019 format).
 * Throws before queueing anything when `prior` holds a figure that sheet has no cell for.
 */
export async function writePriorFigures(context: Excel.RequestContext, prior: PriorFigures, format: FormatId = "2021"): Promise<void> {
  const ctx = narrow(context);
  const cells = priorCellsFor(prior, format);
  const block = ctx.workbook.names.getItem(NAME.prior).getRange();
  for (const c of cells) {
    const v = sheetValue(prior.cells[c.key]);
    block.getCell(c.row, c.col).values = [[v === undefined ? "" : asCellValue(v)]]; // "-" and "--" stay marks
  }
  await syncOrMissing(ctx, ["ItemNotFound", "InvalidReference"], (e) => new PriorSheetMissingError(e));
}
