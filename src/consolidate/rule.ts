// R12, for consolidated workbooks: each table figure equals the sum of its parts in 明细. A figure
// typed over its formula no longer does — an error at that cell. A part that cannot supply the
// figure leaves the sum unknown: the rule is then not evaluated for that cell (the sum shows 未知).
import type { Finding, Rule, RuleContext } from "../rules/types";
import { BLANK } from "../model/cell";
import { inputKeys } from "./keys";
import { sumCell } from "./sum";

function run({ report, format }: RuleContext): Finding[] {
  const parts = report.parts;
  if (!parts || parts.length === 0) return [];
  const out: Finding[] = [];
  for (const key of inputKeys(format)) {
    const table = report.cells[key];
    if (!table || table.kind !== "number") continue; // blank or text: R5 says so
    // The parts' sum as 汇总 writes it (sum.ts): a figure only when every part has one.
    const total = sumCell(parts.map((p) => p.cells[key] ?? BLANK));
    if (total.kind !== "number" || Math.abs(table.value - total.value) < 1e-6) continue;
    const sum = total.value;
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
