// 起草 → 插入: appends a drafted paragraph to one narrative cell of the 总体情况及文字 sheet, found by
// its defined name (XXGK_TEXT_1_REQUEST …) so a renamed or moved sheet still works. What the clerk
// already wrote there stays first; the draft follows on a new line. Two syncs: read, then write (one
// more on ExcelApi 1.1, which lists the names first: read-workbook.ts).
import { UserError } from "../i18n/user-error";
import { narrow } from "./api";
import { listedNames, nullObjectNames, present } from "./read-workbook";
import type { ApiSupport } from "./requirements";
import { asText } from "./text-cell";

/** The narrative cell's defined name is gone (an old or damaged workbook): 生成模板 repairs it. */
export class TextCellMissingError extends UserError {
  constructor(name: string, place: string) {
    super("pane.draft.missingTarget", { place, name });
  }
}

/** The cell's text with `paragraph` after it (a blank cell just gets the paragraph). */
export function appendParagraph(existing: string, paragraph: string): string {
  const before = existing.replace(/\s+$/, "");
  return before ? `${before}\n${paragraph}` : paragraph;
}

// A paragraph is written as text like every text the add-in writes (text-cell.ts).
export { asText };

/** Appends `paragraph` to the cell named `name`; `place` names it in the sentence if it is missing. */
export async function insertNarrative(excel: Excel.RequestContext, name: string, place: string, paragraph: string, supports?: ApiSupport): Promise<string> {
  const context = narrow(excel);
  const named = supports && !supports("1.4") ? await listedNames(context) : nullObjectNames(context);
  const p = named(name);
  p?.range.load("values");
  await context.sync();
  const range = present(p);
  if (!range) throw new TextCellMissingError(name, place);
  const cell = range.getCell(0, 0);
  const text = appendParagraph(String(range.values[0]?.[0] ?? ""), paragraph);
  cell.values = [[asText(text)]];
  await context.sync();
  return text;
}
