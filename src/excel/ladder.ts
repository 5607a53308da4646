// The ExcelApi ladder: what the add-in can do on each Office, by the requirement set each step's
// calls need (every member checked against @types/office-js's "[Api set: ExcelApi 1.x]" and
// Microsoft's requirement-set pages; docs/excel-api-ladder.md). The manifest asks only for the first
// rung; each later rung is used only where isSetSupported says so, and the pane says in one sentence
// which rungs this Office has.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { ApiSupport } from "./requirements";

export type Rung = "check" | "layout" | "highlightRules" | "live" | "prompts" | "print";

export const LADDER: readonly { rung: Rung; version: string; why: string }[] = [
  // Names listed and read (NamedItemCollection.getItem, NamedItem.getRange), values, fills,
  // Range.select, Worksheet.activate: all ExcelApi 1.1 (Office 2016 volume-licensed).
  { rung: "check", version: "1.1", why: "open a laid-out workbook, check it, paint and select the findings' cells" },
  // NamedItemCollection.add and the null-object reads are 1.4; merge, column widths, cell locking,
  // sheet protection and hiding a sheet are 1.2.
  { rung: "layout", version: "1.4", why: "生成模板: defined names (1.4), merges and protection (1.2)" },
  { rung: "highlightRules", version: "1.6", why: "conditional formats that flag a wrong figure without the add-in" },
  // Worksheet.onChanged and WorksheetCollection.onAdded; freeze panes too.
  { rung: "live", version: "1.7", why: "live checking as the clerk types" },
  { rung: "prompts", version: "1.8", why: "input prompts and stop alerts (data validation)" },
  { rung: "print", version: "1.9", why: "A4 print setup" },
];

/** The ExcelApi from which the add-in's own writes join the undo stack (excel-api-1-20-requirement-set). */
export const UNDOABLE_WRITES = "1.20";

export const rungVersion = (rung: Rung): string => LADDER.find((r) => r.rung === rung)!.version;

/** The rungs `supports` reaches, in ladder order. */
export function rungsOf(supports: ApiSupport): Rung[] {
  return LADDER.filter((r) => supports(r.version)).map((r) => r.rung);
}

/** One sentence for the clerk: what this Office can do, and — when a rung is missing — what it
 *  cannot and which ExcelApi that needs. */
export function ladderSentence(supports: ApiSupport, lang: Lang): string {
  const name = (r: Rung) => t(lang, `excel.ladder.step.${r}`);
  const sep = lang === "zh-CN" ? "、" : ", ";
  const can = LADDER.filter((r) => supports(r.version)).map((r) => name(r.rung));
  const cannot = LADDER.filter((r) => !supports(r.version)).map((r) => t(lang, "excel.ladder.needs", { step: name(r.rung), version: r.version }));
  if (cannot.length === 0) return t(lang, "excel.ladder.can", { can: can.join(sep) });
  return t(lang, "excel.ladder.canCannot", { can: can.join(sep), cannot: cannot.join(sep) });
}
