// Checks that could not run because the reader did not find a figure they need (unread cells).
import type { CellKey } from "../format";
import type { Finding, RuleId } from "./types";

/** The one "cannot be checked: these figures were not read" finding of a rule's check. */
export function unreadFinding(rule: RuleId, unread: CellKey[], params: Record<string, string | number>): Finding {
  return {
    rule,
    severity: "info",
    unevaluable: true,
    cells: unread.map((key) => ({ key })),
    msg: { id: "rule.unevaluableUnread", params: { what: `${rule}.what`, cell: unread[0], n: unread.length, ...params } },
  };
}

/** A rule's checks that need unread cells as one info finding: a table the reader missed is one
 *  "cannot be checked" per rule, not one per column and row. */
export function mergeUnread(findings: Finding[]): Finding[] {
  const unread = findings.filter((f) => f.msg.id === "rule.unevaluableUnread");
  if (unread.length < 2) return findings;
  const cells = [...new Map(unread.flatMap((f) => f.cells).map((c) => [c.key, c])).values()];
  const first = unread[0];
  const merged: Finding = {
    ...first,
    cells,
    msg: { id: "rule.unevaluableUnreadMany", params: { ...first.msg.params, count: unread.length, n: cells.length } },
  };
  return [merged, ...findings.filter((f) => !unread.includes(f))];
}
