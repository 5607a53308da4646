// Explanations (说明): a warning accepted with a written reason. An explanation is tied to the rule,
// the cells and the values they held when it was written, so it goes stale — and the warning returns —
// as soon as any of those values changes. Errors cannot be explained away (statutory balance rules).
import { cellText } from "../model/cell";
import { cellOf } from "../model/report";
import type { ReportData } from "../model/report";
import type { Finding } from "../rules/types";

export interface Explanation {
  rule: string;
  /** Canonical keys of the finding's cells, sorted. */
  cells: string[];
  /** The cells' values when the explanation was written, in the order of `cells`, then the
   *  finding's left and right sides. */
  values: string[];
  text: string;
  /** ISO date-time of writing. */
  at: string;
}

export type ExplainedFinding = Finding & { explanation?: { text: string; at: string }; staleExplanation?: string };

const sortedKeys = (f: Finding) => [...new Set(f.cells.map((c) => c.key))].sort();
/** The cells' values, then both sides of the finding: a side may rest on last year's figures
 *  (R6, R7), which are not cells of this year's report but must make the explanation stale too. */
const valuesOf = (r: ReportData, keys: string[], f: Finding) => [
  ...keys.map((k) => cellText(cellOf(r, k))),
  String(f.left ?? ""),
  String(f.right ?? ""),
];

/** Whether a finding may be explained: warnings only, and only those about cells. */
export function canExplain(f: Finding): boolean {
  return f.severity === "warning";
}

export function explain(f: Finding, report: ReportData, text: string, at: Date = new Date()): Explanation {
  if (!canExplain(f)) throw new Error("Only warnings can be explained");
  const cells = sortedKeys(f);
  return { rule: f.rule, cells, values: valuesOf(report, cells, f), text: text.trim(), at: at.toISOString() };
}

const sameFinding = (e: Explanation, f: Finding) => e.rule === f.rule && e.cells.join("|") === sortedKeys(f).join("|");

/**
 * Marks warnings that a current explanation covers. A matching explanation whose values no longer hold
 * is reported as stale: the warning stays, with the old text shown for reference.
 */
export function applyExplanations(findings: Finding[], explanations: Explanation[], report: ReportData): ExplainedFinding[] {
  return findings.map((f) => {
    if (!canExplain(f)) return f;
    const e = explanations.find((x) => sameFinding(x, f));
    if (!e) return f;
    const fresh = valuesOf(report, e.cells, f).join("\u0001") === e.values.join("\u0001");
    return fresh ? { ...f, explanation: { text: e.text, at: e.at } } : { ...f, staleExplanation: e.text };
  });
}

/** Replaces the explanation for the same finding, or adds it. */
export function upsertExplanation(list: Explanation[], e: Explanation): Explanation[] {
  return [...list.filter((x) => !(x.rule === e.rule && x.cells.join("|") === e.cells.join("|"))), e];
}

// Stored in the workbook as rows of text (a hidden sheet), so the file carries them to the reviewer
// and both hosts read them with the same code.
export const EXPLANATION_COLUMNS = ["rule", "cells", "values", "text", "at"] as const;

export function explanationsToRows(list: Explanation[]): string[][] {
  return list.map((e) => [e.rule, e.cells.join(" "), JSON.stringify(e.values), e.text, e.at]);
}

export function explanationsFromRows(rows: unknown[][]): Explanation[] {
  const out: Explanation[] = [];
  for (const row of rows) {
    const [rule, cells, values, text, at] = row.map((v) => (v === null || v === undefined ? "" : String(v)));
    if (!rule || !text) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(values);
    } catch {
      continue; // a damaged row is dropped: its warning simply shows again
    }
    if (!Array.isArray(parsed)) continue;
    out.push({ rule, cells: cells.split(" ").filter(Boolean), values: parsed.map(String), text, at });
  }
  return out;
}
