// The 导出 panel's state changes (pure).
import type { PaneState } from "./pane-state";

export const toggleExport = (s: PaneState): PaneState => ({ ...s, exportUi: s.exportUi ? null : { file: null, copied: null } });

export const closeExport = (s: PaneState): PaneState => ({ ...s, exportUi: null });

/** A file was built: the panel offers its link (and its text, for plain text). */
export function exportReady(s: PaneState, file: { name: string; href: string; text: string | null }): PaneState {
  return { ...s, exportText: file.text, exportUi: { file, copied: null } };
}

export function exportCopied(s: PaneState, ok: boolean): PaneState {
  return s.exportUi ? { ...s, exportUi: { ...s.exportUi, copied: ok ? "ok" : "failed" } } : s;
}
