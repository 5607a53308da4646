// Where a consolidation's formulas go in a workbook laid out earlier (the pane's 汇总): every table
// cell the consolidated plan sums over 明细 — inputs and totals alike — at the workbook's own place for
// it (the report's refs, so a moved table still gets its formulas). Totals too, because the template's
// own total (=SUM(D7:D27) over the table's inputs) skips an input showing 未知 and gives the sum of the
// rest: a partial sum shown as whole. Each total instead gets its 明细 column's formula, which says
// 未知 as soon as any part lacks the cell — exactly what the CLI's workbook holds.
import type { CellKey } from "../format";
import type { LayoutPlan } from "../layout/types";
import type { CellRef } from "../model/report";

export interface TableFormula {
  key: CellKey;
  sheet: string;
  address: string;
  /** "total" cells sit locked on a protected sheet: the host lifts the protection to write them. */
  role: "input" | "total";
  formula: string;
}

export function tableFormulas(plan: LayoutPlan, refs: Partial<Record<CellKey, CellRef>>): TableFormula[] {
  const out: TableFormula[] = [];
  // forEach, not for…of: the pane's ES5 build turns each for…of into an iterator helper (the 150 KB budget).
  plan.sheets.forEach((s) =>
    s.cells.forEach((c) => {
      const ref = c.key ? refs[c.key as CellKey] : undefined;
      if ((c.role === "input" || c.role === "total") && c.formula !== undefined && ref) out.push({ key: c.key as CellKey, sheet: ref.sheet, address: ref.address, role: c.role, formula: c.formula });
    }),
  );
  return out;
}
