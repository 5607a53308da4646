// The 导入上年数据 panel's state changes (pure): open/close, a file being read, its result.
import type { PaneState } from "./pane-state";
import type { PriorLoad } from "./prior-file";
import type { PriorUi } from "./render-prior";

export const togglePrior = (s: PaneState): PaneState => ({ ...s, prior: s.prior ? null : { fileName: null, reading: false, found: null, problem: null } });

export const closePrior = (s: PaneState): PaneState => ({ ...s, prior: null });

/** A file was chosen: the panel shows it being read. `reading` identifies this read for priorRead. */
export function priorReading(s: PaneState, fileName: string): { state: PaneState; reading: PriorUi } {
  const reading: PriorUi = { fileName, reading: true, found: null, problem: null };
  return { state: { ...s, prior: reading }, reading };
}

/** The file's result, unless the panel was closed or another file chosen meanwhile. */
export function priorRead(s: PaneState, reading: PriorUi, r: PriorLoad): PaneState {
  if (s.prior !== reading) return s;
  const prior: PriorUi = r.ok
    ? { fileName: r.fileName, reading: false, found: r.found, problem: null }
    : { fileName: r.fileName, reading: false, found: null, problem: r.sentence };
  return { ...s, prior };
}
