// `xxgk rules [--json]`: every rule and finding code, its severity, what it checks and its statutory
// source. The text is in the chosen language; --json carries both, for tools and for the reviewer.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { RULE_CATALOGUE, UNEVALUABLE_CODES } from "../rules/catalogue";
import { ruleText } from "../rules/catalogue-text";
import type { RuleText } from "../rules/catalogue-text";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { prettyJson } from "./json-text";

const LANGS: Lang[] = ["zh-CN", "en-US"];

export function rulesText(lang: Lang): string {
  const lines = [t(lang, "rules.heading", { count: RULE_CATALOGUE.length }), ""];
  for (const r of RULE_CATALOGUE) {
    const x = ruleText(r, lang);
    lines.push(x.title, `    ${x.checks}`, `    ${t(lang, "rules.sourceLabel")}${x.source}`, `    ${t(lang, "rules.codes")}${r.codes.join(" ")}`, "");
  }
  lines.push(t(lang, "rules.unevaluable", { codes: UNEVALUABLE_CODES.join(" ") }));
  return lines.join("\n");
}

export function rulesJson(): string {
  const rules = RULE_CATALOGUE.map((r) => {
    const texts = LANGS.map((lang) => [lang, ruleText(r, lang)] as const);
    const field = (k: Exclude<keyof RuleText, "title">) => Object.fromEntries(texts.map(([lang, x]) => [lang, x[k]]));
    return { id: r.id, severities: r.severities, codes: r.codes, name: field("name"), checks: field("checks"), source: field("source") };
  });
  return prettyJson({ rules, unevaluableCodes: UNEVALUABLE_CODES });
}

export async function rulesCommand(args: Args, io: CliIO): Promise<number> {
  io.out(args.flags.json === true ? rulesJson() : rulesText(io.lang));
  return 0;
}
