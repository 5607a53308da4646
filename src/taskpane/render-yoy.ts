// The 同比 panel: each key figure beside last year's with the change and the percentage, then R11's
// implausible jumps as information. Every figure and sentence goes in through textContent only.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import { yoyLines } from "./yoy-state";
import type { YoyUi } from "./yoy-state";

export interface YoyHandlers {
  closeYoy(): void;
}

function table(doc: Document, ui: YoyUi & { rows: NonNullable<YoyUi["rows"]> }, lang: Lang): HTMLElement {
  const head = el(doc, "tr", {}, ["figure", "now", "last", "change"].map((c) => el(doc, "th", { text: t(lang, `pane.yoy.${c}`), attrs: { scope: "col" } })));
  const rows = yoyLines(ui.rows.filter((r) => r.last !== null), lang).map((l) =>
    el(doc, "tr", { attrs: { "data-figure": l.id } }, [
      el(doc, "th", { text: l.label, attrs: { scope: "row" } }),
      el(doc, "td", { text: l.now }),
      el(doc, "td", { text: l.last }),
      el(doc, "td", { class: "yoy-change", text: l.change }),
    ]),
  );
  return el(doc, "table", { class: "prior-table yoy-table", attrs: { id: "yoy-table" } }, [el(doc, "thead", {}, [head]), el(doc, "tbody", {}, rows)]);
}

/** The figures last year's sheet leaves blank, listed once under the table rather than as rows of —. */
const notCompared = (rows: NonNullable<YoyUi["rows"]>, lang: Lang): string =>
  rows
    .filter((r) => r.last === null)
    .map((r) => t(lang, `yoy.figure.${r.id}`))
    .join("、");

/** `jumps`: R11's sentences from the last check. */
export function renderYoyPanel(doc: Document, ui: YoyUi, jumps: string[], lang: Lang, h: YoyHandlers): HTMLElement {
  const rows = ui.rows;
  const year = (y: number | null) => (y === null ? "?" : String(y));
  return el(doc, "section", { class: "panel yoy-panel", attrs: { id: "yoy-panel", "aria-labelledby": "yoy-title" } }, [
    el(doc, "div", { class: "panel-head" }, [
      el(doc, "h2", { class: "panel-title", text: t(lang, "pane.yoy.title"), attrs: { id: "yoy-title" } }),
      button(doc, t(lang, "pane.export.close"), h.closeYoy, { class: "btn btn--link", attrs: { id: "yoy-close" } }),
    ]),
    ui.reading ? el(doc, "p", { class: "muted", text: t(lang, "pane.yoy.reading"), attrs: { role: "status" } }) : null,
    !ui.reading && rows === null ? el(doc, "p", { class: "muted", text: t(lang, "pane.yoy.noPrior"), attrs: { id: "yoy-no-prior" } }) : null,
    rows ? el(doc, "p", { class: "muted", text: t(lang, "pane.yoy.intro", { year: year(ui.year), last: year(ui.lastYear) }) }) : null,
    rows ? table(doc, { ...ui, rows }, lang) : null,
    rows && notCompared(rows, lang) ? el(doc, "p", { class: "muted", text: t(lang, "pane.yoy.notCompared", { figures: notCompared(rows, lang) }), attrs: { id: "yoy-not-compared" } }) : null,
    rows && jumps.length > 0
      ? el(doc, "div", { class: "yoy-jumps", attrs: { id: "yoy-jumps" } }, [
          el(doc, "p", { text: t(lang, "pane.yoy.jumps") }),
          el(doc, "ul", { class: "prior-problems" }, jumps.map((j) => el(doc, "li", { class: "prior-problem prior-problem--info", text: j }))),
        ])
      : null,
    rows && jumps.length === 0 ? el(doc, "p", { class: "muted", text: t(lang, "pane.yoy.noJumps"), attrs: { id: "yoy-no-jumps" } }) : null,
  ]);
}
