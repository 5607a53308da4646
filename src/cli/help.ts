// `xxgk help`, `xxgk help CMD` and `CMD --help`: written from the option tables, so every option and
// its default (the default year included) is listed the moment it exists.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { COMMAND_SPECS, dashed, GLOBAL_OPTIONS } from "./options";
import type { CommandSpec, OptionSpec } from "./options";

export function generalHelp(lang: Lang): string {
  const lines = [t(lang, "cli.help.title"), "", t(lang, "cli.help.usage")];
  for (const c of COMMAND_SPECS) lines.push(`  ${t(lang, c.usage)}`, `      ${t(lang, c.summary)}`);
  lines.push("", t(lang, "cli.help.more"));
  return lines.join("\n");
}

export function commandHelp(spec: CommandSpec, lang: Lang): string {
  const rows = [...spec.options, ...GLOBAL_OPTIONS].map((o) => [optionWords(o, lang), optionHelp(o, lang)]);
  const width = Math.max(...rows.map(([w]) => displayWidth(w)));
  return [
    `${t(lang, "cli.help.usageOne")}${t(lang, spec.usage)}`,
    t(lang, spec.summary),
    "",
    t(lang, "cli.help.options"),
    ...rows.map(([w, h]) => `  ${w}${" ".repeat(width - displayWidth(w) + 3)}${h}`),
  ].join("\n");
}

function optionWords(o: OptionSpec, lang: Lang): string {
  const names = [dashed(o.name), ...(o.alias ? [dashed(o.alias)] : [])].join(", ");
  return o.value ? `${names} ${t(lang, o.value)}` : names;
}

function optionHelp(o: OptionSpec, lang: Lang): string {
  const help = t(lang, o.help);
  return o.default ? `${help}${t(lang, "cli.help.default", { value: o.default(lang) })}` : help;
}

/** Columns a terminal gives the text: a CJK character takes two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
