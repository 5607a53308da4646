// The ExcelJS reader for the CLI: fills the same WorkbookRead an Office host fills in one sync
// (each defined name's range: values, formulas; the sheet names), then reads it through readback.
import ExcelJS from "exceljs";
import { PARTS_NAME } from "../consolidate/names";
import { partsFromValues } from "../consolidate/read-parts";
import { UserError } from "../i18n/user-error";
import { parseSheetRef } from "../layout/a1";
import type { RangePos } from "../layout/a1";
import { namesToRead, readBack } from "../layout/readback";
import type { ReadBackResult } from "../layout/readback";
import { readGrid } from "../layout/read-types";
import { checkWorkbookBounds } from "./zip-bounds";
import type { RangeRead, WorkbookRead } from "../layout/read-types";

export async function loadWorkbook(buf: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  // ExcelJS holds every cell of every sheet: what the light reader refuses is refused before it runs.
  await checkWorkbookBounds(buf, fileName);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings want its own Buffer type; a Node Buffer over the same bytes is what it reads.
    await wb.xlsx.load(Buffer.from(buf) as unknown as ExcelJS.Buffer);
  } catch (e) {
    // What the zip or XML reader said stays in `cause`, for debugging; the clerk reads the sentence.
    throw new UserError("cli.read.notXlsx", { file: fileName }, e);
  }
  return wb;
}

export async function readWorkbook(buf: Uint8Array, fileName: string): Promise<ReadBackResult> {
  const wb = await loadWorkbook(buf, fileName);
  const read = workbookRead(wb);
  // A workbook with none of the template's names is some other spreadsheet: one sentence, not a
  // finding for every missing part.
  if (Object.values(read.names).every((r) => r === null)) throw new UserError("cli.read.notReport", { file: fileName });
  const result = readBack(read);
  result.report.file = fileName;
  // A consolidated workbook's 明细 sheet: the parts its tables sum, for R12 (src/consolidate).
  const partsDef = wb.definedNames.model.find((d) => d.name === PARTS_NAME);
  const parts = partsDef && partsDef.ranges.length === 1 ? rangeOf(wb, partsDef.ranges[0]) : null;
  if (parts) result.report.parts = partsFromValues(parts.values);
  for (const f of result.findings) f.file = fileName;
  return result;
}

/** What the Office host would load: every name's range, as values and formulas. */
export function workbookRead(wb: ExcelJS.Workbook): WorkbookRead {
  const names: WorkbookRead["names"] = {};
  const model = wb.definedNames.model;
  for (const name of namesToRead()) {
    const def = model.find((d) => d.name === name);
    names[name] = def && def.ranges.length === 1 ? rangeOf(wb, def.ranges[0]) : null;
  }
  return { sheetNames: wb.worksheets.map((w) => w.name), names };
}

/** "'表三 依申请公开'!$A$2:$J$29" → the range read; null for #REF! or a sheet that is gone. */
export function rangeOf(wb: ExcelJS.Workbook, ref: string): RangeRead | null {
  const at = parseSheetRef(ref);
  const ws = at && wb.getWorksheet(at.sheet);
  return at && ws ? sheetRange(ws, at.range) : null;
}

export function sheetRange(ws: ExcelJS.Worksheet, r: RangePos): RangeRead {
  return readGrid(ws.name, r, (row, col) => cellContent(ws.getCell(row, col)));
}

/** A cell as Office reports it: cached value (formula → its result), "" for the hidden part of a merge. */
function cellContent(cell: ExcelJS.Cell): [unknown, string | undefined] {
  if (cell.isMerged && cell.master.address !== cell.address) return ["", undefined];
  const v = cell.value;
  if (v === null || v === undefined) return ["", undefined];
  if (typeof v !== "object") return [v, undefined];
  if (v instanceof Date) return [v.toISOString().slice(0, 10), undefined];
  if ("formula" in v || "sharedFormula" in v) {
    const formula = cell.formula ? `=${cell.formula}` : undefined;
    // cell.result, not value.result: ExcelJS's value getter drops a cached result of 0.
    const result: unknown = cell.result;
    if (result !== null && typeof result === "object" && "error" in (result as object)) return [(result as { error: string }).error, formula];
    return [result ?? "", formula];
  }
  if ("richText" in v) return [v.richText.map((t) => t.text).join(""), undefined];
  if ("error" in v) return [v.error, undefined];
  if ("text" in v) return [(v as { text: string }).text, undefined];
  return [String(v), undefined];
}
