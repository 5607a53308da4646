// Puts a report's figures and text into a plan's cells (for writing a filled workbook, and for
// re-laying a workbook without losing what was typed), and computes the totals' results so files
// read by programs that do not recalculate still show the right numbers.
import { getFormat } from "../format";
import type { CellKey, NarrativeSectionId } from "../format";
import { UserError } from "../i18n/user-error";
import type { CellValue } from "../model/cell";
import { unreadMark } from "../model/cell";
import type { PriorFigures, ReportData } from "../model/report";
import { a1, parseRange } from "./a1";
import { keepPrintedTotals } from "./kept-totals";
import { splitSection } from "./narrative-text";
import { INTRO_PART, NAME } from "./names";
import type { CellPlan, LayoutPlan, SheetPlan } from "./types";

/** What a value cell holds in the sheet: numbers as numbers; text, "/" and the like exactly as typed. */
export function sheetValue(v: CellValue | undefined): string | number | undefined {
  if (!v || v.kind === "blank") return undefined;
  // Not blank (R5 would call it missing) and not 0: the mark the reader takes back as unread.
  if (v.kind === "unread") return v.unknown ? undefined : unreadMark(v);
  return v.kind === "number" ? v.value : v.raw;
}

/** Excel's documented limit of characters in one cell. */
export const MAX_CELL_TEXT = 32767;

export function fillPlan(plan: LayoutPlan, report: ReportData | null, prior?: PriorFigures): LayoutPlan {
  const f = getFormat(plan.format);
  const parts: Partial<Record<NarrativeSectionId, Record<string, string>>> = {};
  for (const [id, text] of Object.entries(report?.narrative ?? {}) as [NarrativeSectionId, string][]) {
    const subheads = f.sections.find((s) => s.id === id)?.subheads;
    parts[id] = subheads ? splitSection(text, subheads) : { "": text };
  }
  const fillCell = (c: CellPlan): CellPlan => {
    const out = { ...c };
    if (c.role === "input" && c.key) assign(out, sheetValue(report?.cells[c.key as CellKey]));
    else if (c.role === "prior" && c.key) assign(out, sheetValue(prior?.cells[c.key as CellKey]));
    else if (c.role === "narrative" && c.section) {
      const p = parts[c.section];
      const text = p ? (p[c.part ?? ""] ?? (c.part === undefined ? p[INTRO_PART] : undefined)) : undefined;
      // Excel keeps at most 32,767 characters in a cell and cuts the rest without a word (issue 19):
      // refused with a sentence rather than written cut.
      if (text !== undefined && text.length > MAX_CELL_TEXT) {
        const title = f.sections.find((x) => x.id === c.section)?.title ?? c.section;
        throw new UserError("layout.narrative.tooLong", { section: title, n: text.length, limit: MAX_CELL_TEXT });
      }
      assign(out, text);
    }
    return out;
  };
  return {
    ...plan,
    sheets: plan.sheets.map((s) => {
      const sheet = keepPrintedTotals({ ...s, cells: s.cells.map(fillCell) }, report?.cells);
      const titleName = plan.names.find((n) => n.name === NAME.title && n.sheet === s.name);
      if (titleName && report?.title) {
        sheet.cells = sheet.cells.map((c) => (c.address === titleName.range ? { ...c, value: report.title } : c));
      }
      return sheet;
    }),
  };
}

function assign(c: CellPlan, v: string | number | undefined): void {
  if (v === undefined || v === "") delete c.value;
  else c.value = v;
}

/**
 * The result of each total formula on a sheet (=SUM of ranges, as the plan writes them), evaluated
 * over the plan's own values the way a spreadsheet does: numbers count, text and blanks do not.
 */
export function evaluateTotals(sheet: SheetPlan): Map<string, number> {
  const byAddress = new Map(sheet.cells.map((c) => [c.address, c]));
  const results = new Map<string, number>();
  const valueAt = (address: string, depth: number): number => {
    const c = byAddress.get(address);
    if (!c) return 0;
    if (c.formula) return evaluate(c, depth + 1);
    return typeof c.value === "number" ? c.value : 0;
  };
  const evaluate = (c: CellPlan, depth: number): number => {
    const cached = results.get(c.address);
    if (cached !== undefined) return cached;
    // A result the plan knows (a formula over another sheet): a number counts, text does not.
    if (c.result !== undefined) return typeof c.result === "number" ? c.result : 0;
    const m = /^=SUM\((.*)\)$/.exec(c.formula ?? "");
    if (!m || depth > 10) return 0; // the plan writes SUMs only, at most two deep
    let sum = 0;
    for (const part of m[1].split(",")) {
      const r = parseRange(part);
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) sum += valueAt(a1(row, col), depth);
    }
    results.set(c.address, sum);
    return sum;
  };
  for (const c of sheet.cells) if (c.formula) evaluate(c, 0);
  return results;
}
