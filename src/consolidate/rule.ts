// R12, for consolidated workbooks: each table figure equals the sum of its parts in 明细. A figure
// typed over its formula no longer does — an error at that cell. A part that cannot supply the
// figure leaves the sum unknown: the rule is then not evaluated for that cell (the sum shows 未知).
import type { Finding, Rule, RuleContext } from "../rules/types";
import { partKeys } from "./keys";

function run({ report, format }: RuleContext): Finding[] {
  const parts = report.parts;
  if (!parts || parts.length === 0) return [];
  const out: Finding[] = [];
  for (const key of partKeys(format)) {
    const table = report.cells[key];
    if (!table || table.kind !== "number") continue; // blank or text: R5 says so
    let sum = 0;
    let known = true;
    for (const p of parts) {
      const c = p.cells[key];
      if (!c || c.kind !== "number") known = false;
      else sum += c.value;
    }
    sum = Math.round(sum * 1e6) / 1e6;
    if (!known || Math.abs(table.value - sum) < 1e-6) continue;
    out.push({
      rule: "R12",
      severity: "error",
      cells: [{ key }],
      left: table.value,
      right: sum,
      difference: Math.round((table.value - sum) * 1e6) / 1e6,
      msg: { id: "consolidate.R12.mismatch", params: { cell: key, left: table.value, right: sum, n: parts.length } },
    });
  }
  return out;
}

/** R12 — a consolidated report's table figure equals the sum of its parts. */
export const CONSOLIDATED_SUM_RULE: Rule = { id: "R12", run };
