// Markdown: headings, paragraphs, and each table as pipe tables. Pipe tables cannot merge cells, so a
// row spanning the whole table (表二's 第二十条第（一）项) becomes a bold line between tables, the header
// rows fold into one (each column named by every header above it: 行政诉讼 / 复议后起诉 / 结果维持), and a
// position covered by a merge is left empty, as the printed table shows it. Report text is escaped so
// nothing in it becomes markup (or HTML).
import { tableGrid } from "./grid";
import type { GridSlot } from "./grid";
import type { Block, DocTable, ReportDocument } from "./model";

export function renderMarkdown(doc: ReportDocument): string {
  const parts: string[] = [`# ${escapeInline(doc.title.join(""))}`];
  for (const b of doc.blocks) parts.push(renderBlock(b));
  return parts.join("\n\n") + "\n";
}

function renderBlock(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `## ${escapeInline(b.text)}`;
    case "paragraph":
      return b.lead ? leadParagraph(b.lead, b.text) : escapeMarkdown(b.text);
    case "table":
      return tableMarkdown(b.table);
  }
}

/** The sub-head in bold. Its closing 。 goes after the closing ** when text follows: CommonMark does not
 *  close emphasis between a punctuation mark and a letter (。**2024), which CJK text hits all the time. */
function leadParagraph(lead: string, text: string): string {
  const rest = text.slice(lead.length);
  const stop = rest !== "" && /[。：:，,；;]$/.test(lead) ? lead.length - 1 : lead.length;
  return `**${escapeMarkdown(lead.slice(0, stop))}**${escapeInline(text.slice(stop))}`;
}

/** Backslash-escapes the marks Markdown reads as inline syntax or HTML anywhere in a line (and | for
 *  tables), and those that open a block at the start of one (# - + = > and the 1. of a list, which
 *  Chinese reports begin items with); folds line breaks, which would end a table row or paragraph. */
export function escapeMarkdown(s: string): string {
  return escapeInline(s)
    .replace(/^([-+=])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** Escapes what Markdown reads as syntax inside a line or a table cell. */
export function escapeInline(s: string): string {
  return s.replace(/[\r\n]+/g, " ").replace(/[\\`*_[\]<>#|~&]/g, (m) => "\\" + m);
}

export function tableMarkdown(table: DocTable): string {
  const grid = tableGrid(table);
  const width = table.columnWidths.length;
  const out: string[] = [];
  let segment: number[] = [];
  const flush = () => {
    if (segment.length > 0) out.push(segmentMarkdown(grid, segment));
    segment = [];
  };
  table.rows.forEach((r, i) => {
    const only = r.cells;
    if (only.length === 1 && only[0].colSpan === width && only[0].rowSpan === 1) {
      flush();
      out.push(`**${escapeInline(only[0].text)}**`);
    } else segment.push(i);
  });
  flush();
  return out.join("\n\n");
}

/** One pipe table from grid rows `rows` (leading header rows, then body rows). */
function segmentMarkdown(grid: GridSlot[][], rows: number[]): string {
  const isHeader = (i: number) => grid[i].every((s) => s.cell.header);
  const head = rows.filter(isHeader);
  const body = rows.filter((i) => !isHeader(i));
  // A column every row of which continues the column to its left (本年处理决定数量 spread over the
  // width of three) is the same printed column: drop it rather than print it twice.
  const columns = grid[0]
    .map((_, c) => c)
    .filter((c) => c === 0 || rows.some((i) => grid[i][c].cell !== grid[i][c - 1].cell));
  // Each column is named by every header cell above it, outermost first; a column whose header cells
  // are all its left neighbour's (the note over table 三's label columns) shows an empty name.
  const headerText = columns.map((c, k) => {
    if (k > 0 && head.every((i) => grid[i][c].cell === grid[i][columns[k - 1]].cell)) return "";
    const names: string[] = [];
    for (const i of head) if (!names.includes(grid[i][c].cell.text)) names.push(grid[i][c].cell.text);
    return names.map(escapeInline).join(" / ");
  });
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const lines = [line(headerText), line(columns.map((c) => (columnIsFigures(grid, body, c) ? ":---:" : "---")))];
  for (const i of body) lines.push(line(columns.map((c) => (grid[i][c].anchor ? escapeInline(grid[i][c].cell.text) : ""))));
  return lines.join("\n");
}

const columnIsFigures = (grid: GridSlot[][], body: number[], c: number) => body.some((i) => grid[i][c].cell.key !== undefined);
