// Document settings kept in the workbook on WPS, where there is no Office.context.document.settings:
// a JSON object in A1 of a veryHidden sheet of our own, read once, written on saveAsync(). The
// layout never plans this sheet, so 生成模板's conflict check and relayout leave it alone.
import type { DocSettings } from "../addin/doc-settings";
import { XL_SHEET_VISIBILITY } from "./constants";
import { asGrid, get, sheetNames, sheetOf } from "./et";
import type { EtWorkbook, EtWorksheet } from "./et";

/** Ours alone; never in a layout plan. */
export const SETTINGS_SHEET = "xxgk_settings";

function load(wb: EtWorkbook): Record<string, unknown> {
  if (!sheetNames(wb).includes(SETTINGS_SHEET)) return {};
  const text = asGrid(get(sheetOf(wb, SETTINGS_SHEET).Range("A1"), "Value2"))[0][0];
  try {
    const v: unknown = typeof text === "string" && text ? JSON.parse(text) : {};
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {}; // a cell someone edited by hand: start afresh rather than fail the pane
  }
}

function save(wb: EtWorkbook, values: Record<string, unknown>): void {
  let ws: EtWorksheet;
  if (sheetNames(wb).includes(SETTINGS_SHEET)) ws = sheetOf(wb, SETTINGS_SHEET);
  else {
    const sheets = get(wb, "Worksheets");
    ws = sheets.Add(undefined, sheets.Item(get(sheets, "Count"))) as EtWorksheet;
    ws.Name = SETTINGS_SHEET;
    ws.Visible = XL_SHEET_VISIBILITY.veryHidden;
  }
  const range = ws.Range("A1");
  range.NumberFormat = "@";
  range.Value2 = JSON.stringify(values);
}

/** `step` runs the work as the add-in's own (its SheetChange echo is not taken for the clerk's edit). */
export function workbookSettings(wb: () => EtWorkbook, step: <T>(work: () => T) => Promise<T>): DocSettings {
  let cache: Record<string, unknown> | null = null;
  const values = () => (cache ??= load(wb()));
  return {
    get: (name) => values()[name] ?? null,
    set: (name, value) => void (values()[name] = value),
    remove: (name) => void delete values()[name],
    saveAsync: (callback) => {
      const snapshot = { ...values() };
      void step(() => save(wb(), snapshot)).then(
        () => callback?.({ status: "succeeded" }),
        () => callback?.({ status: "failed" }),
      );
    },
  };
}
