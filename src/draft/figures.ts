// The table side of drafting: a figure is drafted only from clean numbers. A blank or a text cell is
// never drafted as 0 — the paragraph waits until R5's finding is fixed.

import type { CellKey, FormatSpec } from "../format";
import { cellOf } from "../model/report";
import type { ReportData } from "../model/report";
import { equations } from "../rules/equations";

/** Collects the figures a paragraph needs and the cells that could not be read for it. */
export class FigureReader {
  readonly missing: CellKey[] = [];
  constructor(
    readonly report: ReportData,
    readonly format: FormatSpec,
  ) {}

  /** The sum of `keys`; 0 (and the keys noted as missing) when one is not a number. */
  sum(keys: CellKey[]): number {
    let s = 0;
    for (const k of keys) {
      const c = cellOf(this.report, k);
      this.checkParts(k);
      if (c.kind === "number") s += c.value;
      else this.miss(k);
    }
    return s;
  }

  // A workbook's total is a formula: over blank inputs it computes 0, which is no figure at all.
  // A total counts only when the cells it sums are figures too.
  private checkParts(key: CellKey): void {
    const eq = equations(this.format).find((e) => e.total === key);
    if (!eq) return;
    for (const part of eq.right) {
      if (cellOf(this.report, part).kind !== "number") this.miss(part);
      this.checkParts(part);
    }
  }

  private miss(key: CellKey): void {
    if (!this.missing.includes(key)) this.missing.push(key);
  }
}
