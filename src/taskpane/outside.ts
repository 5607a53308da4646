// What the pane shows when it is opened outside Excel (a plain browser, or a host that is not
// Excel): that it must run inside Excel, and how to load it there — in Chinese first, then English
// (outside Office there is no display language to go by, and a browser's own language says little
// about the clerk's). No dead buttons.
import { t } from "../i18n";
import { whenLang } from "../i18n/when-lang";
import type { Lang } from "../i18n";
import { el, replaceChildren } from "./dom";

export const OUTSIDE_STEPS = ["web", "desktop", "open", "noExcel"] as const;

function part(doc: Document, lang: Lang): HTMLElement {
  const id = lang === "zh-CN" ? "outside" : "outside-en";
  return el(doc, "section", { class: "panel panel--warning", attrs: { id, lang, role: lang === "zh-CN" ? "alert" : "note" } }, [
    el(doc, "p", { class: "outside-lead", text: t(lang, "pane.outside.lead"), attrs: { id: `${id}-lead` } }),
    el(
      doc,
      "ol",
      { class: "outside-steps" },
      OUTSIDE_STEPS.map((k) => el(doc, "li", { text: t(lang, `pane.outside.${k}`) })),
    ),
  ]);
}

export function renderOutside(doc: Document, root: HTMLElement): void {
  const zh = part(doc, "zh-CN");
  doc.documentElement.lang = "zh-CN";
  doc.title = t("zh-CN", "pane.title");
  replaceChildren(root, [
    el(doc, "header", { class: "pane-header" }, [el(doc, "h1", { class: "pane-title", text: t("zh-CN", "pane.title"), attrs: { id: "title" } })]),
    zh,
  ]);
  // The English half follows once its table is there (a chunk in the Office pane's build) — unless
  // Excel answered meanwhile and the pane has taken the page.
  void whenLang("en-US").then(() => {
    if (zh.parentNode === root) root.appendChild(part(doc, "en-US"));
  });
}
