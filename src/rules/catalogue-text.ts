// The catalogue's words in one language: the same lines for `xxgk rules` and the pane's help.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { RuleEntry } from "./catalogue";

export interface RuleText {
  /** "R1 表三勾稽关系（错误）" */
  title: string;
  name: string;
  severity: string;
  checks: string;
  source: string;
}

export function ruleText(r: RuleEntry, lang: Lang): RuleText {
  const name = t(lang, `rule.${r.id}.name`);
  const severity = r.severities.map((s) => t(lang, `rules.severity.${s}`)).join(" / ");
  return {
    title: t(lang, "rules.title", { id: r.id, name, severity }),
    name,
    severity,
    checks: t(lang, `rules.about.${r.id}`),
    source: t(lang, `rules.source.${r.id}`),
  };
}
