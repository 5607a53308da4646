// The balance rules (勾稽关系) as data: each is "sum of left = sum of right" over canonical keys.
// The rule engine checks them; the layout turns the same equations into total formulas and into
// conditional formats, so the sheet and the checker can never disagree about what balances.
import { cellKey } from "../format";
import type { CellKey, FormatSpec } from "../format";
import type { RuleId } from "./types";

export interface Equation {
  rule: Extract<RuleId, "R1" | "R2" | "R3" | "R4">;
  /** What the equation is about: a table-三 column key, a table-三 row key, or a table-四 group key. */
  subject: string;
  left: CellKey[];
  right: CellKey[];
  /** The cell a formula computes (the total), when the equation defines one. */
  total?: CellKey;
}

const T3_NON_RESULT_ROWS = new Set(["new", "carriedIn", "total", "carriedOut"]);

export function t3ResultRows(f: FormatSpec): string[] {
  return f.t3.rows.map((r) => r.key).filter((k) => !T3_NON_RESULT_ROWS.has(k));
}

export function t3ApplicantColumns(f: FormatSpec): string[] {
  return f.t3.columns.map((c) => c.key).filter((k) => k !== "total");
}

const cache = new WeakMap<FormatSpec, Equation[]>();

/** The equations of a format, built once per format (the engine runs them thousands of times a second). */
export function equations(f: FormatSpec): Equation[] {
  let eqs = cache.get(f);
  if (!eqs) {
    eqs = buildEquations(f);
    cache.set(f, eqs);
  }
  return eqs;
}

function buildEquations(f: FormatSpec): Equation[] {
  const out: Equation[] = [];
  const cols = f.t3.columns.map((c) => c.key);
  const results = t3ResultRows(f);
  const applicants = t3ApplicantColumns(f);
  for (const c of cols) {
    out.push({
      rule: "R1",
      subject: c,
      left: [cellKey("t3", "new", c), cellKey("t3", "carriedIn", c)],
      right: [cellKey("t3", "total", c), cellKey("t3", "carriedOut", c)],
    });
  }
  for (const c of cols) {
    const total = cellKey("t3", "total", c);
    out.push({ rule: "R2", subject: c, left: [total], right: results.map((r) => cellKey("t3", r, c)), total });
  }
  for (const r of f.t3.rows) {
    const total = cellKey("t3", r.key, "total");
    out.push({ rule: "R3", subject: r.key, left: [total], right: applicants.map((c) => cellKey("t3", r.key, c)), total });
  }
  const parts = f.t4.columns.map((c) => c.key).filter((k) => k !== "total");
  for (const g of f.t4.groups) {
    const total = cellKey("t4", g.key, "total");
    out.push({ rule: "R4", subject: g.key, left: [total], right: parts.map((p) => cellKey("t4", g.key, p)), total });
  }
  return out;
}
