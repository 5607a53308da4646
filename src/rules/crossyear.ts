// R6 and R7: this year's figures against last year's report, when last year's figures are known.
// Warnings, not errors: last year's report may itself have been corrected since.
import { cellKey } from "../format";
import { numericValue } from "../model/cell";
import type { CellValue } from "../model/cell";
import { cellOf } from "../model/report";
import { columnLabel } from "./cell-label";
import type { Finding, Rule } from "./types";

const known = (c: CellValue | undefined): number | null =>
  c === undefined || c.kind === "blank" || c.kind === "nodata" ? null : numericValue(c);

export const CARRIED_IN_RULE: Rule = {
  id: "R6",
  run({ report, format, prior }) {
    if (!prior) return [];
    const out: Finding[] = [];
    for (const col of format.t3.columns) {
      const inKey = cellKey("t3", "carriedIn", col.key);
      const outKey = cellKey("t3", "carriedOut", col.key);
      const last = known(prior.cells[outKey]);
      const now = known(cellOf(report, inKey));
      if (last === null || now === null || last === now) continue;
      const priorRef = prior.refs?.[outKey];
      out.push({
        rule: "R6",
        severity: "warning",
        cells: [{ key: inKey }, ...(priorRef ? [{ key: outKey, ...priorRef }] : [])],
        left: now,
        right: last,
        difference: now - last,
        msg: { id: "R6.mismatch", params: { column: columnLabel(format, col.key), left: now, right: last, diff: now - last } },
      });
    }
    return out;
  },
};

export const IN_FORCE_RULE: Rule = {
  id: "R7",
  run({ report, format, prior }) {
    if (!prior) return [];
    const out: Finding[] = [];
    for (const g of format.t2) {
      if (!g.columns.some((c) => c.key === "inForce")) continue;
      for (const row of g.rows) {
        const k = (col: string) => cellKey("t2", row.key, col);
        const last = known(prior.cells[k("inForce")]);
        const issued = known(cellOf(report, k("issued")));
        const repealed = known(cellOf(report, k("repealed")));
        const now = known(cellOf(report, k("inForce")));
        if (last === null || issued === null || repealed === null || now === null) continue;
        const expected = last + issued - repealed;
        if (expected === now) continue;
        out.push({
          rule: "R7",
          severity: "warning",
          cells: [{ key: k("inForce") }, { key: k("issued") }, { key: k("repealed") }],
          left: now,
          right: expected,
          difference: now - expected,
          msg: {
            id: "R7.mismatch",
            params: { row: row.label, left: now, right: expected, prior: last, issued, repealed, diff: now - expected },
          },
        });
      }
    }
    return out;
  },
};
