// A narrative section's lines joined into paragraphs. PDF text breaks lines wherever the page was
// full, so a line break is a paragraph break only after sentence-ending punctuation (。；：！？),
// before a sub-head such as （二） or 二、, after a short sub-head line, or where the source marks one
// (an HTML block). A sentence that happens to end exactly at a full line is split there: the text
// does not say otherwise — except after a semicolon, which closes a list item (一是……；二是……)
// far more often than a paragraph.
import type { Line } from "./lines";
import { displayWidth as width, foldText, isCjk, tidySpaces } from "./normalize";

const ENDS_SENTENCE = /[。；：！？;:!?][”’"'）)」』]*$/;
/** A semicolon ends list items inside a paragraph (一是……；二是……): it ends the paragraph only on a
 *  line that stops short of the full width, not on one the page merely wrapped. */
const ENDS_ITEM = /[；;][”’"'）)」』]*$/;
/** Two width units (one CJK character) of slack in "as wide as the widest line". */
const FULL_SLACK = 2;

const SUBHEAD = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))/;
const SHORT_SUBHEAD = 16;

export function joinParagraphs(lines: Line[], first = ""): string {
  const paragraphs: string[] = [];
  let cur = foldText(first).trim();
  let prevHard = false;
  let prevText = cur;
  // The paragraph grows by concatenation (a rope); reading its last character would flatten the rope
  // on every line, a copy of the whole paragraph per line — quadratic in an appendix of thousands of
  // unpunctuated lines (issue 19). The last character is kept apart instead.
  let last = cur[cur.length - 1] ?? "";
  // The width a wrapped PDF line reaches; HTML blocks (hard) never wrap, so they do not count.
  // A loop, not Math.max(...widths): a spread of every line's width is a copy, and overflows the stack on
  // a long enough text. (foldText and trim return the line itself when there is nothing to change.)
  let full = 0;
  for (const l of lines) if (!l.hard && !l.cells) full = Math.max(full, width(foldText(l.raw).trim()));
  const endsParagraph = (text: string): boolean =>
    ENDS_SENTENCE.test(text) && !(ENDS_ITEM.test(text) && width(text) >= full - FULL_SLACK);
  for (const line of lines) {
    const text = foldText(line.raw).trim();
    if (text === "" || line.cells) continue;
    const isBreak =
      cur === "" ||
      prevHard ||
      endsParagraph(prevText) ||
      SUBHEAD.test(text) ||
      (SUBHEAD.test(prevText) && prevText.length <= SHORT_SUBHEAD);
    if (isBreak) {
      if (cur !== "") paragraphs.push(cur);
      cur = text;
    } else {
      const glue = isCjk(last) || isCjk(text[0]) ? "" : " ";
      cur += glue + text;
    }
    last = text[text.length - 1];
    prevHard = line.hard === true;
    prevText = text;
  }
  if (cur !== "") paragraphs.push(cur);
  return paragraphs.map(tidySpaces).join("\n");
}
