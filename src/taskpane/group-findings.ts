// Findings grouped as the clerk reads the report: by table (then the narrative, then structure), and
// within a table by rule, in rule order. Pure; the view model names the groups.
import type { Finding, RuleId } from "../rules/types";

export type GroupId = "t2" | "t3" | "t4" | "text" | "structure";
const GROUP_ORDER: GroupId[] = ["t2", "t3", "t4", "text", "structure"];

export interface RuleGroup<F extends Finding> {
  rule: RuleId;
  findings: F[];
}
export interface TableGroup<F extends Finding> {
  id: GroupId;
  rules: RuleGroup<F>[];
}

/** The table a finding is about: its first cell's table, else by rule (R8/R9 read the narrative). */
export function groupOf(f: Finding): GroupId {
  if (f.rule === "R10") return "structure";
  const table = f.cells.map((c) => /^(t[234])\./.exec(c.key)?.[1]).find(Boolean);
  if (table) return table as GroupId;
  return f.rule === "R8" || f.rule === "R9" ? "text" : "structure";
}

const ruleNumber = (id: string) => Number(id.slice(1));

export function groupFindings<F extends Finding>(findings: F[]): TableGroup<F>[] {
  const groups = new Map<GroupId, Map<RuleId, F[]>>();
  for (const f of findings) {
    const g = groupOf(f);
    if (!groups.has(g)) groups.set(g, new Map());
    const rules = groups.get(g)!;
    if (!rules.has(f.rule)) rules.set(f.rule, []);
    rules.get(f.rule)!.push(f);
  }
  return GROUP_ORDER.filter((id) => groups.has(id)).map((id) => ({
    id,
    rules: [...groups.get(id)!]
      .sort(([a], [b]) => ruleNumber(a) - ruleNumber(b))
      .map(([rule, list]) => ({ rule, findings: list })),
  }));
}
