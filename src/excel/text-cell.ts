// Office.js enters a string written through `values` or `formulas` as if the clerk had typed it:
// "If the value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this
// value as a formula" (Excel.Range.values reference), and "2021", "1/2" or "TRUE" become a number,
// a date or a boolean. Text the add-in means as text therefore goes in with Excel's apostrophe
// prefix, which keeps what follows exactly as typed and is not part of the value (reading the cell
// gives the text back without it). Only text Excel would change gets the prefix, so labels read
// plainly in the formula bar.

/** Starts like a formula, or with the apostrophe itself (which Excel would swallow). */
const FORMULA_START = /^[=+\-@']/;
/** Digits, separators, signs and date words only: Excel may read it as a number, date or time. */
const NUMBER_OR_DATE = /^[\s\d.,:/%()$¥€£eE年月日时分秒+-]+$/;
const BOOLEAN = /^(true|false)$/i;

/** `text` as a string Excel stores unchanged as text. */
export function asText(text: string): string {
  if (text === "") return text;
  return FORMULA_START.test(text) || NUMBER_OR_DATE.test(text) || BOOLEAN.test(text) ? `'${text}` : text;
}

/** A cell's content for a write: strings as text, numbers as numbers. */
export function asCellValue(v: string | number): string | number {
  return typeof v === "string" ? asText(v) : v;
}
