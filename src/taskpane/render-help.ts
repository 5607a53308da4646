// The help view (opened by ?view=help or the 帮助与自检 button): what each action does, in a few
// sentences, and the self-test (自检): a run button, each step's outcome as it arrives, and the
// finished report in a read-only text block with a copy button. Text goes in through textContent
// and .value only.
import { RULE_CATALOGUE } from "../rules/catalogue";
import { ruleText } from "../rules/catalogue-text";
import { stepText } from "../selftest/report-text";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import type { HelpUi, SelftestUi } from "./help-state";

export interface HelpHandlers {
  closeHelp(): void;
  runSelftest(): void;
  copySelftest(): void;
}

export const HELP_LINES = ["layout", "fill", "check", "export", "noAddin"] as const;

function selftestPart(doc: Document, st: SelftestUi | null, text: string | null, lang: Lang, busy: boolean, h: HelpHandlers): HTMLElement {
  const run = button(doc, t(lang, "pane.selftest.run"), () => h.runSelftest(), { class: "btn btn--primary", attrs: { id: "selftest-run" } });
  run.disabled = busy;
  const steps = st
    ? el(
        doc,
        "ol",
        { class: "selftest-steps", attrs: { id: "selftest-steps" } },
        st.steps.map((s) => el(doc, "li", { class: `selftest-step selftest-step--${s.status}`, text: stepText(lang, s), attrs: { "data-step": s.id, "data-status": s.status } })),
      )
    : null;
  const report = st?.report ?? null;
  const box = text !== null ? el(doc, "textarea", { class: "export-text", attrs: { readonly: "", rows: "10", id: "selftest-text", "aria-label": t(lang, "pane.selftest.text") } }) : null;
  if (box && text !== null) box.value = text;
  return el(doc, "div", { class: "selftest", attrs: { id: "selftest" } }, [
    el(doc, "h3", { class: "panel-title", text: t(lang, "pane.selftest.title") }),
    el(doc, "p", { class: "muted", text: t(lang, "pane.selftest.intro") }),
    run,
    report?.refused ? el(doc, "p", { class: "message message--error", text: report.refused, attrs: { id: "selftest-refused", role: "alert" } }) : null,
    steps,
    box,
    box ? button(doc, t(lang, "pane.selftest.copy"), () => h.copySelftest(), { class: "btn btn--small", attrs: { id: "selftest-copy" } }) : null,
    st?.copied ? el(doc, "p", { class: "muted", text: t(lang, st.copied === "ok" ? "pane.export.copied" : "pane.selftest.copyFailed"), attrs: { role: "status" } }) : null,
  ]);
}

/** Every rule, as `xxgk rules` lists it: title, what it checks, its source. */
function rulesPart(doc: Document, lang: Lang): HTMLElement {
  return el(doc, "div", { class: "help-rules", attrs: { id: "help-rules" } }, [
    el(doc, "h3", { class: "panel-title", text: t(lang, "rules.heading", { count: RULE_CATALOGUE.length }) }),
    el(
      doc,
      "dl",
      {},
      RULE_CATALOGUE.flatMap((r) => {
        const x = ruleText(r, lang);
        return [el(doc, "dt", { text: x.title, attrs: { "data-rule": r.id } }), el(doc, "dd", { text: `${x.checks} ${t(lang, "rules.sourceLabel")}${x.source}` })];
      }),
    ),
  ]);
}

export function renderHelp(doc: Document, ui: HelpUi, selftestText: string | null, lang: Lang, busy: boolean, h: HelpHandlers): HTMLElement {
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
    rulesPart(doc, lang),
    selftestPart(doc, ui.selftest, selftestText, lang, busy, h),
  ]);
}
