// A table cell as a clerk typed it: a number, a blank, an explicit "no data" mark, or text.
// Text that looks like a number is never silently accepted: it keeps its raw form and carries
// the number it probably meant, so R5 can report it and the sum rules can still reason.
import type { ValueKind } from "../format/types";

export type CellValue =
  | { kind: "number"; value: number }
  | { kind: "blank" }
  | { kind: "nodata"; raw: string }
  | { kind: "text"; raw: string; guess?: number; why: TextIssue }
  | Unread;

/**
 * A figure the reader could not find in the source (a row it did not recognise, a table it did not
 * find): not blank, since nothing says the clerk left it empty. Rules that need it are not evaluated.
 * `share`: the cell is one of `keys` that the source printed as one figure `sum` (the old single
 * （六）其他处理 row standing for the three sub-rows of the 2021 format).
 */
export interface Unread {
  kind: "unread";
  share?: { keys: string[]; sum: number };
  /** A consolidated (汇总) cell that some part could not provide (DESIGN §5 "unknown"): the rules treat
   *  it as unread — a balance on it is not evaluated, never failed. */
  unknown?: true;
}

/** What an imported workbook holds where the source's figure could not be read: visible to the clerk
 *  (who is to type the figure in), and read back as unread — never as a blank, which R5 would call
 *  missing, nor as 0, which a sum would use. */
export const UNREAD_MARK = "未读";
/** What a consolidated cell shows (its formula's result) when some part could not provide it. */
export const UNKNOWN_MARK = "未知";
export const UNKNOWN: CellValue = { kind: "unread", unknown: true };
/** What an imported workbook holds in each sub-row cell of （六）其他处理 when the source printed the old
 *  single row: the row's figure, so the sum rules can still count it once (sharedFigure). */
export const SHARE_MARK = "（六）合计";

/** The sheet text of an unread cell: the share mark with its figure, else the unread mark. */
export function unreadMark(c: Unread): string {
  return c.share ? `${SHARE_MARK}${c.share.sum}` : UNREAD_MARK;
}

/** A cell's text that is one of the marks above, as the cell it stands for (a share's keys are the
 *  caller's to fill in: the marked cells of the same column); null for any other content. */
export function fromMark(input: unknown): Unread | null {
  if (typeof input !== "string") return null;
  const text = input.trim();
  if (text === UNREAD_MARK) return { kind: "unread" };
  const m = text.startsWith(SHARE_MARK) ? /^\d+(?:\.\d+)?$/.exec(text.slice(SHARE_MARK.length)) : null;
  return m ? { kind: "unread", share: { keys: [], sum: Number(m[0]) } } : null;
}

/** Why a text cell is not a clean number (the R5 message names it). */
export type TextIssue =
  | "unit" // 12件, 251000元
  | "fullwidth" // １２
  | "thousands" // 1,234
  | "spaces" // " 12 " in a workbook text cell
  | "textNumber" // "12" stored as text in a workbook
  | "notCount" // 1e20, an 18-digit ID number: no count is that large, and sums of it lose digits
  | "date" // a date in a figure cell (a spreadsheet stores it as a serial number such as 45292)
  | "boolean" // TRUE / FALSE
  | "notNumber"; // anything else

export const NODATA_MARKS = ["/", "-", "—", "–", "－", "／", "无", "——", "—-", "--"];

export const num = (value: number): CellValue => ({ kind: "number", value });

/** No figure of the report comes near this (R5's message says 10 亿); a larger one is a slip (an ID number, a pasted total of
 *  something else), and beyond 2^53 sums silently lose its last digits. */
export const MAX_FIGURE = 1e9;

const plausible = (v: number) => Math.abs(v) <= MAX_FIGURE;
/** A figure that is no count at all: text without a guess, so no rule sums it (R5 names it). */
const notCount = (raw: string): CellValue => ({ kind: "text", raw, why: "notCount" });
// An ISO date, as the ExcelJS reader gives a date cell (and as a clerk may type one).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/;
export const BLANK: CellValue = { kind: "blank" };
export const UNREAD: CellValue = { kind: "unread" };

const FULLWIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E\u3000\uFF0D]/;
const UNIT = /^([+-]?\d+(?:\.\d+)?)\s*(件|个|次|条|宗|项|人|万元|元|份|篇|起)$/;

function toHalfWidth(s: string): string {
  return s.normalize("NFKC");
}

/**
 * Reads a value as it came from a workbook cell (numbers typed as numbers) or from a report's text
 * (`fromText`: a clean token such as "57" or "0.5" is a number there, since text is all a PDF has).
 * `kind` is the cell's statutory kind: a 万元 amount reading "251000元" is guessed as 25.1.
 */
export function readCell(input: unknown, kind: ValueKind = "count", fromText = false): CellValue {
  if (input === null || input === undefined) return BLANK;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { kind: "text", raw: String(input), why: "notNumber" };
    return plausible(input) ? num(input) : notCount(String(input));
  }
  if (typeof input === "boolean") return { kind: "text", raw: input ? "TRUE" : "FALSE", why: "boolean" };
  if (input instanceof Date) return { kind: "text", raw: Number.isNaN(input.getTime()) ? "" : input.toISOString().slice(0, 10), why: "date" };
  if (typeof input !== "string") return { kind: "text", raw: String(input), why: "notNumber" };
  const raw = input;
  const trimmed = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
  if (trimmed === "") return BLANK;
  if (NODATA_MARKS.includes(trimmed)) return { kind: "nodata", raw };
  // The OCR's mark for a figure it could not read for sure (src/ocr/page.ts): unread, never a guess.
  if (fromText && trimmed === UNREAD_MARK) return UNREAD;
  const clean = /^[+-]?\d+(?:\.\d+)?$/;
  if (ISO_DATE.test(trimmed)) return { kind: "text", raw, why: "date" };
  if (clean.test(trimmed)) {
    const value = Number(trimmed);
    if (!plausible(value)) return notCount(raw);
    if (fromText && trimmed === raw.trim()) return num(value);
    return { kind: "text", raw, guess: value, why: trimmed === raw ? "textNumber" : "spaces" };
  }
  // "1 2": digits a PDF's text split with a space, as the text import reads them (a guess R5 names).
  if (/^\d+(?:[ \u3000]\d+)+$/.test(trimmed)) {
    const guess = Number(trimmed.replace(/[ \u3000]/g, ""));
    return plausible(guess) ? { kind: "text", raw, guess, why: "spaces" } : notCount(raw);
  }
  if (FULLWIDTH.test(trimmed)) {
    const half = toHalfWidth(trimmed).replace(/\s+/g, "");
    if (clean.test(half)) return plausible(Number(half)) ? { kind: "text", raw, guess: Number(half), why: "fullwidth" } : notCount(raw);
  }
  const half = toHalfWidth(trimmed);
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(half)) {
    const guess = Number(half.replace(/,/g, ""));
    return plausible(guess) ? { kind: "text", raw, guess, why: "thousands" } : notCount(raw);
  }
  const unit = UNIT.exec(half.replace(/,/g, ""));
  if (unit) {
    let guess = Number(unit[1]);
    // A 万元 cell that says 元 means the clerk typed yuan: 251000元 is 25.1 万元.
    if (kind === "amount" && unit[2] === "元") guess = guess / 10000;
    return plausible(guess) ? { kind: "text", raw, guess, why: "unit" } : notCount(raw);
  }
  return { kind: "text", raw, why: "notNumber" };
}

/** The number a rule may use: the value, or the guess behind readable text; blanks and marks count 0;
 *  an unread cell is unknown. */
export function numericValue(c: CellValue): number | null {
  switch (c.kind) {
    case "number":
      return c.value;
    case "text":
      return c.guess ?? null;
    case "unread":
      return null;
    default:
      return 0;
  }
}

/** The problem with a value in a cell of `kind`, if any (for R5). */
export type ValueProblem = "blank" | "nodata" | "text" | "negative" | "fraction" | null;

export function valueProblem(c: CellValue, kind: ValueKind): ValueProblem {
  // An unread cell is the reader's finding (which row, why), not the clerk's: R5 says nothing.
  if (c.kind === "unread") return null;
  if (c.kind === "blank") return "blank";
  if (c.kind === "nodata") return "nodata";
  if (c.kind === "text") return "text";
  if (kind !== "delta" && c.value < 0) return "negative";
  if (kind !== "amount" && !Number.isInteger(c.value)) return "fraction";
  return null;
}

/** How a cell reads in a message: the number, or the raw text in quotes. */
export function cellText(c: CellValue): string {
  switch (c.kind) {
    case "number":
      return String(c.value);
    case "blank":
    case "unread":
      return "";
    default:
      return c.raw;
  }
}

/** The JSON form of DESIGN §5: a number, or null for blank, unreadable text or unread. */
export function cellJson(c: CellValue): number | null {
  return c.kind === "number" ? c.value : null;
}

/** A cell the source printed only inside a combined figure (the old single （六） row), when `keys`
 *  hold every part of it: the group (to count it once) and the figure; else null. */
export function sharedFigure(c: CellValue, keys: readonly string[]): { group: string; sum: number } | null {
  if (c.kind !== "unread" || !c.share || !c.share.keys.every((k) => keys.includes(k))) return null;
  return { group: c.share.keys.join("|"), sum: c.share.sum };
}
