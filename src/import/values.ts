// Which words of a table row are its figures, and whether a row's figures fit its columns.
import { NODATA_MARKS, numericValue, readCell, UNREAD_MARK } from "../model/cell";
import type { CellValue } from "../model/cell";
import type { ValueKind } from "../format";
import { nfkc } from "./normalize";

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const WITH_UNIT = /^[+-]?\d+(?:\.\d+)?(?:件|个|次|条|宗|项|人|万元|元|份|篇|起)$/;

/** A word that stands for a cell value: a number (maybe full-width, with a unit or thousands commas),
 *  a no-data mark such as "/" or "—", or the unread mark the OCR prints where it could not read a
 *  figure for sure (src/ocr/page.ts: the cell keeps its place in the row and is read as unread).
 *  Blank is not a word. */
export function isValueWord(raw: string): boolean {
  const s = nfkc(raw).replace(/\s+/g, "");
  if (s === "") return false;
  return NUMBER.test(s) || THOUSANDS.test(s) || WITH_UNIT.test(s) || NODATA_MARKS.includes(s) || s === UNREAD_MARK;
}

/** An explicit cell (HTML, "|" or tab) that holds a value or is blank. */
export function isValueCell(raw: string): boolean {
  return raw.replace(/[\s\u3000\u00a0]+/g, "") === "" || isValueWord(raw);
}

export type Fit =
  | { kind: "ok"; cells: CellValue[] }
  | { kind: "split"; cells: CellValue[]; a: string; b: string; joined: number; column: number }
  | { kind: "tooMany" | "tooFew"; count: number };

/**
 * Fits a row's value words to its `kinds` (one per column). One word too many is read as a number
 * split in two ("1 2") only when exactly one join of two adjacent single digits makes `balances` true;
 * anything else that does not fit is reported, never guessed.
 */
export function fitRow(words: string[], kinds: ValueKind[], balances?: (nums: number[]) => boolean, explicit = false): Fit {
  let w = words;
  // An explicit table may carry empty cells beyond its columns (a border column, a merged header).
  if (explicit) while (w.length > kinds.length && isBlank(w[w.length - 1])) w = w.slice(0, -1);
  // …and empty label cells before its figures (a parent label's column under a merged cell, as the
  // Markdown export writes it): blank cells are not figures when the row has too many.
  if (explicit) while (w.length > kinds.length && isBlank(w[0])) w = w.slice(1);
  if (w.length === kinds.length) return { kind: "ok", cells: w.map((x, i) => readCell(x, kinds[i], true)) };
  if (w.length === kinds.length + 1 && balances) {
    const splits: number[] = [];
    for (let i = 0; i + 1 < w.length; i++) {
      if (!/^\d$/.test(nfkc(w[i]).trim()) || !/^\d$/.test(nfkc(w[i + 1]).trim())) continue;
      const joined = [...w.slice(0, i), `${w[i].trim()}${w[i + 1].trim()}`, ...w.slice(i + 2)];
      const nums = joined.map((x, c) => numericValue(readCell(x, kinds[c], true)));
      if (nums.every((n): n is number => n !== null) && balances(nums)) splits.push(i);
    }
    if (splits.length === 1) {
      const i = splits[0];
      const a = w[i].trim();
      const b = w[i + 1].trim();
      const joined = Number(nfkc(a + b));
      const cells = [...w.slice(0, i), "", ...w.slice(i + 2)].map((x, c) =>
        c === i ? splitCell(a, b, joined) : readCell(x, kinds[c], true),
      );
      return { kind: "split", cells, a, b, joined, column: i };
    }
  }
  return { kind: w.length > kinds.length ? "tooMany" : "tooFew", count: w.length };
}

/** The joined cell is kept as text with its probable number, so R5 still shows it for checking. */
function splitCell(a: string, b: string, joined: number): CellValue {
  return { kind: "text", raw: `${a} ${b}`, guess: joined, why: "spaces" };
}

function isBlank(raw: string): boolean {
  return raw.replace(/[\s\u3000\u00a0]+/g, "") === "";
}

/** R3 for a table-三 row: the last column is the sum of the others. */
export const rowTotalBalances = (nums: number[]): boolean =>
  nums[nums.length - 1] === nums.slice(0, -1).reduce((s, n) => s + n, 0);

/** R4 for table 四: each group of five, 总计 = the four before it. */
export const t4Balances = (nums: number[]): boolean => {
  for (let g = 0; g + 5 <= nums.length; g += 5) if (!rowTotalBalances(nums.slice(g, g + 5))) return false;
  return true;
};
