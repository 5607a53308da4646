// The whole report workbook as data: planLayout(format, {year, agency}) → LayoutPlan. Both hosts
// (Office.js in the add-in, ExcelJS in the CLI) translate this plan; neither decides layout itself.
import { getFormat } from "../format";
import type { FormatId } from "../format";
import type { Lang } from "../i18n";
import { metaSheet } from "./meta-sheet";
import { LAYOUT_VERSION } from "./names";
import { narrativeSheet } from "./narrative-sheet";
import { explanationsSheet } from "./explain-sheet";
import { notesSheet } from "./notes-sheet";
import { priorSheet } from "./prior-sheet";
import { HIGHLIGHTS, STYLES } from "./styles";
import { t2Sheet } from "./t2-sheet";
import { t3Sheet } from "./t3-sheet";
import { t4Sheet } from "./t4-sheet";
import type { CellPlan, LayoutPlan, SheetPlan, SheetRole } from "./types";

export interface PlanOptions {
  year?: number | null;
  agency?: string | null;
  /** The language of prompts and notes (labels are statutory Chinese either way). */
  lang?: Lang;
}

export function planLayout(format: FormatId, opts: PlanOptions = {}): LayoutPlan {
  const f = getFormat(format);
  const year = opts.year ?? null;
  const agency = opts.agency ?? null;
  const lang = opts.lang ?? "zh-CN";
  const parts = [
    narrativeSheet(f, year, agency, lang),
    t2Sheet(f, lang),
    t3Sheet(f, lang),
    t4Sheet(f, lang),
    priorSheet(f, year, lang),
    explanationsSheet(lang),
    metaSheet(format, year, agency, LAYOUT_VERSION),
    notesSheet(),
  ];
  return {
    format,
    year,
    agency,
    layoutVersion: LAYOUT_VERSION,
    sheets: parts.map((p) => p.sheet),
    names: parts.flatMap((p) => p.names),
    styles: STYLES,
    highlightStyles: HIGHLIGHTS,
  };
}

export function sheetOf(plan: LayoutPlan, role: SheetRole): SheetPlan {
  const s = plan.sheets.find((x) => x.role === role);
  if (!s) throw new Error(`Layout plan has no ${role} sheet`);
  return s;
}

/** Every input, total and prior cell with its sheet, by canonical key (prior cells under "prior:"). */
export function figureCells(plan: LayoutPlan): { sheet: SheetPlan; cell: CellPlan }[] {
  return plan.sheets.flatMap((sheet) => sheet.cells.filter((c) => c.key !== undefined).map((cell) => ({ sheet, cell })));
}
