// A layout plan: everything the report workbook should contain, as plain data. The Office.js host
// (src/excel/) and the ExcelJS host (src/xlsx/) only translate it into calls, so a workbook laid out by
// the add-in and one written by the CLI are the same shape.
import type { CellKey, FormatId, NarrativeSectionId } from "../format";

export type SheetRole = "t2" | "t3" | "t4" | "narrative" | "prior" | "meta" | "notes" | "explanations" | "parts";

/** What a cell is for; the style and protection follow from it. */
export type CellRole =
  | "title"
  | "header"
  | "label"
  | "note"
  | "input" // a number the clerk types
  | "total" // a statutory total, filled with a formula
  | "narrative" // a section of text the clerk writes
  | "prior" // last year's figure (reference sheet)
  | "meta";

export interface StylePlan {
  font?: { name?: string; size?: number; bold?: boolean; color?: string };
  /** Solid fill colour, "#RRGGBB". */
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  numberFormat?: string;
  /** Unlocked cells can be edited when the sheet is protected. */
  locked?: boolean;
}

export interface CellPlan {
  /** A1 address on its sheet. */
  address: string;
  role: CellRole;
  value?: string | number;
  /** A formula starting with "=", in English function names and A1 references. */
  formula?: string;
  /** The formula's result when the plan knows it (a 汇总 figure over the 明细 sheet), stored beside
   *  the formula for programs that do not recalculate. */
  result?: number | string;
  /** The canonical key of a report figure, for input, total and prior cells. */
  key?: CellKey;
  /** The narrative section a narrative cell holds. */
  section?: NarrativeSectionId;
  /** Overrides the role's number format (万元 amounts keep their decimals). */
  numberFormat?: string;
  /** Section 一 is written in parts (its intro and one per sub-head, e.g. "active"); the part here. */
  part?: string;
  /** Metadata field held by a meta cell. */
  meta?: MetaField;
  /** A total cell holding the report's printed content instead of its formula (layout/kept-totals.ts):
   *  "printed" a figure or text the formula would not show, "unread" the source's figure not read. */
  kept?: "printed" | "unread";
}

export type MetaField = "format" | "year" | "agency" | "layoutVersion";

export interface ValidationPlan {
  range: string;
  type: "whole" | "decimal";
  /** Lower bound (inclusive). 2019's 本年增/减 may be negative: its min is WHOLE_ANY_MIN. */
  min: number;
  /** Input message and error alert, in Chinese. */
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export type HighlightKind = "error" | "missing";

/** A formula-based conditional format: applies to `range`, true when `formula` (relative to the
 *  range's top-left cell) is true. The formula starts with "=" as Office.js wants it; ExcelJS drops it. */
export interface ConditionalFormatPlan {
  range: string;
  formula: string;
  kind: HighlightKind;
}

export interface PrintPlan {
  orientation: "portrait" | "landscape";
  /** Fit to one page wide (height free). */
  fitToWidth: boolean;
  /** Rows repeated at the top of each page, e.g. "$1:$4". */
  titleRows?: string;
  printArea?: string;
  /** Also one page tall: the whole print area on one page (表三 prints on one A4 page, as in the official format). */
  onePage?: boolean;
  /** Print in black and white (Excel, WPS): the pale fills of input cells and highlights do not print. */
  blackAndWhite?: boolean;
}

export interface SheetPlan {
  name: string;
  role: SheetRole;
  visibility: "visible" | "hidden" | "veryHidden";
  /** Column widths in characters (Excel's width unit), by column letter. */
  columnWidths: Record<string, number>;
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  cells: CellPlan[];
  merges: string[];
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  print: PrintPlan;
  /** Rows/columns frozen at the top/left. */
  freeze?: { rows: number; columns: number };
  /** Protect the sheet (no password) so labels and formulas resist accidental edits. */
  protect: boolean;
}

export interface NamePlan {
  /** Workbook-scoped defined name, e.g. XXGK_T3. */
  name: string;
  sheet: string;
  range: string;
}

export interface LayoutPlan {
  format: FormatId;
  year: number | null;
  agency: string | null;
  layoutVersion: number;
  sheets: SheetPlan[];
  names: NamePlan[];
  styles: Record<CellRole, StylePlan>;
  highlightStyles: Record<HighlightKind, StylePlan>;
}
