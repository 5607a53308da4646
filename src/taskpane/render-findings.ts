// The findings list: the summary, then groups (table → rule → finding). A finding's main area is a
// role=button element (Enter/Space/click selects its cells); explanation controls sit beside it, not
// inside, so no button is nested in another.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import type { FindingView, ResultView } from "./view-model";

export interface FindingsUi {
  /** The finding whose explanation form is open, and the text typed so far (kept across re-renders). */
  explaining: { id: string; draft: string; problem?: string } | null;
  /** Rule groups shown in full ("<group>:<rule>"); others show their first COLLAPSED_SHOWN items. */
  expanded: Set<string>;
}

/** A half-filled table can have a hundred blank cells: past this many, a rule group is folded so the
 *  other rules stay in reach; one click shows the rest. */
export const COLLAPSE_ABOVE = 10;
export const COLLAPSED_SHOWN = 5;

export interface FindingsHandlers {
  select(item: FindingView): void;
  startExplain(item: FindingView): void;
  draft(text: string): void;
  saveExplain(item: FindingView): void;
  cancelExplain(): void;
  expand(groupKey: string): void;
}

export function renderSummary(doc: Document, view: ResultView, lang: Lang, checkedAt: string | null): HTMLElement {
  return el(doc, "section", { class: `summary${view.allPass ? " summary--pass" : ""}`, attrs: { id: "summary", "aria-live": "polite" } }, [
    view.allPass ? el(doc, "p", { class: "summary-pass", text: t(lang, "pane.allPass"), attrs: { id: "all-pass" } }) : null,
    el(doc, "p", { class: "summary-counts", text: view.summary, attrs: { id: "summary-counts" } }),
    view.info ? el(doc, "p", { class: "summary-info", text: view.info }) : null,
    checkedAt ? el(doc, "p", { class: "summary-time", text: t(lang, "pane.checkedAt", { time: checkedAt }) }) : null,
  ]);
}

function findingMain(doc: Document, item: FindingView, lang: Lang, h: FindingsHandlers): HTMLElement {
  const main = el(
    doc,
    "div",
    {
      class: "finding-main",
      attrs: { role: "button", tabindex: "0", "data-finding": item.id, title: t(lang, "pane.select.hint") },
    },
    [
      el(doc, "span", { class: `badge badge--${item.severity}`, text: item.severityLabel }),
      el(doc, "span", { class: "finding-message", text: item.message }),
      item.equation || item.difference
        ? el(doc, "span", { class: "finding-numbers" }, [
            item.equation ? el(doc, "span", { class: "finding-equation", text: item.equation }) : null,
            item.difference ? el(doc, "span", { class: "finding-difference", text: item.difference }) : null,
          ])
        : null,
      item.cellsText ? el(doc, "span", { class: "finding-cells", text: item.cellsText }) : null,
    ],
  );
  main.addEventListener("click", () => h.select(item));
  main.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      h.select(item);
    }
  });
  return main;
}

function explainForm(doc: Document, item: FindingView, ui: NonNullable<FindingsUi["explaining"]>, lang: Lang, h: FindingsHandlers): HTMLElement {
  const areaId = `explain-${item.id.replace(/[^\w-]/g, "_")}`;
  const area = el(doc, "textarea", { class: "explain-text", attrs: { id: areaId, rows: "3" } });
  area.value = ui.draft;
  area.addEventListener("input", () => h.draft(area.value));
  return el(doc, "div", { class: "explain-form" }, [
    el(doc, "label", { class: "explain-label", text: t(lang, "pane.explain.label"), attrs: { for: areaId } }),
    area,
    ui.problem ? el(doc, "p", { class: "explain-problem", text: ui.problem, attrs: { role: "alert" } }) : null,
    el(doc, "div", { class: "explain-actions" }, [
      button(doc, t(lang, "pane.explain.save"), () => h.saveExplain(item), { class: "btn btn--primary btn--small", attrs: { "data-action": "save-explanation" } }),
      button(doc, t(lang, "pane.explain.cancel"), () => h.cancelExplain(), { class: "btn btn--small" }),
    ]),
  ]);
}

function findingItem(doc: Document, item: FindingView, ui: FindingsUi, lang: Lang, h: FindingsHandlers): HTMLElement {
  const open = ui.explaining?.id === item.id ? ui.explaining : null;
  const state = item.explanation !== null ? "explained" : item.stale !== null ? "stale" : item.severity;
  return el(doc, "li", { class: `finding finding--${item.severity} finding--${state}`, attrs: { "data-id": item.id } }, [
    findingMain(doc, item, lang, h),
    item.explanation !== null
      ? el(doc, "p", { class: "finding-explanation" }, [
          el(doc, "span", { class: "badge badge--explained", text: t(lang, "pane.explained") }),
          el(doc, "span", { class: "explanation-text", text: item.explanation }),
        ])
      : null,
    item.stale !== null
      ? el(doc, "p", { class: "finding-stale" }, [
          el(doc, "span", { class: "badge badge--stale", text: t(lang, "pane.stale") }),
          el(doc, "span", { class: "explanation-text", text: t(lang, "pane.stale.old", { text: item.stale }) }),
        ])
      : null,
    open ? explainForm(doc, item, open, lang, h) : null,
    item.canExplain && !open
      ? button(doc, t(lang, item.explanation !== null || item.stale !== null ? "pane.explain.edit" : "pane.explain"), () => h.startExplain(item), {
          class: "btn btn--link",
          attrs: { "data-action": "explain" },
        })
      : null,
  ]);
}

export function renderFindings(doc: Document, view: ResultView, ui: FindingsUi, lang: Lang, h: FindingsHandlers): HTMLElement {
  return el(
    doc,
    "section",
    { class: "findings", attrs: { id: "findings" } },
    view.groups.map((g) =>
      el(doc, "section", { class: "group", attrs: { "data-group": g.id } }, [
        el(doc, "h2", { class: "group-title", text: g.title }),
        ...g.rules.map((r) => {
          const key = `${g.id}:${r.rule}`;
          const folded = r.items.length > COLLAPSE_ABOVE && !ui.expanded.has(key);
          // An item whose explanation form is open stays visible even in a folded group.
          const shown = folded ? r.items.filter((item, i) => i < COLLAPSED_SHOWN || item.id === ui.explaining?.id) : r.items;
          return el(doc, "div", { class: "rule", attrs: { "data-rule": r.rule } }, [
            el(doc, "h3", { class: "rule-title", text: r.title }),
            el(doc, "ul", { class: "finding-list" }, shown.map((item) => findingItem(doc, item, ui, lang, h))),
            folded
              ? button(doc, t(lang, "pane.showAll", { n: r.items.length - shown.length }), () => h.expand(key), {
                  class: "btn btn--link",
                  attrs: { "data-action": "show-all", "data-group-key": key },
                })
              : null,
          ]);
        }),
      ]),
    ),
  );
}
