// Where each numbered section starts: its heading line, found in order. Table 三's own rows
// 一、本年新收… and 四、结转下年度继续办理 start with numerals too; a heading must name its section.
import { SECTIONS } from "../format/common";
import type { SectionId, SectionSpec } from "../format";
import type { Line } from "./lines";
import { foldText, labelKey } from "./normalize";
import { PUNCT_CLASS } from "../model/punctuation";
import { isHeadingOf } from "./heading-meaning";

const LEADING_PUNCT = new RegExp(`^[\\s${PUNCT_CLASS}]+`);

export interface Span {
  start: number;
  end: number;
  /** Text after the heading on the heading's own line ("一、总体情况 2024年，…"). */
  rest?: string;
}

export interface SectionMap {
  spans: Partial<Record<SectionId, Span>>;
  /** Titled sections whose heading was not found. */
  missing: SectionSpec[];
}

interface Heading {
  spec: SectionSpec & { id: Exclude<SectionId, "0"> };
  key: string;
}

const HEADINGS: Heading[] = SECTIONS.filter((s) => s.title !== "").map((spec) => ({
  spec: spec as Heading["spec"],
  key: labelKey(spec.title),
}));

/** Finds the headings of sections 一 to 六 at or after line `from`; section "0" runs from `from` to 一. */
export function findSections(lines: Line[], from: number): SectionMap {
  const found: { heading: Heading; line: number; rest?: string }[] = [];
  let at = from;
  // No cache of keys: a heading not found makes its search run to the end, and keeping every line's
  // key for the next search held a copy of the whole text (issue 11). A later search keys them again.
  for (const h of HEADINGS) {
    for (let i = at; i < lines.length; i++) {
      const text = lines[i].text;
      if (text === "") continue;
      const rest = headingRest(lines[i], text, labelKey(text), h);
      if (rest === null) continue;
      found.push(rest === "" ? { heading: h, line: i } : { heading: h, line: i, rest });
      at = i + 1;
      break;
    }
  }
  const spans: Partial<Record<SectionId, Span>> = {};
  spans["0"] = { start: from, end: found.length > 0 ? found[0].line : lines.length };
  found.forEach((f, n) => {
    const span: Span = { start: f.line + 1, end: n + 1 < found.length ? found[n + 1].line : lines.length };
    if (f.rest) span.rest = f.rest;
    spans[f.heading.spec.id] = span;
  });
  const ids = new Set(found.map((f) => f.heading.spec.id));
  return { spans, missing: HEADINGS.filter((h) => !ids.has(h.spec.id)).map((h) => h.spec) };
}

/** null if the line is not this heading; else the text after the heading on the same line. `t` is the
 *  line's text, `key` its labelKey. The statutory wording may run on into the body on the same line;
 *  a heading worded otherwise is a short line of its own, recognised by its subject (heading-meaning). */
function headingRest(line: Line, t: string, key: string, h: Heading): string | null {
  if (key.startsWith(h.key)) return textAfterKeyChars(foldText(line.raw).trim(), h.key.length);
  return isHeadingOf(t, h.spec.id) ? "" : null;
}

/** The text of `s` after its first `n` comparison-key characters (the heading) and any punctuation. */
function textAfterKeyChars(s: string, n: number): string {
  let seen = 0;
  let i = 0;
  while (i < s.length && seen < n) {
    if (labelKey(s[i]) !== "") seen++;
    i++;
  }
  return s.slice(i).replace(LEADING_PUNCT, "").trim();
}
