// 校验 as one pure step, shared by the task pane, the ribbon command and the CLI: what a host read
// (report data, the reader's structure findings, last year's figures, the stored explanations) →
// every rule's findings with the explanations applied, counted the way the clerk sees them.
import { applyExplanations } from "../explain/explanations";
import type { Explanation, ExplainedFinding } from "../explain/explanations";
import type { FormatId } from "../format";
import type { Lang } from "../i18n";
import type { PriorFigures, ReportData } from "../model/report";
import { checkReport } from "./engine";
import { renderFinding } from "../rules/render";
import type { Finding } from "../rules/types";

export interface CheckInput {
  report: ReportData;
  /** What reading found before the rules ran (R10 structure findings). */
  findings: Finding[];
  prior?: PriorFigures;
  explanations: Explanation[];
}

export interface CheckCounts {
  errors: number;
  /** Warnings still open: neither explained nor explained with values that have since changed. */
  warnings: number;
  /** Warnings covered by a current explanation: shown, but not counted against the report. */
  explained: number;
  info: number;
}

export type CheckStatus = "ok" | "errors" | "warnings";

export interface CheckResult {
  findings: ExplainedFinding[];
  /** The sentence of each finding in `lang`, in the order of `findings`. */
  messages: string[];
  counts: CheckCounts;
  /** "ok" also when every warning is explained. */
  status: CheckStatus;
  year: number | null;
  agency: string | null;
  format: FormatId;
}

export const isExplained = (f: ExplainedFinding): boolean => f.severity === "warning" && f.explanation !== undefined;

export function countFindings(findings: ExplainedFinding[]): CheckCounts {
  const counts: CheckCounts = { errors: 0, warnings: 0, explained: 0, info: 0 };
  for (const f of findings) {
    if (f.severity === "error") counts.errors++;
    else if (f.severity === "info") counts.info++;
    else if (isExplained(f)) counts.explained++;
    else counts.warnings++;
  }
  return counts;
}

export function statusOfCounts(c: CheckCounts): CheckStatus {
  return c.errors > 0 ? "errors" : c.warnings > 0 ? "warnings" : "ok";
}

export function buildCheckResult(read: CheckInput, lang: Lang): CheckResult {
  const { report } = read;
  const opts = read.prior ? { prior: read.prior, readerFindings: read.findings } : { readerFindings: read.findings };
  const findings = applyExplanations(checkReport(report, opts), read.explanations, report);
  const counts = countFindings(findings);
  return {
    findings,
    messages: findings.map((f) => renderFinding(f, report.format, lang)),
    counts,
    status: statusOfCounts(counts),
    year: report.year,
    agency: report.agency,
    format: report.format,
  };
}
