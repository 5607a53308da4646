// R1–R4: the balance rules (勾稽关系) of tables 三 and 四, evaluated from the equations of equations.ts.
import { columnLabel, t3RowLabel, t4GroupLabel } from "./cell-label";
import { equations } from "./equations";
import type { Equation } from "./equations";
import { allBlank, sideOf } from "./sums";
import type { Finding, Rule, RuleContext } from "./types";
import { mergeUnread, unreadFinding } from "./unread";

function subjectParams(ctx: RuleContext, eq: Equation): Record<string, string> {
  switch (eq.rule) {
    case "R1":
    case "R2":
      return { column: columnLabel(ctx.format, eq.subject) };
    case "R3":
      return { row: t3RowLabel(ctx.format, eq.subject) };
    case "R4":
      return { group: t4GroupLabel(ctx.format, eq.subject) };
  }
}

export function checkEquation(ctx: RuleContext, eq: Equation): Finding | null {
  const keys = [...eq.left, ...eq.right];
  // An untouched table is one R5 finding, not a cascade of zeros that "balance".
  if (allBlank(ctx.report, keys)) return null;
  const left = sideOf(ctx.report, eq.left);
  const right = sideOf(ctx.report, eq.right);
  const params = subjectParams(ctx, eq);
  const unknown = [...left.unknown, ...right.unknown];
  const unread = [...left.unread, ...right.unread];
  if (unread.length > 0) {
    // Cells the source printed only as a combined figure: the reader's one R10 warning says so.
    const shared = [...left.shared, ...right.shared];
    if (shared.length === unknown.length) return null;
    // A consolidated cell some part could not provide (unknown): said as such, not "not read".
    const f = unreadFinding(eq.rule, unread, params);
    if (unread.every((k) => (ctx.report.cells[k] as { unknown?: true }).unknown)) f.msg.id = "rule.unevaluableUnknown";
    return f;
  }
  if (unknown.length > 0) {
    return {
      rule: eq.rule,
      severity: "info",
      unevaluable: true,
      cells: unknown.map((key) => ({ key })),
      msg: { id: "rule.unevaluable", params: { what: `${eq.rule}.what`, cell: unknown[0], ...params } },
    };
  }
  if (left.sum === right.sum) return null;
  const notes: string[] = [];
  if (left.blanks || right.blanks) notes.push("sum.blanksAsZero");
  if (left.guessed || right.guessed) notes.push("sum.guessed");
  const difference = Math.round((left.sum - right.sum) * 1e6) / 1e6;
  return {
    rule: eq.rule,
    severity: "error",
    cells: keys.map((key) => ({ key })),
    left: left.sum,
    right: right.sum,
    difference,
    msg: { id: `${eq.rule}.unbalanced`, params: { ...params, left: left.sum, right: right.sum, diff: difference }, notes },
  };
}

function balanceRule(id: Equation["rule"]): Rule {
  return {
    id,
    run(ctx) {
      return mergeUnread(
        equations(ctx.format)
          .filter((eq) => eq.rule === id)
          .map((eq) => checkEquation(ctx, eq))
          .filter((f): f is Finding => f !== null),
      );
    },
  };
}

export const BALANCE_RULES: Rule[] = [balanceRule("R1"), balanceRule("R2"), balanceRule("R3"), balanceRule("R4")];
