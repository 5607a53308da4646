// Explanations (说明): a warning accepted with a written reason. An explanation is tied to the rule,
// the cells and the values they held when it was written, so it goes stale — and the warning returns —
// as soon as any of those values changes. Errors cannot be explained away (statutory balance rules).
import { cellText } from "../model/cell";
import { cellOf } from "../model/report";
import type { ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import { cellNames, figuresText, handNames, resolveHandRow } from "./hand-rows";
import type { HandWritten } from "./hand-rows";

export interface Explanation {
  rule: string;
  /** Canonical keys of the finding's cells, sorted. */
  cells: string[];
  /** The cells' values when the explanation was written, in the order of `cells`, then the
   *  finding's left and right sides. */
  values: string[];
  text: string;
  /** ISO date-time of writing (as the clerk wrote it, for a hand-written row; may be ""). */
  at: string;
  /** A row a clerk wrote by hand on the 说明 sheet, without the tool's record (rule, cells and
   *  values above are then empty): matched to its warning when checked (./hand-rows.ts). */
  hand?: HandWritten;
  /** How the 说明 sheet shows the cells and their figures (written with the record; kept as read). */
  shown?: { cell: string; figures: string };
  /** The row of the 说明 sheet it was read from, for sentences about it. */
  row?: number;
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
  const shown = { cell: cellNames(f).join("、"), figures: figuresText(f, report) };
  return { rule: f.rule, cells, values: valuesOf(report, cells, f), text: text.trim(), at: at.toISOString(), shown };
}

const sameFinding = (e: Explanation, f: Finding) => e.rule === f.rule && e.cells.join("|") === sortedKeys(f).join("|");

/**
 * Marks warnings that a current explanation covers. A matching explanation whose values no longer hold
 * is reported as stale: the warning stays, with the old text shown for reference. Hand-written rows of
 * the 说明 sheet are matched the same way (./hand-rows.ts); a row that explains nothing adds one
 * information finding saying why, after the others.
 */
export function applyExplanations(findings: Finding[], explanations: Explanation[], report: ReportData): ExplainedFinding[] {
  const recorded = explanations.filter((e) => !e.hand);
  const byHand = new Map<Finding, { e: Explanation; fresh: boolean }>();
  const problems: Finding[] = [];
  // A recorded explanation wins over a hand-written row naming the same warning.
  const claimed = new Set(findings.filter((f) => canExplain(f) && recorded.some((x) => sameFinding(x, f))));
  explanations.forEach((e, i) => {
    if (!e.hand) return;
    const out = resolveHandRow(e.hand, e.row ?? i + 1, e.text, findings, report, claimed);
    if (out.kind === "problem") problems.push(out.finding);
    else {
      claimed.add(out.finding);
      byHand.set(out.finding, { e, fresh: out.kind === "fresh" });
    }
  });
  const marked = findings.map((f): ExplainedFinding => {
    if (!canExplain(f)) return f;
    const e = recorded.find((x) => sameFinding(x, f));
    if (!e) {
      const h = byHand.get(f);
      if (!h) return f;
      return h.fresh ? { ...f, explanation: { text: h.e.text, at: h.e.at } } : { ...f, staleExplanation: h.e.text };
    }
    const fresh = valuesOf(report, e.cells, f).join("\u0001") === e.values.join("\u0001");
    return fresh ? { ...f, explanation: { text: e.text, at: e.at } } : { ...f, staleExplanation: e.text };
  });
  return [...marked, ...problems];
}

/** Replaces the explanation for the same finding, or adds it. With the finding, a hand-written row
 *  naming it is replaced too (the new row records what the hand-written one could not). */
export function upsertExplanation(list: Explanation[], e: Explanation, finding?: Finding): Explanation[] {
  const same = (x: Explanation) => (x.hand ? finding !== undefined && handNames(x.hand, finding) : x.rule === e.rule && x.cells.join("|") === e.cells.join("|"));
  return [...list.filter((x) => !same(x)), e];
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
