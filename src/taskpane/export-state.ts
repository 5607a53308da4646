// The 导出 panel's state changes (pure).
import { comparedRows } from "../yoy/compare";
import { laidOut } from "./pane-state";
import type { PaneState } from "./pane-state";

export const toggleExport = (s: PaneState): PaneState => ({ ...s, exportUi: s.exportUi ? null : { file: null, copied: null, yoy: false } });

/** The last check read key figures of last year from the 上年数据 sheet: a 同比 table can be exported. */
export function exportYoyAvailable(s: PaneState): boolean {
  const c = s.checked;
  return laidOut(c) && comparedRows(c.report, c.prior).length > 0;
}

/** 加入同比表 ticked or not: kept until the panel closes. */
export const exportYoyChosen = (s: PaneState, on: boolean): PaneState => (s.exportUi ? { ...s, exportUi: { ...s.exportUi, yoy: on } } : s);

export const closeExport = (s: PaneState): PaneState => ({ ...s, exportUi: null });

/** A file was built: the panel offers its link (and its text, for plain text). */
export function exportReady(s: PaneState, file: { name: string; href: string; text: string | null; viaBrowser?: boolean }): PaneState {
  return { ...s, exportText: file.text, exportUi: { file, copied: null, yoy: s.exportUi?.yoy ?? false } };
}

export function exportCopied(s: PaneState, ok: boolean): PaneState {
  return s.exportUi ? { ...s, exportUi: { ...s.exportUi, copied: ok ? "ok" : "failed" } } : s;
}
