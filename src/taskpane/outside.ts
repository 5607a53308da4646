// What the pane shows when it is opened outside Excel (a plain browser, or a host that is not
// Excel): one sentence that it must run inside Excel, and how to load it there. No dead buttons.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { el, replaceChildren } from "./dom";

export const OUTSIDE_STEPS = ["web", "desktop", "open", "noExcel"] as const;

export function renderOutside(doc: Document, root: HTMLElement, lang: Lang): void {
  doc.documentElement.lang = lang;
  doc.title = t(lang, "pane.title");
  replaceChildren(root, [
    el(doc, "header", { class: "pane-header" }, [el(doc, "h1", { class: "pane-title", text: t(lang, "pane.title"), attrs: { id: "title" } })]),
    el(doc, "section", { class: "panel panel--warning", attrs: { id: "outside", role: "alert" } }, [
      el(doc, "p", { class: "outside-lead", text: t(lang, "pane.outside.lead"), attrs: { id: "outside-lead" } }),
      el(
        doc,
        "ol",
        { class: "outside-steps" },
        OUTSIDE_STEPS.map((k) => el(doc, "li", { text: t(lang, `pane.outside.${k}`) })),
      ),
    ]),
  ]);
}
