// The 导入上年数据 panel: a file chooser (.xlsx,.txt,.html,.htm,.docx), then what was found in last
// year's report — its year, agency and format, each figure the 上年数据 sheet holds, and the problems
// (another year, the 2019 format, blanks) — with 写入 / 取消. Everything read from the file (agency,
// labels, raw values inside problem sentences) goes in through textContent only.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { PriorImport } from "../model/prior-import";
import { button, el } from "./dom";

export const PRIOR_ACCEPT = ".xlsx,.txt,.html,.htm,.docx";

export interface PriorUi {
  /** The file being read, or read. */
  fileName: string | null;
  reading: boolean;
  found: PriorImport | null;
  /** The one sentence for a file that could not be used. */
  problem: string | null;
}

export interface PriorHandlers {
  priorFile(file: File): void;
  priorWrite(): void;
  priorCancel(): void;
}

function foundPart(doc: Document, found: PriorImport, fileName: string, lang: Lang, busy: boolean, h: PriorHandlers): HTMLElement {
  const src = found.source;
  const source = t(lang, "pane.prior.source", {
    file: fileName,
    year: src.year === null ? t(lang, "pane.header.noYear") : t(lang, "pane.header.year", { year: src.year }),
    agency: src.agency?.trim() || t(lang, "pane.header.noAgency"),
    format: t(lang, `format.${src.format}`),
  });
  const rows = found.items.map((i) =>
    el(doc, "tr", { attrs: { "data-key": i.key } }, [
      el(doc, "th", { text: i.label, attrs: { scope: "row" } }),
      el(doc, "td", { class: i.value === null ? "muted" : "", text: i.value === null ? t(lang, "pane.blank") : String(i.value) }),
    ]),
  );
  const write = button(doc, t(lang, "pane.prior.write"), h.priorWrite, { class: "btn btn--primary", attrs: { id: "prior-write" } });
  write.disabled = busy;
  return el(doc, "div", { class: "prior-found", attrs: { id: "prior-found" } }, [
    el(doc, "p", { text: source, attrs: { id: "prior-source" } }),
    el(doc, "table", { class: "prior-table", attrs: { id: "prior-figures" } }, [el(doc, "tbody", {}, rows)]),
    found.problems.length
      ? el(
          doc,
          "ul",
          { class: "prior-problems", attrs: { id: "prior-problems" } },
          found.problems.map((p) => el(doc, "li", { class: `prior-problem prior-problem--${p.severity}`, text: t(lang, p.id, p.params), attrs: { "data-problem": p.id } })),
        )
      : null,
    el(doc, "p", { class: "muted", text: t(lang, "pane.prior.replaces") }),
    el(doc, "div", { class: "actions" }, [write, button(doc, t(lang, "pane.prior.cancel"), h.priorCancel, { class: "btn", attrs: { id: "prior-cancel" } })]),
  ]);
}

export function renderPriorPanel(doc: Document, ui: PriorUi, lang: Lang, busy: boolean, h: PriorHandlers): HTMLElement {
  const input = el(doc, "input", { class: "field-input", attrs: { id: "prior-file", type: "file", accept: PRIOR_ACCEPT } });
  input.disabled = busy || ui.reading;
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) h.priorFile(file);
  });
  return el(doc, "section", { class: "panel prior-panel", attrs: { id: "prior-panel", "aria-labelledby": "prior-title" } }, [
    el(doc, "div", { class: "panel-head" }, [
      el(doc, "h2", { class: "panel-title", text: t(lang, "pane.prior.title"), attrs: { id: "prior-title" } }),
      button(doc, t(lang, "pane.export.close"), h.priorCancel, { class: "btn btn--link", attrs: { id: "prior-close" } }),
    ]),
    el(doc, "p", { class: "muted", text: t(lang, "pane.prior.intro") }),
    el(doc, "p", { class: "muted", text: t(lang, "pane.prior.xlsxHint") }),
    el(doc, "div", { class: "field" }, [el(doc, "label", { class: "field-label", text: t(lang, "pane.prior.choose"), attrs: { for: "prior-file" } }), input]),
    ui.reading ? el(doc, "p", { class: "muted", text: t(lang, "pane.prior.reading", { file: ui.fileName ?? "" }), attrs: { role: "status" } }) : null,
    ui.problem ? el(doc, "p", { class: "message message--error", text: ui.problem, attrs: { id: "prior-problem", role: "alert" } }) : null,
    ui.found && ui.fileName !== null ? foundPart(doc, ui.found, ui.fileName, lang, busy, h) : null,
  ]);
}
