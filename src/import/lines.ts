// The common shape every input is brought to before anything is recognised: a list of lines.
// A line from a table whose cells are explicit (HTML <td>, "|" or tab separated text) keeps them,
// blanks included; a line of PDF text has only its words, and empty cells are simply absent.
import { nfkc } from "./normalize";

export interface Line {
  /** NFKC text, trimmed; table cells joined by single spaces. */
  text: string;
  /** The line as it came (PDF words keep their full-width digits for R5). */
  raw: string;
  /** The raw cells, not normalised (so "１２" stays full-width for R5). */
  cells?: string[];
  /** The line ends a block (an HTML paragraph): always a paragraph break. */
  hard?: boolean;
  /** Its 1-based line number in a text source (problems name it). */
  n?: number;
}

// Page furniture PDF tools leave in the text: "- 3 -", "第 3 页", "第3页 共5页".
const PAGE_MARK = /^(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const PIPE_RULE = /^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-{0,}:?\s*$/;

/**
 * A line of running text, whose normalised `text` is worked out each time it is read rather than kept:
 * a long report is mostly narrative, whose lines are joined from `raw` and whose `text` only the few
 * scans for headings and tables read. Keeping it doubled the memory a text took (issue 11).
 */
class TextLine implements Line {
  constructor(
    readonly raw: string,
    readonly n: number,
  ) {}

  get text(): string {
    return nfkc(this.raw).trim();
  }
}

/** Splits plain text (PDF extraction, browser copy, pipe or tab tables) into lines. */
export function textLines(text: string): Line[] {
  const out: Line[] = [];
  const all = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < all.length; i++) {
    const rawLine = all[i];
    const norm = nfkc(rawLine).trim();
    if (norm === "" || PAGE_MARK.test(norm) || PIPE_RULE.test(norm)) {
      if (norm === "") out.push({ text: "", raw: "" });
      continue;
    }
    const cells = splitCells(rawLine);
    if (!cells) {
      out.push(new TextLine(rawLine, i + 1));
      continue;
    }
    const text = cells.map((c) => nfkc(c).trim()).join(" ").trim();
    out.push({ text, raw: rawLine, cells, n: i + 1 });
  }
  return out;
}

/** The cells of a "|"-separated or tab-separated line, or undefined for ordinary text. */
export function splitCells(rawLine: string): string[] | undefined {
  const pipes = rawLine.split(/[|｜]/);
  if (pipes.length >= 3) {
    // "| a | b |": the outer bars make an empty first and last piece, which are not cells.
    if (pipes[0].trim() === "") pipes.shift();
    if (pipes.length > 0 && pipes[pipes.length - 1].trim() === "") pipes.pop();
    return pipes;
  }
  if (rawLine.includes("\t")) {
    const tabs = rawLine.replace(/^[ \u3000]+|[ \u3000]+$/g, "").split("\t");
    return tabs.length >= 2 ? tabs : undefined;
  }
  return undefined;
}
