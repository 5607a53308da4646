// The help view's state changes (pure): open/close, and the self-test's progress.
import type { SelftestReport, StepResult } from "../selftest/types";
import type { PaneState } from "./pane-state";

export interface SelftestUi {
  running: boolean;
  steps: StepResult[];
  /** The finished report (with the environment), for the copyable text block. */
  report: SelftestReport | null;
  copied: "ok" | "failed" | null;
}

export interface HelpUi {
  selftest: SelftestUi | null;
}

export const toggleHelp = (s: PaneState): PaneState => ({ ...s, help: s.help ? null : { selftest: null } });

export const closeHelp = (s: PaneState): PaneState => ({ ...s, help: null });

export const selftestStarted = (s: PaneState): PaneState => ({ ...s, help: { selftest: { running: true, steps: [], report: null, copied: null } } });

export function selftestStep(s: PaneState, step: StepResult): PaneState {
  const st = s.help?.selftest;
  return st ? { ...s, help: { selftest: { ...st, steps: [...st.steps, step] } } } : s;
}

export function selftestDone(s: PaneState, report: SelftestReport): PaneState {
  return { ...s, help: { selftest: { running: false, steps: report.steps, report, copied: null } } };
}

export function selftestCopied(s: PaneState, ok: boolean): PaneState {
  const st = s.help?.selftest;
  return st ? { ...s, help: { selftest: { ...st, copied: ok ? "ok" : "failed" } } } : s;
}
