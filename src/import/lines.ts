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

/**
 * Splits plain text (PDF extraction, browser copy, pipe or tab tables) into lines at "\r\n", "\r" or
 * "\n". `restore` is applied to each "\n"-separated line first, as if to the whole text before it was
 * split: the import undoes the .txt export's inert marks so, line by line, not on a copy of the text.
 */
export function textLines(text: string, restore: (line: string) => string = (line) => line): Line[] {
  const out: Line[] = [];
  const all = text.split("\n");
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    let segment = restore(all[i]);
    // A "\r" before the "\n" is part of that line break ("\r\n"); any other "\r" is a break of its own.
    if (i < all.length - 1 && segment.endsWith("\r")) segment = segment.slice(0, -1);
    for (const rawLine of segment.split("\r")) {
      const line = lineOf(rawLine, ++n);
      if (line) out.push(line);
    }
  }
  return out;
}

/** The line read from one raw line (its 1-based number `n`); null for page furniture. */
function lineOf(rawLine: string, n: number): Line | null {
  const norm = nfkc(rawLine).trim();
  if (norm === "") return { text: "", raw: "" };
  if (PAGE_MARK.test(norm) || PIPE_RULE.test(norm)) return null;
  const cells = splitCells(rawLine);
  if (!cells) return new TextLine(rawLine, n);
  const text = cells.map((c) => nfkc(c).trim()).join(" ").trim();
  return { text, raw: rawLine, cells, n };
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
