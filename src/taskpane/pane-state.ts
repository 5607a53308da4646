// The pane's whole state, and the transitions that are not any one panel's (a check arrived, a
// 生成模板 finished or stopped on conflicts, an error, the busy line). Pure: each function returns a
// new state and touches neither the DOM nor Excel, so the pane's behaviour is tested without either.
import type { LayoutOutcome as ApplyResult } from "../host/types";
import type { CheckOutcome as Checked } from "../host/types";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { ConsolidateUi } from "./consolidate-state";
import type { DraftUi } from "./draft-state";
import type { ExportUi } from "./export-panel";
import type { HelpUi } from "./help-state";
import type { FindingsUi } from "./render-findings";
import type { InfoUi } from "./render-info";
import type { PriorUi } from "./render-prior";
import type { InfoDraft, ReportInfo } from "./report-info";
import type { ViewName } from "./view";
import type { YoyUi } from "./yoy-state";

export interface PaneState {
  checked: Checked | null;
  checkedAt: string | null;
  busy: string | null;
  notice: string | null;
  error: string | null;
  conflict: string | null;
  findingsUi: FindingsUi;
  exportUi: ExportUi | null;
  /** The text of the last plain-text export, for 复制到剪贴板. */
  exportText: string | null;
  info: InfoUi | null;
  /** What the clerk last typed in the form on this workbook, offered again if it is reopened before a layout. */
  lastDraft: InfoDraft | null;
  /** The year and agency of the 生成模板 that stopped on conflicts: 覆盖并生成 uses them too. */
  conflictInfo: ReportInfo | null;
  /** The 导入上年数据 panel. */
  prior: PriorUi | null;
  /** The help view (帮助 and 自检). */
  help: HelpUi | null;
  /** The 同比 panel. */
  yoy: YoyUi | null;
  /** The 起草 panel. */
  drafts: DraftUi | null;
  /** The 汇总 panel. */
  consolidate: ConsolidateUi | null;
}

/** The pane as it opens: the view the ribbon button asked for (manifest: ?view=export, ?view=help). */
export function initialState(view: ViewName = "main"): PaneState {
  return {
    checked: null,
    checkedAt: null,
    busy: null,
    notice: null,
    error: null,
    conflict: null,
    findingsUi: { explaining: null, expanded: new Set<string>() },
    exportUi: view === "export" ? { file: null, copied: null, yoy: false } : null,
    exportText: null,
    info: null,
    lastDraft: null,
    conflictInfo: null,
    prior: null,
    help: view === "help" ? { selftest: null } : null,
    yoy: null,
    drafts: null,
    consolidate: null,
  };
}

/** A workbook without the tool's meta block has not been laid out yet (reading it reports the block
 *  missing as a warning; a damaged one is an error and is shown with the other findings). */
export const laidOut = (c: Checked | null): c is Checked =>
  c !== null && !c.result.findings.some((f) => f.msg.id === "layout.r10.metaMissing" && f.severity === "warning");

export const busy = (s: PaneState, label: string | null): PaneState => ({ ...s, busy: label });

export const failed = (s: PaneState, sentence: string): PaneState => ({ ...s, error: sentence });

export const dismissError = (s: PaneState): PaneState => ({ ...s, error: null });

export const checked = (s: PaneState, c: Checked, at: string): PaneState => ({ ...s, checked: c, checkedAt: at, error: null });

/** After 生成模板: the overwrite question when it stopped on conflicts, otherwise what it did. */
export function layoutFinished(s: PaneState, r: ApplyResult, info: ReportInfo | null, lang: Lang): PaneState {
  if (!r.written) {
    const c = r.conflicts[0];
    const conflict = t(lang, "excel.conflicts", { count: r.conflicts.length, sheet: c?.sheet ?? "", address: c?.address ?? "", existing: c?.existing ?? "" });
    return { ...s, conflict, conflictInfo: info };
  }
  const notes = [t(lang, "pane.done.layout")];
  if (r.print === "skipped") notes.push(t(lang, "excel.printSkipped"));
  if (r.conditional === "skipped") notes.push(t(lang, "excel.conditionalSkipped"));
  // Formulas in input cells (汇总's sums over 明细) stayed formulas: said, so the clerk knows.
  if (r.keptFormulas > 0) notes.push(t(lang, "excel.keptFormulas", { count: r.keptFormulas }));
  for (const x of r.renamed) notes.push(t(lang, "excel.renamed", x));
  for (const sheet of r.rebuilt) notes.push(t(lang, "excel.rebuilt", { sheet }));
  return { ...s, conflict: null, conflictInfo: null, lastDraft: null, notice: notes.join(" ") };
}

export const cancelOverwrite = (s: PaneState): PaneState => ({ ...s, conflict: null, conflictInfo: null });

export const noticed = (s: PaneState, notice: string): PaneState => ({ ...s, notice });
