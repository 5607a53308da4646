// The findings list's state changes (pure): the explanation form of one finding, folded groups.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { PaneState } from "./pane-state";
import type { FindingView } from "./view-model";

export function startExplain(s: PaneState, item: FindingView): PaneState {
  return { ...s, findingsUi: { ...s.findingsUi, explaining: { id: item.id, draft: item.explanation ?? item.stale ?? "" } } };
}

export function explainDraft(s: PaneState, text: string): PaneState {
  const open = s.findingsUi.explaining;
  return open ? { ...s, findingsUi: { ...s.findingsUi, explaining: { ...open, draft: text } } } : s;
}

export const cancelExplain = (s: PaneState): PaneState => ({ ...s, findingsUi: { ...s.findingsUi, explaining: null } });

/** An empty explanation is not saved: the form says so. */
export function explainEmpty(s: PaneState, lang: Lang): PaneState {
  const open = s.findingsUi.explaining;
  return open ? { ...s, findingsUi: { ...s.findingsUi, explaining: { ...open, problem: t(lang, "pane.explain.empty") } } } : s;
}

export function expandGroup(s: PaneState, groupKey: string): PaneState {
  return { ...s, findingsUi: { ...s.findingsUi, expanded: new Set([...s.findingsUi.expanded, groupKey]) } };
}
