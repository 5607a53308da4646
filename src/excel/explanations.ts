// Saving the clerk's explanations (说明) into the workbook: one sync that rewrites the whole table of
// the visible 说明 sheet through its defined name (rows beyond the list are emptied, so a removed
// explanation is gone; hand-written rows are in the list as read, so they stay as written). A workbook
// laid out before that sheet (layout 2) keeps them where it reads them, in the hidden notes sheet's
// block. ExcelApi 1.1 is enough: names and plain range writes; no protection round trip (the sheet
// is not protected), which would clear the clerk's Undo.
import { UserError } from "../i18n/user-error";
import type { Explanation } from "../explain/explanations";
import { NAME, SHEET } from "../layout/names";
import { EXPLANATION_COLUMNS } from "../explain/explanations";
import { EXPLAIN_BLOCK, EXPLAIN_COLUMNS, explainGrid, explainHeader } from "../layout/explain-sheet";
import { NOTES_BLOCK, notesGrid, textFormatGrid } from "../layout/notes-sheet";
import { narrow } from "./api";
import type { XContext } from "./api";
import { syncOrMissing } from "./sync-or-missing";

/** The workbook has no notes sheet (laid out by an older version): 生成模板 upgrades it. */
export class NotesMissingError extends UserError {
  constructor(cause: unknown) {
    super("excel.notes.missing", {}, cause);
  }
}

const MISSING = ["ItemNotFound", "InvalidArgument"];

export async function saveExplanations(context: Excel.RequestContext, list: Explanation[]): Promise<void> {
  const ctx = narrow(context);
  // Built before any call is queued: a list too long for the table throws here, writing nothing.
  const grid = [explainHeader(), ...explainGrid(list)];
  const range = ctx.workbook.names.getItem(NAME.explanations).getRange();
  // Text format first, so Excel keeps "25", "=…" and ISO times as text rather than numbers, formulas or dates.
  range.numberFormat = [new Array<string>(EXPLAIN_COLUMNS).fill("General"), ...textFormatGrid(EXPLAIN_BLOCK)];
  range.values = grid;
  try {
    await syncOrMissing(ctx, MISSING, (e) => new NotesMissingError(e));
    return;
  } catch (e) {
    if (!(e instanceof NotesMissingError)) throw e;
  }
  await saveToNotesBlock(ctx, list);
}

/** Layout 2: the hidden notes sheet's block, where such a workbook reads its explanations. */
async function saveToNotesBlock(ctx: XContext, list: Explanation[]): Promise<void> {
  const grid = [[...EXPLANATION_COLUMNS], ...notesGrid(list)];
  const format = [new Array<string>(EXPLANATION_COLUMNS.length).fill("General"), ...textFormatGrid(NOTES_BLOCK)];
  const write = (lift: boolean) => {
    // Only a notes sheet protected by an older layout needs lifting (which clears the clerk's Undo);
    // it then stays unprotected, as this version lays it out.
    if (lift) ctx.workbook.worksheets.getItem(SHEET.notes).protection.unprotect();
    const range = ctx.workbook.names.getItem(NAME.notes).getRange();
    range.numberFormat = format;
    range.values = grid;
  };
  write(false);
  try {
    await syncOrMissing(ctx, MISSING, (e) => new NotesMissingError(e));
  } catch (e) {
    if ((e as { code?: string } | null)?.code !== "AccessDenied") throw e;
    write(true);
    await syncOrMissing(ctx, MISSING, (e2) => new NotesMissingError(e2));
  }
}
