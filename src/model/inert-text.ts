// Text a spreadsheet would run as a formula, made inert for plain-text exports (issue 11). Opened in
// Excel or WPS, a .txt or CSV field starting with = + - @ (or a tab or CR) becomes a formula:
// =HYPERLINK(…) a live link, =cmd|' /C calc'!A0 a command. Such a field gets a leading apostrophe,
// the mark spreadsheets themselves use for "this is text". A field that already starts with
// apostrophes before such a character gets one more, so restoreInert undoes exactly what inert did
// and the importer reads an exported report back to the same text. Plain numbers (-3 in a 2019
// table) and dash no-data marks are not formulas and stay as they are.
const TRIGGER = /^[=+\-@\t\r]/;
const HARMLESS = /^(?:[+-]?\d+(?:\.\d+)?|-+)$/;

const needsMark = (s: string): boolean => {
  const core = s.replace(/^'+/, "");
  return TRIGGER.test(core) && !HARMLESS.test(core);
};

/** One field (a table cell, a paragraph line) made safe to open in a spreadsheet. */
export function inert(s: string): string {
  return needsMark(s) ? `'${s}` : s;
}

/** The field as it was before inert. */
export function restoreInert(s: string): string {
  return s.startsWith("'") && needsMark(s) ? s.slice(1) : s;
}

/** restoreInert on every tab-separated field of one line. */
export function restoreInertLine(line: string): string {
  return line.includes("'") ? line.split("\t").map(restoreInert).join("\t") : line;
}

/** restoreInert on every tab-separated field of every line of a text. Only the lines holding an
 *  apostrophe are taken apart, and the text is copied only when one of them changes: an apostrophe
 *  in a long narrative ("It's") must not split the whole text into lines (issue 11). */
export function restoreInertText(text: string): string {
  const parts: string[] = [];
  let done = 0; // text[0, done) is in parts
  let end = 0;
  for (let q = text.indexOf("'"); q >= 0; q = text.indexOf("'", end)) {
    const start = text.lastIndexOf("\n", q) + 1;
    const next = text.indexOf("\n", q);
    end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    const restored = restoreInertLine(line);
    if (restored === line) continue;
    parts.push(text.slice(done, start), restored);
    done = end;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(done));
  return parts.join("");
}
