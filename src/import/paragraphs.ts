// A narrative section's lines joined into paragraphs. PDF text breaks lines wherever the page was
// full, so a line break is a paragraph break only after sentence-ending punctuation (。；：！？),
// before a sub-head such as （二） or 二、, after a short sub-head line, or where the source marks one
// (an HTML block). A sentence that happens to end exactly at a full line is split there: the text
// does not say otherwise.
import type { Line } from "./lines";
import { foldText, isCjk, tidySpaces } from "./normalize";

const ENDS_SENTENCE = /[。；：！？;:!?][”’"'）)」』]*$/;
const SUBHEAD = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．](?!\d))/;
const SHORT_SUBHEAD = 16;

export function joinParagraphs(lines: Line[], first = ""): string {
  const paragraphs: string[] = [];
  let cur = foldText(first).trim();
  let prevHard = false;
  let prevText = cur;
  for (const line of lines) {
    const text = foldText(line.raw).trim();
    if (text === "" || line.cells) continue;
    const isBreak =
      cur === "" ||
      prevHard ||
      ENDS_SENTENCE.test(prevText) ||
      SUBHEAD.test(text) ||
      (SUBHEAD.test(prevText) && prevText.length <= SHORT_SUBHEAD);
    if (isBreak) {
      if (cur !== "") paragraphs.push(cur);
      cur = text;
    } else {
      const glue = isCjk(cur[cur.length - 1]) || isCjk(text[0]) ? "" : " ";
      cur += glue + text;
    }
    prevHard = line.hard === true;
    prevText = text;
  }
  if (cur !== "") paragraphs.push(cur);
  return paragraphs.map(tidySpaces).join("\n");
}
