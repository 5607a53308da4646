// The self-test's known figures: a quiet year in which table 三 balances (5 new applications, 3
// granted, 2 carried over to next year), with every other count 0, and last year's 上年数据 saying 1
// application was carried over into this year while this year's 上年结转 is 0 — so the rules find no
// error and exactly the R6 warning to explain.
import { planLayout } from "../layout/plan";
import type { CellWrite } from "../host/types";
import type { PriorFigures } from "../model/report";

export const KNOWN: Readonly<Record<string, number>> = {
  "t3.new.natural": 5,
  "t3.granted.natural": 3,
  "t3.carriedOut.natural": 2,
};

/** What the formulas must compute from KNOWN (Excel's own calculation, read back). */
export const COMPUTED: Readonly<Record<string, number>> = { "t3.total.natural": 3 };

export const PRIOR_CARRIED_OUT: PriorFigures = { cells: { "t3.carriedOut.natural": { kind: "number", value: 1 } } };

/** KNOWN (0 elsewhere) for every input cell of the three tables of the 2021 layout, as writes. */
export function knownFigureWrites(): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const sheet of planLayout("2021").sheets) {
    if (sheet.role !== "t2" && sheet.role !== "t3" && sheet.role !== "t4") continue;
    for (const c of sheet.cells) {
      if (c.role === "input" && c.key) writes.push({ sheet: sheet.name, address: c.address, value: KNOWN[c.key] ?? 0 });
    }
  }
  return writes;
}
