// The one formula the layout plan writes for the statutory totals, =SUM(ranges) (src/layout/formulas.ts),
// evaluated the way a spreadsheet does: numbers count, text and blanks do not. A range may name its
// sheet ('明细'!C5:C9, as 汇总 writes). Anything else is not computed here: it shows #NAME?, which a
// reader takes as text, never as a number — the in-memory workbook does not guess a result.
import { parseRange, splitAddress } from "../layout/a1";
import type { CellContent, MemorySheet, MemoryWorkbook } from "./workbook";

export const NOT_COMPUTED = "#NAME?";
/** Cycles are errors in a spreadsheet too; the plan's totals are at most two deep. */
const MAX_DEPTH = 20;

const SUM = /^=\s*SUM\((.*)\)\s*$/i;

export function evaluateFormula(wb: MemoryWorkbook, sheet: MemorySheet, formula: string, depth: number): CellContent {
  const m = SUM.exec(formula);
  if (!m || depth > MAX_DEPTH) return NOT_COMPUTED;
  let sum = 0;
  for (const part of m[1].split(",")) {
    const ref = part.trim();
    const { sheet: named, local } = ref.includes("!") ? splitAddress(ref) : { sheet: "", local: ref };
    const target = named ? wb.sheet(named) : sheet;
    let r;
    try {
      r = parseRange(local.replace(/\$/g, ""));
    } catch {
      return NOT_COMPUTED; // SUM of something other than cell ranges
    }
    if (!target) return NOT_COMPUTED;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) {
        const v = wb.valueAt(target, row, col, depth);
        if (v === NOT_COMPUTED) return NOT_COMPUTED;
        if (typeof v === "number") sum += v;
      }
  }
  return sum;
}
