// Saving the clerk's explanations (说明) into the workbook: one sync that rewrites the whole
// explanation block of the hidden (veryHidden, unprotected) notes sheet through its defined name
// (rows beyond the list are emptied, so a removed explanation is gone). ExcelApi 1.7 is enough:
// names and plain range writes; no protection round trip, which would clear the clerk's Undo.
import { UserError } from "../i18n/user-error";
import type { Explanation } from "../explain/explanations";
import { NAME, SHEET } from "../layout/names";
import { EXPLANATION_COLUMNS } from "../explain/explanations";
import { NOTES_BLOCK, notesGrid, textFormatGrid } from "../layout/notes-sheet";
import { narrow } from "./api";
import { syncOrMissing } from "./sync-or-missing";

/** The workbook has no notes sheet (laid out by an older version): 生成模板 upgrades it. */
export class NotesMissingError extends UserError {
  constructor(cause: unknown) {
    super("excel.notes.missing", {}, cause);
  }
}

export async function saveExplanations(context: Excel.RequestContext, list: Explanation[]): Promise<void> {
  const ctx = narrow(context);
  // Built before any call is queued: a list too long for the block throws here, writing nothing.
  const grid = [[...EXPLANATION_COLUMNS], ...notesGrid(list)];
  const format = [new Array<string>(EXPLANATION_COLUMNS.length).fill("General"), ...textFormatGrid(NOTES_BLOCK)];
  const write = (lift: boolean) => {
    // Only a notes sheet protected by an older layout needs lifting (which clears the clerk's Undo);
    // it then stays unprotected, as this version lays it out.
    if (lift) ctx.workbook.worksheets.getItem(SHEET.notes).protection.unprotect();
    const range = ctx.workbook.names.getItem(NAME.notes).getRange();
    // Text format first, so Excel keeps "12", "=…" and ISO times as text rather than numbers, formulas or dates.
    range.numberFormat = format;
    range.values = grid;
  };
  write(false);
  try {
    await syncOrMissing(ctx, ["ItemNotFound", "InvalidArgument"], (e) => new NotesMissingError(e));
  } catch (e) {
    if ((e as { code?: string } | null)?.code !== "AccessDenied") throw e;
    write(true);
    await syncOrMissing(ctx, ["ItemNotFound", "InvalidArgument"], (e2) => new NotesMissingError(e2));
  }
}
