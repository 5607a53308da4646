// The hidden sheet that says what the workbook is: format, year, agency and layout version. It is
// veryHidden (not listed under 取消隐藏) so clerks do not edit it by accident.
import type { FormatId } from "../format";
import { NAME, SHEET } from "./names";
import { SheetBuilder } from "./sheet-builder";
import type { MetaField, NamePlan, SheetPlan } from "./types";

export const META_FIELDS: MetaField[] = ["format", "year", "agency", "layoutVersion"];

export function metaSheet(
  format: FormatId,
  year: number | null,
  agency: string | null,
  layoutVersion: number,
): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(SHEET.meta, "meta");
  const values: Record<MetaField, string | number | undefined> = {
    format,
    year: year ?? undefined,
    agency: agency ?? undefined,
    layoutVersion,
  };
  META_FIELDS.forEach((field, i) => {
    b.text("meta", i + 1, 1, field);
    const cell = { address: `B${i + 1}`, role: "meta" as const, meta: field, value: values[field] };
    if (cell.value === undefined) delete cell.value;
    b.cells.push(cell);
  });
  b.columnWidths.A = 16;
  b.columnWidths.B = 40;
  b.name_(NAME.meta, { top: 1, left: 1, bottom: META_FIELDS.length, right: 2 });
  const sheet = b.build({ print: { orientation: "portrait", fitToWidth: true }, protect: true, visibility: "veryHidden" });
  return { sheet, names: b.names };
}
