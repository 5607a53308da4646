// What reaches a terminal is text, never a command to it (issue 19): a file name holding a newline
// printed a forged "✔ fake.xlsx：通过" line, an agency name holding ESC[2J cleared the screen. Control
// characters are shown escaped — \n, \r, \x1b — and so are the invisible ones that reorder or hide
// text (bidirectional overrides, line and paragraph separators, as \u202e). JSON needs nothing more:
// JSON.stringify escapes C0 itself, and \uXXXX is how JSON writes the others. Pure.

// C0 but tab and newline, DEL, C1, bidi marks and overrides, isolates, line/paragraph separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_OR_NEWLINE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escaped(c: string): string {
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** A line of output: control characters escaped, our own line breaks kept. */
export function terminalText(s: string): string {
  return s.replace(CONTROL, escaped);
}

/** A value shown inside one line (a file name, an agency, a quoted sentence): newlines escaped too. */
export function oneLine(s: string): string {
  return s.replace(CONTROL_OR_NEWLINE, escaped);
}

// For CSV: tab, CR and LF are a cell's own (quoted, or guarded against formulas by summary-csv.ts).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_BUT_LINES = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** For a CSV cell: control characters removed (line breaks inside a quoted cell are kept). */
export function withoutControls(s: string): string {
  return s.replace(CONTROL_BUT_LINES, "");
}
