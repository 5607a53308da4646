// 汇总 in the workbook: adds the chosen parts to the 明细 sheet (a body already there is replaced by
// name, the others stay), rewrites that sheet from the consolidation plan (src/consolidate), and puts
// the plan's formulas over 明细 into the report's table cells (inputs and totals), so every total traces to
// its parts in Excel itself. Table cells are found through the report's defined names (readReport),
// not the plan's addresses, so moved tables still get their formulas. Three syncs: read the report,
// read 明细, write.
import { consolidatedPlan, mergeParts, PARTS_NAME, PARTS_SHEET, partsFromValues, tableFormulas } from "../consolidate";
import { HEADER_ROW } from "../consolidate/names";
import type { CellKey } from "../format";
import type { Lang } from "../i18n";
import { parseRange, rangeA1 } from "../layout/a1";
import type { PartFigures } from "../model/report";
import { narrow } from "./api";
import { hostCan } from "./apply-plan";
import { readReport } from "./read-report";
import { officeApiSupport } from "./requirements";
import type { ApiSupport } from "./requirements";
import { queueStyles, queueValues } from "./write-cells";
import { protectionOptions, queueClear, queueMergesAndSizes, queueView } from "./write-sheet";

export interface PartsWritten {
  /** Every body 明细 now holds, in order. */
  bodies: string[];
  /** Bodies that were there before and were replaced. */
  replaced: string[];
}

export async function writeParts(excel: Excel.RequestContext, incoming: PartFigures[], lang: Lang, supports: ApiSupport = officeApiSupport): Promise<PartsWritten> {
  const can = { ...hostCan(supports), validation: false }; // 明细 has no data validation to clear
  const { report } = await readReport(excel, { supports });
  const context = narrow(excel);
  const old = context.workbook.names.getItemOrNullObject(PARTS_NAME).getRangeOrNullObject();
  old.load("values");
  const existingSheet = context.workbook.worksheets.getItemOrNullObject(PARTS_SHEET);
  existingSheet.load("name");
  // Whether each table sheet is protected now, so that lifting it to write the totals puts back only what was there.
  const refs = report.refs ?? {};
  const tableSheets = Object.keys(refs)
    .map((k) => refs[k as CellKey].sheet)
    .filter((n, i, all) => all.indexOf(n) === i)
    .map((n) => context.workbook.worksheets.getItem(n));
  tableSheets.forEach((t) => t.protection.load("protected"));
  await context.sync();
  const oldValues = old.isNullObject ? [] : old.values;
  const existing = partsFromValues(oldValues);
  const parts = mergeParts(existing, incoming);
  const plan = consolidatedPlan(report.format, parts, { year: report.year, agency: report.agency, lang });
  const piece = plan.sheets.find((s) => s.name === PARTS_SHEET);
  const name = plan.names.find((n) => n.name === PARTS_NAME);
  if (!piece || !name) throw new Error(`the consolidation plan has no ${PARTS_SHEET}`);

  const ws = existingSheet.isNullObject ? context.workbook.worksheets.add(PARTS_SHEET) : existingSheet;
  // The old 明细 may be larger than the new (never: bodies are only added or replaced) or laid out by an older version: cleared in full.
  const oldArea = oldValues.length ? { top: 1, left: 1, bottom: HEADER_ROW - 1 + oldValues.length, right: oldValues[0].length } : null;
  queueClear(ws, piece, oldArea, can);
  queueValues(ws, piece, plan);
  queueStyles(ws, piece, plan);
  queueMergesAndSizes(ws, piece);
  queueView(ws, piece, can);
  if (!old.isNullObject) context.workbook.names.getItem(PARTS_NAME).delete();
  context.workbook.names.add(PARTS_NAME, ws.getRange(rangeA1(parseRange(name.range))));

  // Table inputs (unlocked) and totals (locked, so their sheet's protection is lifted for the write and
  // put back) get their formula over 明细: a total left as the template's SUM over the inputs would add
  // up the parts that gave a figure and skip the one showing 未知 — a partial sum (consolidate/table-formulas.ts).
  const lifted = tableSheets.filter((t) => t.protection.protected);
  lifted.forEach((t) => t.protection.unprotect());
  tableFormulas(plan, refs).forEach((c) => (context.workbook.worksheets.getItem(c.sheet).getRange(c.address).formulas = [[c.formula]]));
  lifted.forEach((t) => t.protection.protect(protectionOptions()));
  await context.sync();
  return { bodies: parts.map((p) => p.body), replaced: incoming.filter((p) => existing.some((e) => e.body === p.body)).map((p) => p.body) };
}
