// R6 and R7: this year's figures against last year's report, when last year's figures are known.
// Warnings, not errors: last year's report may itself have been corrected since.
import { cellKey } from "../format";
import type { CellKey } from "../format";
import { numericValue } from "../model/cell";
import type { CellValue } from "../model/cell";
import { cellOf } from "../model/report";
import { columnLabel } from "./cell-label";
import { mergeUnread, unreadFinding as cannotCheck } from "./unread";
import type { Finding, Rule, RuleContext } from "./types";

const known = (c: CellValue | undefined): number | null =>
  c === undefined || c.kind === "blank" || c.kind === "nodata" ? null : numericValue(c);

/** The comparison needs a figure of this year's report that the reader did not find. */
function unreadFinding(rule: "R6" | "R7", keys: CellKey[], report: RuleContext["report"], params: Record<string, string>): Finding | null {
  const unread = keys.filter((k) => cellOf(report, k).kind === "unread");
  return unread.length === 0 ? null : cannotCheck(rule, unread, params);
}

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
      const unread = last === null ? null : unreadFinding("R6", [inKey], report, { column: columnLabel(format, col.key) });
      if (unread) out.push(unread);
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
    return mergeUnread(out);
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
        const unread = last === null ? null : unreadFinding("R7", [k("issued"), k("repealed"), k("inForce")], report, { row: row.label });
        if (unread) out.push(unread);
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
    return mergeUnread(out);
  },
};
