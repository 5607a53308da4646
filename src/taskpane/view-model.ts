// What the pane shows, computed from a check result without touching the DOM: the header line, the
// summary, the groups and each finding's text. Pure, so the wording and grouping are unit-tested.
import type { CheckResult } from "../check/run-check";
import type { ExplainedFinding } from "../explain/explanations";
import { canExplain } from "../explain/explanations";
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { CellRef } from "../model/report";
import type { FindingCell, RuleId, Severity } from "../rules/types";
import { groupFindings } from "./group-findings";
import type { GroupId } from "./group-findings";

export interface HeaderView {
  /** "2024年度 · 某区人社局" or the "not laid out yet" sentence. */
  title: string;
  format: string | null;
}

export interface FindingView {
  /** Stable across re-checks while the finding persists (rule + cells), so focus and an open
   *  explanation form survive a live re-check. */
  id: string;
  severity: Severity;
  severityLabel: string;
  rule: RuleId;
  message: string;
  equation: string | null;
  difference: string | null;
  cellsText: string | null;
  refs: CellRef[];
  canExplain: boolean;
  explanation: string | null;
  stale: string | null;
  finding: ExplainedFinding;
}

export interface RuleView {
  rule: RuleId;
  title: string;
  items: FindingView[];
}
export interface GroupView {
  id: GroupId;
  title: string;
  rules: RuleView[];
}

export interface ResultView {
  summary: string;
  info: string | null;
  allPass: boolean;
  groups: GroupView[];
}

export function headerView(h: { year: number | null; agency: string | null; format: FormatId } | null, lang: Lang): HeaderView {
  if (!h) return { title: t(lang, "pane.header.empty"), format: null };
  const year = h.year === null ? t(lang, "pane.header.noYear") : t(lang, "pane.header.year", { year: h.year });
  const agency = h.agency?.trim() || t(lang, "pane.header.noAgency");
  return { title: `${year} · ${agency}`, format: t(lang, "pane.header.format", { format: t(lang, `format.${h.format}`) }) };
}

const num = (v: number | null | undefined, lang: Lang) => (v === null || v === undefined ? t(lang, "pane.blank") : String(v));

function where(c: FindingCell): string | null {
  return c.sheet && c.address ? `${c.sheet}!${c.address}` : null;
}

function findingView(f: ExplainedFinding, id: string, message: string, lang: Lang): FindingView {
  const hasSides = f.left !== undefined || f.right !== undefined;
  const places = [...new Set(f.cells.map(where).filter((x): x is string => x !== null))];
  return {
    id,
    severity: f.severity,
    severityLabel: t(lang, `severity.${f.severity}`),
    rule: f.rule,
    message,
    equation: hasSides ? t(lang, "pane.equation", { left: num(f.left, lang), right: num(f.right, lang) }) : null,
    difference: f.difference !== undefined ? t(lang, "pane.difference", { difference: f.difference }) : null,
    cellsText: places.length ? t(lang, "pane.cells", { cells: places.join("、") }) : null,
    refs: f.cells.filter((c) => c.sheet && c.address).map((c) => ({ sheet: c.sheet!, address: c.address! })),
    canExplain: canExplain(f),
    explanation: f.explanation?.text ?? null,
    stale: f.staleExplanation ?? null,
    finding: f,
  };
}

/** Ids from the rule and the cells' keys; a repeat gets a suffix so every id is unique. */
export function findingIds(findings: ExplainedFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.rule}:${[...new Set(f.cells.map((c) => c.key))].sort().join(",")}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}#${n}` : base;
  });
}

export function resultView(result: CheckResult, lang: Lang): ResultView {
  // The sentences come with the result (rendered once, in the pane's language).
  const ids = new Map<ExplainedFinding, { id: string; message: string }>();
  findingIds(result.findings).forEach((id, i) => ids.set(result.findings[i], { id, message: result.messages[i] }));
  const groups = groupFindings(result.findings).map((g) => ({
    id: g.id,
    title: t(lang, `pane.group.${g.id}`),
    rules: g.rules.map((r) => ({
      rule: r.rule,
      title: `${r.rule} ${t(lang, `rule.${r.rule}.name`)}`,
      items: r.findings.map((f) => findingView(f, ids.get(f)!.id, ids.get(f)!.message, lang)),
    })),
  }));
  const { errors, warnings, explained, info } = result.counts;
  return {
    summary: t(lang, "pane.summary", { errors, warnings, explained }),
    info: info > 0 ? t(lang, "pane.summary.info", { info }) : null,
    // Explained warnings still count as findings here: "all rules pass" is said only when none fired.
    allPass: !result.findings.some((f) => f.severity !== "info"),
    groups,
  };
}
