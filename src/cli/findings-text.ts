// Human output of `xxgk check`: a one-line verdict per file, then the findings grouped by rule.
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { renderFinding } from "../rules/render";
import type { Finding, FindingCell, RuleId } from "../rules/types";

export type FileStatus = "ok" | "errors" | "warnings" | "unreadable";

export function statusOf(findings: Finding[]): FileStatus {
  if (findings.some((f) => f.severity === "error")) return "errors";
  if (findings.some((f) => f.severity === "warning")) return "warnings";
  return "ok";
}

export function count(findings: Finding[], severity: Finding["severity"]): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** A workbook cell as a clerk finds it; published reports have no addresses, and the message names the cell. */
function where(c: FindingCell): string | null {
  return c.sheet && c.address ? `'${c.sheet}'!${c.address}` : null;
}

export function verdictLine(file: string, findings: Finding[], lang: Lang, about: string): string {
  const params = { file, errors: count(findings, "error"), warnings: count(findings, "warning"), about };
  return t(lang, `cli.verdict.${statusOf(findings)}`, params);
}

export function findingsText(findings: Finding[], format: FormatId, lang: Lang): string[] {
  const byRule = new Map<RuleId, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const lines: string[] = [];
  for (const [rule, list] of [...byRule].sort((a, b) => Number(a[0].slice(1)) - Number(b[0].slice(1)))) {
    lines.push(`  ${t(lang, "cli.ruleGroup", { rule, name: t(lang, `rule.${rule}.name`), n: list.length })}`);
    for (const f of list) {
      const places = f.cells.map(where).filter((w): w is string => w !== null);
      const cells = places.slice(0, 6).join(", ") + (places.length > 6 ? " …" : "");
      lines.push(`    ${t(lang, `severity.${f.severity}`)} ${renderFinding(f, format, lang)}`);
      if (f.quote) lines.push(`      ${t(lang, "cli.quote", { quote: f.quote })}`);
      if (cells) lines.push(`      ${t(lang, "cli.cells", { cells })}`);
    }
  }
  return lines;
}
