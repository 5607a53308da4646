// Runs every rule over one report. Pure: the same call serves the task pane, the CLI and tests. The
// registry lives here, above every feature whose rule it collects (rules/, yoy/, consolidate/), so
// no arrow runs from the rules back up to the features that build on them.
import { getFormat } from "../format";
import type { PriorFigures, ReportData } from "../model/report";
import { BALANCE_RULES } from "../rules/balance";
import { CARRIED_IN_RULE, IN_FORCE_RULE } from "../rules/crossyear";
import { NARRATIVE_RULES } from "../rules/narrative";
import { FORMAT_YEAR_RULE } from "../rules/structure";
import type { Finding, Rule } from "../rules/types";
import { VALUES_RULE } from "../rules/values";
import { YOY_PLAUSIBILITY_RULE } from "../yoy/plausibility";
import { CONSOLIDATED_SUM_RULE } from "../consolidate/rule";

export const TABLE_RULES: Rule[] = [...BALANCE_RULES, VALUES_RULE, CARRIED_IN_RULE, IN_FORCE_RULE, FORMAT_YEAR_RULE, YOY_PLAUSIBILITY_RULE, CONSOLIDATED_SUM_RULE];
export const ALL_RULES: Rule[] = [...TABLE_RULES, ...NARRATIVE_RULES];

export interface CheckOptions {
  prior?: PriorFigures;
  /** Findings the reader already made (structure damage, unreadable rows): reported with the rest. */
  readerFindings?: Finding[];
  rules?: Rule[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function checkReport(report: ReportData, opts: CheckOptions = {}): Finding[] {
  const format = getFormat(report.format);
  const ctx = opts.prior ? { report, format, prior: opts.prior } : { report, format };
  const rules = opts.rules ?? ALL_RULES;
  const findings = [...(opts.readerFindings ?? []), ...rules.flatMap((r) => r.run(ctx))];
  for (const f of findings) {
    f.cells = f.cells.map((c) => (c.sheet ? c : { ...c, ...(report.refs?.[c.key] ?? {}) }));
    if (report.file && !f.file) f.file = report.file;
  }
  return findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || ruleNumber(a.rule) - ruleNumber(b.rule),
  );
}

const ruleNumber = (id: string) => Number(id.slice(1));

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
