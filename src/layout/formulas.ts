// Total formulas and balance highlights, both generated from the rule equations (src/rules/equations.ts)
// so the sheet computes and flags exactly what the checker checks.
import type { CellKey } from "../format";
import type { Equation } from "../rules/equations";
import { absRange, coverRanges, rangeA1 } from "./a1";
import type { CellPos, RangePos } from "./a1";
import type { ConditionalFormatPlan } from "./types";

type PosOf = (key: CellKey) => CellPos;

/** "=SUM(D7:D27)" over the equation's right side, in as few ranges as the cells allow. */
export function totalFormula(eq: Equation, posOf: PosOf): string {
  return `=SUM(${coverRanges(eq.right.map(posOf)).map(rangeA1).join(",")})`;
}

const sumAbs = (keys: CellKey[], posOf: PosOf): string =>
  `SUM(${coverRanges(keys.map(posOf)).map(absRange).join(",")})`;

/**
 * The highlight for one equation. R1 (new + carriedIn = total + carriedOut) marks the whole column;
 * R2–R4 mark the total cell when it differs from its parts (a total typed over its formula).
 * Blanks sum as 0 on both sides, so an empty table is never flagged.
 */
export function equationHighlight(eq: Equation, posOf: PosOf, column: RangePos | null): ConditionalFormatPlan {
  const range = eq.rule === "R1" && column ? rangeA1(column) : rangeA1(toRange(posOf(eq.total ?? eq.left[0])));
  return { range, kind: "error", formula: `=${sumAbs(eq.left, posOf)}<>${sumAbs(eq.right, posOf)}` };
}

/**
 * "Missing" highlights: a blank input while the same table holds some figure. The formula is
 * relative to each range's top-left cell, so every blank cell tests itself.
 */
export function missingHighlights(inputs: RangePos[]): ConditionalFormatPlan[] {
  if (inputs.length === 0) return [];
  const count = `COUNT(${inputs.map(absRange).join(",")})>0`;
  return inputs.map((r) => ({
    range: rangeA1(r),
    kind: "missing" as const,
    formula: `=AND(ISBLANK(${rangeA1(toRange({ row: r.top, col: r.left }))}),${count})`,
  }));
}

const toRange = (p: CellPos): RangePos => ({ top: p.row, bottom: p.row, left: p.col, right: p.col });
