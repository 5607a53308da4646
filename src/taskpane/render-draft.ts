// The 起草 panel: each drafted paragraph in an editable box (its value set as text, never markup),
// the narrative cell it goes into, and 插入 / 复制; a paragraph that could not be drafted says which
// cells to fix first.
import type { DraftPlace } from "../draft";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import type { DraftItem, DraftTarget, DraftUi } from "./draft-state";

export interface DraftHandlers {
  draftEdit(place: DraftPlace, text: string): void;
  draftTarget(place: DraftPlace, target: string): void;
  draftInsert(place: DraftPlace): void;
  draftCopy(place: DraftPlace): void;
  closeDrafts(): void;
}

const NOTES: Record<NonNullable<DraftItem["note"]>, string> = {
  inserted: "pane.draft.inserted",
  copied: "pane.draft.copied",
  copyFailed: "pane.draft.copyFailed",
  empty: "pane.draft.empty",
};

function targetSelect(doc: Document, item: DraftItem, targets: DraftTarget[], disabled: boolean, h: DraftHandlers): HTMLSelectElement {
  const select = el(
    doc,
    "select",
    { class: "field-input", attrs: { id: `draft-target-${item.place}` } },
    targets.map((x) => el(doc, "option", { text: x.label, attrs: { value: x.name } })),
  );
  select.value = item.target;
  select.disabled = disabled;
  select.addEventListener("change", () => h.draftTarget(item.place, select.value));
  return select;
}

function draftBlock(doc: Document, item: DraftItem, ui: DraftUi, lang: Lang, busy: boolean, h: DraftHandlers): HTMLElement {
  const head = el(doc, "h3", { class: "draft-heading", text: item.heading });
  if (item.missing !== null) {
    return el(doc, "div", { class: "draft", attrs: { "data-place": item.place } }, [head, el(doc, "p", { class: "message message--warning draft-missing", text: item.missing })]);
  }
  const box = el(doc, "textarea", { class: "draft-text", attrs: { id: `draft-text-${item.place}`, rows: "6", "aria-label": item.heading } });
  box.value = item.text; // .value: the paragraph is text, never parsed as markup
  box.addEventListener("input", () => h.draftEdit(item.place, box.value));
  const insert = button(doc, t(lang, "pane.draft.insert"), () => h.draftInsert(item.place), { class: "btn btn--primary btn--small", attrs: { id: `draft-insert-${item.place}` } });
  insert.disabled = busy;
  const label = el(doc, "label", { class: "field-label", text: t(lang, "pane.draft.target"), attrs: { for: `draft-target-${item.place}` } });
  const note = item.note
    ? el(doc, "p", { class: "muted", text: t(lang, NOTES[item.note], { place: ui.targets.find((x) => x.name === item.target)?.label ?? item.target }), attrs: { role: "status", id: `draft-note-${item.place}` } })
    : null;
  return el(doc, "div", { class: "draft", attrs: { "data-place": item.place } }, [
    head,
    box,
    el(doc, "div", { class: "field" }, [label, targetSelect(doc, item, ui.targets, busy, h)]),
    el(doc, "div", { class: "actions" }, [
      insert,
      button(doc, t(lang, "pane.draft.copy"), () => h.draftCopy(item.place), { class: "btn btn--small", attrs: { id: `draft-copy-${item.place}` } }),
    ]),
    note,
  ]);
}

export function renderDraftPanel(doc: Document, ui: DraftUi, lang: Lang, busy: boolean, h: DraftHandlers): HTMLElement {
  return el(doc, "section", { class: "panel draft-panel", attrs: { id: "draft-panel", "aria-labelledby": "draft-title" } }, [
    el(doc, "div", { class: "panel-head" }, [
      el(doc, "h2", { class: "panel-title", text: t(lang, "pane.draft.title"), attrs: { id: "draft-title" } }),
      button(doc, t(lang, "pane.export.close"), h.closeDrafts, { class: "btn btn--link", attrs: { id: "draft-close" } }),
    ]),
    ui.reading ? el(doc, "p", { class: "muted", text: t(lang, "pane.draft.reading"), attrs: { role: "status" } }) : el(doc, "p", { class: "muted", text: t(lang, "pane.draft.intro") }),
    ...ui.items.map((item) => draftBlock(doc, item, ui, lang, busy, h)),
  ]);
}
