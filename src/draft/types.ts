// A drafted paragraph: the sentences a clerk would otherwise retype from the tables, with the figures
// it states (so tests and the pane can tell which cells a sentence depends on).
import type { CellKey } from "../format";

/** Where a draft goes: section 一's sub-head （二）依申请公开, or the summary after table 二, 三 or 四. */
export type DraftPlace = "request" | "t2" | "t3" | "t4";

export const DRAFT_PLACES: DraftPlace[] = ["request", "t2", "t3", "t4"];

/** A figure a drafted sentence states: the sum of `keys` (table cells) is `value`. */
export interface DraftFigure {
  keys: CellKey[];
  value: number;
  /** The sentence that states it, as drafted. */
  sentence: string;
}

export interface Draft {
  place: DraftPlace;
  /** The paragraph, sentences ending in 。; null when a figure it needs is blank or unreadable. */
  text: string | null;
  figures: DraftFigure[];
  /** Cells that are blank or not a clean number, so the paragraph was not drafted (R5 says why). */
  missing: CellKey[];
}
