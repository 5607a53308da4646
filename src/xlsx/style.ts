// StylePlan → ExcelJS cell style. Colours "#RRGGBB" become ARGB.
import { t } from "../i18n";
import type ExcelJS from "exceljs";
import type { StylePlan } from "../layout/types";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

export function applyStyle(cell: ExcelJS.Cell, s: StylePlan, numberFormat?: string): void {
  if (s.font) {
    const font: Partial<ExcelJS.Font> = {};
    if (s.font.name) font.name = s.font.name;
    if (s.font.size) font.size = s.font.size;
    if (s.font.bold) font.bold = true;
    if (s.font.color) font.color = { argb: argb(s.font.color) };
    cell.font = font;
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.horizontal || s.vertical || s.wrap) {
    cell.alignment = { horizontal: s.horizontal, vertical: s.vertical, wrapText: s.wrap ?? false };
  }
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const fmt = numberFormat ?? s.numberFormat;
  if (fmt) cell.numFmt = fmt;
  cell.protection = { locked: s.locked !== false };
}

/** A highlight style for conditional formatting: ExcelJS puts the fill colour in bgColor there. */
export function highlightStyle(s: StylePlan): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.fill) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } };
  if (s.font) out.font = { bold: s.font.bold, color: s.font.color ? { argb: argb(s.font.color) } : undefined };
  return out;
}

/** The note on a total kept as printed (layout/kept-totals.ts), in the workbook's language (Chinese). */
export function keptNote(reason: "printed" | "unread"): string {
  return t("zh-CN", `layout.kept.${reason}`);
}

/** Whether a cell's note is one keptNote wrote (so a total given its formula back loses it). */
export function isKeptNote(note: unknown): boolean {
  return typeof note === "string" && (note === keptNote("printed") || note === keptNote("unread"));
}
