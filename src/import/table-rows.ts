// A table's lines as rows: the text gathered since the previous row's figures, and the figures.
// In PDF text a row's label may run over several lines and its figures follow on the next line;
// parents printed vertically and repeated headers are gathered too and sorted out by label matching.
import type { Line } from "./lines";
import { labelKey, tidySpaces } from "./normalize";
import { isValueCell, isValueWord } from "./values";

export interface TableRow {
  /** Comparison key (labelKey) of everything gathered before the figures. */
  gathered: string;
  /** The same text as printed, for messages. */
  printed: string;
  /** The figures' raw words (PDF) or cells (explicit tables, blanks included). */
  words: string[];
  explicit: boolean;
  /** The source line of the row's (last) figures, when known. */
  line?: number;
  /** The first figure stands on the same line as text gathered before it (the end of its label):
   *  printed side by side, in one table row. Always so for explicit tables. */
  sameLine: boolean;
  /** PDF text: the figures as they stood on their source lines (several lines of figures with no
   *  text between them gather into one row; the reader decides which line is whose). */
  lineWords?: string[][];
}

const NO_DATA_WORD = "无"; // also a character of labels printed one per line (无/法/提/供)

export function tableRows(lines: Line[]): TableRow[] {
  const rows: TableRow[] = [];
  let text: string[] = [];
  let words: string[] = [];
  let at: number | undefined;
  let groups: string[][] = [];
  let groupLine: Line | undefined;
  let sameLine = false;
  let textLine: Line | undefined;
  const close = (explicit: boolean) => {
    if (words.length === 0 && !explicit) return;
    const printed = tidySpaces(text.join(" "));
    const row: TableRow = { gathered: labelKey(printed), printed, words, explicit, sameLine: explicit || sameLine };
    if (at !== undefined) row.line = at;
    if (!explicit && groups.length > 1) row.lineWords = groups;
    rows.push(row);
    text = [];
    words = [];
    groups = [];
    groupLine = undefined;
    sameLine = false;
    at = undefined;
  };
  for (const line of lines) {
    if (line.cells) {
      close(false);
      const split = splitExplicit(line.cells);
      text.push(...split.label);
      // A row of blanks under a label may be a table row left empty; the reader decides by its label.
      if ((split.values.length > 0 && split.label.length > 0) || split.values.some(isValueWord)) {
        words = split.values;
        at = line.n;
        close(true);
      }
      continue;
    }
    const lineWords = line.raw.split(/[\s\u3000\u00a0]+/).filter((w) => w !== "");
    const hasFigure = lineWords.some((w) => w !== NO_DATA_WORD && isValueWord(w));
    for (const w of lineWords) {
      const isValue = isValueWord(w) && (w !== NO_DATA_WORD || hasFigure);
      if (isValue) {
        if (words.length === 0) sameLine = textLine === line;
        words.push(w);
        if (groupLine !== line) groups.push([]);
        groups[groups.length - 1].push(w);
        groupLine = line;
        at = line.n;
      } else {
        close(false);
        text.push(w);
        textLine = line;
      }
    }
  }
  close(false);
  return rows;
}

/** Leading blank cells are layout (under a rowspan'd parent); the values are the trailing run of
 *  value cells (blanks included); everything between is the label. */
function splitExplicit(cells: string[]): { label: string[]; values: string[] } {
  let start = 0;
  while (start < cells.length && isBlankCell(cells[start])) start++;
  let end = cells.length;
  while (end > start && isValueCell(cells[end - 1])) end--;
  return { label: cells.slice(start, end).filter((c) => !isBlankCell(c)), values: cells.slice(end) };
}

function isBlankCell(raw: string): boolean {
  return raw.replace(/[\s\u3000\u00a0]+/g, "") === "";
}
