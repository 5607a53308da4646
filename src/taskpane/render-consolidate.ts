// The 汇总 panel: choose the parts (several files at once), then one row per body with its status
// and problems; a part with errors is left out unless ticked (then taken in with its errors listed);
// 写入 adds or replaces the bodies in the 明细 sheet. Names, files and sentences go in as text only.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { PARTS_ACCEPT } from "./consolidate-file";
import type { ConsolidateUi, PartItem } from "./consolidate-state";
import { button, el } from "./dom";

export interface ConsolidateHandlers {
  partFiles(files: File[]): void;
  partInclude(fileName: string, include: boolean): void;
  partsWrite(): void;
  closeConsolidate(): void;
}

function partRow(doc: Document, item: PartItem, index: number, lang: Lang, busy: boolean, h: ConsolidateHandlers): HTMLElement {
  const p = item.part;
  let status: string = t(lang, "pane.parts.reading");
  if (item.failure) status = t(lang, "pane.parts.failed");
  else if (p) status = t(lang, `consolidate.status.${p.status}`);
  const box = el(doc, "input", { attrs: { type: "checkbox", id: `part-include-${index}` } });
  box.checked = item.include;
  box.disabled = busy || item.reading || item.failure !== null || p === null;
  box.addEventListener("change", () => h.partInclude(item.fileName, box.checked));
  const title = p ? `${p.body}（${item.fileName}）` : item.fileName;
  return el(doc, "li", { class: `part part--${item.failure ? "failed" : (p?.status ?? "reading")}`, attrs: { "data-file": item.fileName } }, [
    el(doc, "label", { class: "part-head", attrs: { for: `part-include-${index}` } }, [box, el(doc, "span", { class: "part-title", text: title }), el(doc, "span", { class: "part-status", text: status })]),
    item.failure ? el(doc, "p", { class: "part-failure", text: item.failure }) : null,
    p?.status === "errors" ? el(doc, "p", { class: "muted", text: t(lang, item.include ? "pane.parts.withErrors" : "pane.parts.leftOut") }) : null,
    item.problems.length ? el(doc, "ul", { class: "prior-problems part-problems" }, item.problems.map((x) => el(doc, "li", { text: x }))) : null,
  ]);
}

export function renderConsolidatePanel(doc: Document, ui: ConsolidateUi, lang: Lang, busy: boolean, h: ConsolidateHandlers): HTMLElement {
  const input = el(doc, "input", { class: "field-input", attrs: { id: "parts-file", type: "file", accept: PARTS_ACCEPT, multiple: "" } });
  input.disabled = busy;
  input.addEventListener("change", () => {
    const files = input.files ? Array.from(input.files) : [];
    if (files.length) h.partFiles(files);
  });
  const taken = ui.items.filter((i) => i.include && i.part && !i.failure).length;
  const write = button(doc, t(lang, "pane.parts.write", { n: taken }), h.partsWrite, { class: "btn btn--primary", attrs: { id: "parts-write" } });
  write.disabled = busy || taken === 0 || ui.items.some((i) => i.reading);
  return el(doc, "section", { class: "panel parts-panel", attrs: { id: "parts-panel", "aria-labelledby": "parts-title" } }, [
    el(doc, "div", { class: "panel-head" }, [
      el(doc, "h2", { class: "panel-title", text: t(lang, "pane.parts.title"), attrs: { id: "parts-title" } }),
      button(doc, t(lang, "pane.export.close"), h.closeConsolidate, { class: "btn btn--link", attrs: { id: "parts-close" } }),
    ]),
    el(doc, "p", { class: "muted", text: t(lang, "pane.parts.intro") }),
    el(doc, "div", { class: "field" }, [el(doc, "label", { class: "field-label", text: t(lang, "pane.parts.choose"), attrs: { for: "parts-file" } }), input]),
    ui.items.length ? el(doc, "ul", { class: "parts-list", attrs: { id: "parts-list" } }, ui.items.map((i, n) => partRow(doc, i, n, lang, busy, h))) : null,
    ui.items.length ? el(doc, "div", { class: "actions" }, [write]) : null,
  ]);
}
