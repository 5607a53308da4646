// R11: jumps a reviewer would question, as information — never errors, since a real change of
// workload is possible: a total that doubles or falls to 0 on last year, and more applications
// carried over to next year than half the year's new ones.
import { cellKey } from "../format";
import type { Finding, Rule, RuleContext } from "../rules/types";
import { compareYears } from "./compare";
import { sumOf, thisYear, yoyFigures } from "./figures";

function info(id: string, keys: string[], params: Record<string, string | number>, left: number, right: number): Finding {
  return { rule: "R11", severity: "info", cells: keys.map((key) => ({ key })), left, right, msg: { id, params } };
}

function jumps(ctx: RuleContext): Finding[] {
  if (!ctx.prior) return [];
  const totals = new Set(yoyFigures(ctx.format).filter((f) => f.total).map((f) => f.id));
  const out: Finding[] = [];
  for (const row of compareYears(ctx.report, ctx.prior)) {
    if (!totals.has(row.id) || row.now === null || row.last === null || row.last === 0) continue;
    const params = { what: `yoy.figure.${row.id}`, now: row.now, last: row.last };
    if (row.now === 0) out.push(info("yoy.R11.fellToZero", row.keys, params, row.now, row.last));
    else if (row.now >= 2 * row.last) out.push(info("yoy.R11.doubled", row.keys, params, row.now, row.last));
  }
  return out;
}

function carriedOver(ctx: RuleContext): Finding[] {
  const out = cellKey("t3", "carriedOut", "total");
  const fresh = cellKey("t3", "new", "total");
  const get = thisYear(ctx.report);
  const carried = sumOf(get, [out]);
  const received = sumOf(get, [fresh]);
  if (carried === null || received === null || received === 0 || carried * 2 <= received) return [];
  return [info("yoy.R11.carriedOutHigh", [out, fresh], { carried, received }, carried, received)];
}

export const YOY_PLAUSIBILITY_RULE: Rule = { id: "R11", run: (ctx) => [...jumps(ctx), ...carriedOver(ctx)] };
