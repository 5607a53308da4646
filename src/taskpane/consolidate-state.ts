// The 汇总 panel's state (pure): the parts chosen, each read and checked (status and problems), which
// are taken in (a part with errors only when the clerk ticks it), and what writing them did.
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { PartFigures } from "../model/report";
import type { PartLoad } from "./consolidate-file";
import type { PaneState } from "./pane-state";

export interface PartItem {
  fileName: string;
  reading: boolean;
  part: PartFigures | null;
  problems: string[];
  /** Why it cannot be taken in at all (unreadable, another format), or null. */
  failure: string | null;
  /** Taken in when writing: parts without errors by default, a part with errors only when ticked. */
  include: boolean;
}

export interface ConsolidateUi {
  items: PartItem[];
}

export const toggleConsolidate = (s: PaneState): PaneState => ({ ...s, consolidate: s.consolidate ? null : { items: [] } });

export const closeConsolidate = (s: PaneState): PaneState => ({ ...s, consolidate: null });

/** New files chosen: each is listed as being read (a file chosen again replaces its earlier row). */
export function partsChosen(s: PaneState, names: string[]): PaneState {
  if (!s.consolidate) return s;
  const kept = s.consolidate.items.filter((i) => !names.includes(i.fileName));
  const fresh = names.map((fileName): PartItem => ({ fileName, reading: true, part: null, problems: [], failure: null, include: false }));
  return { ...s, consolidate: { items: [...kept, ...fresh] } };
}

/** One file read: a part of this workbook's format is listed with its status; anything else says why not. */
export function partRead(s: PaneState, fileName: string, load: PartLoad, format: FormatId, lang: Lang): PaneState {
  if (!s.consolidate) return s;
  const item = (i: PartItem): PartItem => {
    if (i.fileName !== fileName) return i;
    if (!load.ok) return { ...i, reading: false, failure: load.sentence };
    if (load.format !== format) {
      const failure = t(lang, "pane.parts.format", { file: fileName, partFormat: t(lang, `format.${load.format}`), format: t(lang, `format.${format}`) });
      return { ...i, reading: false, failure };
    }
    return { ...i, reading: false, part: load.part, problems: load.problems, include: load.part.status !== "errors" };
  };
  return { ...s, consolidate: { items: s.consolidate.items.map(item) } };
}

export function partIncluded(s: PaneState, fileName: string, include: boolean): PaneState {
  if (!s.consolidate) return s;
  return { ...s, consolidate: { items: s.consolidate.items.map((i) => (i.fileName === fileName ? { ...i, include } : i)) } };
}

/** The parts 写入 takes in: read, of this format, and included. */
export const partsToWrite = (s: PaneState): PartFigures[] =>
  (s.consolidate?.items ?? []).filter((i) => i.include && i.part && !i.failure).map((i) => i.part as PartFigures);
