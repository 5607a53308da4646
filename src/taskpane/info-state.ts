// The 报告信息 form's state changes (pure): open it, type, submit (validated), cancel.
import type { Lang } from "../i18n";
import type { PaneState } from "./pane-state";
import { laidOut } from "./pane-state";
import type { InfoUi } from "./render-info";
import { infoDefaults, validateInfo } from "./report-info";
import type { InfoDraft, ReportInfo } from "./report-info";

/** Opens the form (a no-op while it is open): a first layout offers what was typed last time. */
export function openInfo(s: PaneState, mode: InfoUi["mode"], today: Date): PaneState {
  if (s.info) return s;
  const c = laidOut(s.checked) ? s.checked.result : null;
  const draft = mode === "first" && s.lastDraft ? s.lastDraft : infoDefaults(c, today);
  return { ...s, info: { mode, draft, errors: {}, current: c ? c.format : null } };
}

export function infoInput(s: PaneState, field: keyof InfoDraft, value: string): PaneState {
  return s.info ? { ...s, info: { ...s.info, draft: { ...s.info.draft, [field]: value } } } : s;
}

export type InfoSubmit =
  | { state: PaneState; info: ReportInfo; mode: InfoUi["mode"] }
  | { state: PaneState; info: null; focus: "info-year" | "info-agency" | null };

/** Validates the form: on success closes it and hands over the report's details for 生成模板. */
export function submitInfo(s: PaneState, today: Date, lang: Lang): InfoSubmit {
  const open = s.info;
  if (!open) return { state: s, info: null, focus: null };
  const v = validateInfo(open.draft, today, lang, open.current);
  if (!v.ok) return { state: { ...s, info: { ...open, errors: v.errors } }, info: null, focus: v.errors.year !== undefined ? "info-year" : "info-agency" };
  const lastDraft = open.mode === "first" ? open.draft : s.lastDraft;
  return { state: { ...s, info: null, lastDraft }, info: v.info, mode: open.mode };
}

export function cancelInfo(s: PaneState): PaneState {
  const open = s.info;
  if (!open) return s;
  return { ...s, info: null, lastDraft: open.mode === "first" ? open.draft : s.lastDraft };
}
