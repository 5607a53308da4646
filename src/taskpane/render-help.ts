// The help view (opened by ?view=help or the 帮助 button): what each action does, in a few
// sentences, and the self-test (自检) with its copyable report.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import type { HelpUi } from "./help-state";

export interface HelpHandlers {
  closeHelp(): void;
}

export const HELP_LINES = ["layout", "fill", "check", "export", "noAddin"] as const;

export function renderHelp(doc: Document, _ui: HelpUi, lang: Lang, h: HelpHandlers): HTMLElement {
  return el(doc, "section", { class: "panel help-panel", attrs: { id: "help-panel", "aria-labelledby": "help-title" } }, [
    el(doc, "div", { class: "panel-head" }, [
      el(doc, "h2", { class: "panel-title", text: t(lang, "pane.help.title"), attrs: { id: "help-title", tabindex: "-1" } }),
      button(doc, t(lang, "pane.help.close"), () => h.closeHelp(), { class: "btn btn--link", attrs: { id: "help-close" } }),
    ]),
    el(
      doc,
      "ul",
      { class: "help-lines" },
      HELP_LINES.map((k) => el(doc, "li", { text: t(lang, `pane.help.${k}`) })),
    ),
  ]);
}
