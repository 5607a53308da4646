// Human output of `xxgk check`: a one-line verdict per file, then the findings grouped by rule.
// Explained warnings are listed (marked 已说明, with the reason) but counted apart from open ones.
import { countFindings, statusOfCounts } from "../check/run-check";
import type { ExplainedFinding } from "../explain/explanations";
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { renderFinding } from "../rules/render";
import type { FindingCell, RuleId } from "../rules/types";

export type FileStatus = "ok" | "errors" | "warnings" | "unreadable";

/** A workbook cell as a clerk finds it; published reports have no addresses, and the message names the cell. */
function where(c: FindingCell): string | null {
  return c.sheet && c.address ? `'${c.sheet}'!${c.address}` : null;
}

export function verdictLine(file: string, findings: ExplainedFinding[], lang: Lang, about: string): string {
  const c = countFindings(findings);
  const status = statusOfCounts(c);
  const explained = c.explained > 0 ? t(lang, "cli.verdict.explained", { n: c.explained }) : "";
  const params = { file, errors: c.errors, warnings: c.warnings, explained: status === "ok" ? c.explained : explained, about };
  return t(lang, status === "ok" && c.explained > 0 ? "cli.verdict.okExplained" : `cli.verdict.${status}`, params);
}

export function findingsText(findings: ExplainedFinding[], format: FormatId, lang: Lang): string[] {
  const byRule = new Map<RuleId, ExplainedFinding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const lines: string[] = [];
  for (const [rule, list] of [...byRule].sort((a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1)))) {
    lines.push(`  ${t(lang, "cli.ruleGroup", { rule, name: t(lang, `rule.${rule}.name`), n: list.length })}`);
    for (const f of list) {
      const places = f.cells.map(where).filter((w): w is string => w !== null);
      const cells = places.slice(0, 6).join(", ") + (places.length > 6 ? " …" : "");
      const label = f.explanation ? t(lang, "cli.explained") : t(lang, `severity.${f.severity}`);
      lines.push(`    ${label} ${renderFinding(f, format, lang)}`);
      if (f.explanation) lines.push(`      ${t(lang, "cli.explanation", { text: f.explanation.text, at: f.explanation.at.slice(0, 10) })}`);
      if (f.staleExplanation) lines.push(`      ${t(lang, "cli.staleExplanation", { text: f.staleExplanation })}`);
      if (f.quote) lines.push(`      ${t(lang, "cli.quote", { quote: f.quote })}`);
      if (cells) lines.push(`      ${t(lang, "cli.cells", { cells })}`);
    }
  }
  return lines;
}
