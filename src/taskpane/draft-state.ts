// The 起草 panel's state (pure): the drafted paragraphs (src/draft) as the clerk edits them, where
// each is to be inserted (a narrative cell of the 总体情况及文字 sheet), and what happened to it.
import { draftAll } from "../draft";
import type { DraftPlace } from "../draft";
import { missingText } from "../draft/missing-text";
import { getFormat } from "../format";
import type { FormatId, NarrativeSectionId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { INTRO_PART, textName } from "../layout/names";
import type { PriorFigures, ReportData } from "../model/report";
import type { PaneState } from "./pane-state";

/** A narrative cell a draft can go into: its defined name and how the pane names it. */
export interface DraftTarget {
  name: string;
  label: string;
}

export interface DraftItem {
  place: DraftPlace;
  heading: string;
  /** The paragraph as drafted, then as the clerk edits it; "" when it could not be drafted. */
  text: string;
  /** Why it was not drafted (blank or non-numeric cells), or null. */
  missing: string | null;
  /** The defined name of the cell it is to be inserted into. */
  target: string;
  /** What the last 插入 / 复制 did. */
  note: "inserted" | "copied" | "copyFailed" | "empty" | null;
}

export interface DraftUi {
  reading: boolean;
  targets: DraftTarget[];
  items: DraftItem[];
}

/** The narrative cells of a format, in sheet order: 一's intro and sub-heads, then the sections without a table. */
export function draftTargets(format: FormatId, lang: Lang): DraftTarget[] {
  const out: DraftTarget[] = [];
  for (const s of getFormat(format).sections) {
    if (s.table) continue;
    const id = s.id as NarrativeSectionId; // a section without a table is a narrative one
    const title = s.id === "0" ? t(lang, "pane.draft.opening") : s.title;
    if (!s.subheads?.length) {
      out.push({ name: textName(id), label: title });
      continue;
    }
    out.push({ name: textName(id, INTRO_PART), label: `${title} · ${t(lang, "pane.draft.intro.part")}` });
    for (const sh of s.subheads) out.push({ name: textName(id, sh.key), label: `${title} · ${sh.label}` });
  }
  return out;
}

/** Where each draft goes unless the clerk picks another cell: the sub-head of 一 it belongs with. */
const DEFAULT_PART: Record<DraftPlace, string> = { request: "request", t2: "active", t3: "request", t4: "oversight" };

export const toggleDrafts = (s: PaneState): PaneState => ({ ...s, drafts: s.drafts ? null : { reading: true, targets: [], items: [] } });

export const closeDrafts = (s: PaneState): PaneState => ({ ...s, drafts: null });

export function draftsRead(s: PaneState, report: ReportData, prior: PriorFigures | null, lang: Lang): PaneState {
  if (!s.drafts) return s;
  const f = getFormat(report.format);
  const targets = draftTargets(report.format, lang);
  const items = draftAll(report, prior ?? undefined).map((d): DraftItem => {
    const wanted = textName("1", DEFAULT_PART[d.place]);
    return {
      place: d.place,
      heading: t(lang, `draft.place.${d.place}`),
      text: d.text ?? "",
      missing: d.text === null ? missingText(f, d, lang) : null,
      target: targets.some((x) => x.name === wanted) ? wanted : (targets[0]?.name ?? wanted),
      note: null,
    };
  });
  return { ...s, drafts: { reading: false, targets, items } };
}

function update(s: PaneState, place: DraftPlace, change: Partial<DraftItem>): PaneState {
  if (!s.drafts) return s;
  return { ...s, drafts: { ...s.drafts, items: s.drafts.items.map((i) => (i.place === place ? { ...i, ...change } : i)) } };
}

export const draftEdited = (s: PaneState, place: DraftPlace, text: string): PaneState => update(s, place, { text, note: null });

export const draftTargeted = (s: PaneState, place: DraftPlace, target: string): PaneState => update(s, place, { target, note: null });

export const draftNoted = (s: PaneState, place: DraftPlace, note: DraftItem["note"]): PaneState => update(s, place, { note });

export const draftItem = (s: PaneState, place: DraftPlace): DraftItem | undefined => s.drafts?.items.find((i) => i.place === place);

export const targetLabel = (s: PaneState, name: string): string => s.drafts?.targets.find((x) => x.name === name)?.label ?? name;
