// Plain text: the shape a published report's text has (title lines, headings, one paragraph per line),
// with each table row on one line as tab-separated cells in the official order, so the text import
// reads a report exported here back to the same figures. Tabs keep a blank cell's position (an empty
// field) where spaces would let the next figure slide into it. Every field is made inert (a leading
// apostrophe before = + - @), so a spreadsheet opening the file runs no formula; the import undoes it.
import { inert } from "../model/inert-text";
import type { Block, DocTable, ReportDocument } from "./model";

export function renderText(doc: ReportDocument): string {
  const parts: string[] = [doc.title.map(oneLine).join("\n")];
  for (const b of doc.blocks) parts.push(renderBlock(b));
  return parts.join("\n\n") + "\n";
}

function renderBlock(b: Block): string {
  switch (b.kind) {
    case "heading":
    case "paragraph":
      return oneLine(b.text);
    case "table":
      return tableText(b.table);
  }
}

/** One line per printed row: the cells that start in it, tab-separated; spanned positions add nothing. */
export function tableText(table: DocTable): string {
  return table.rows.map((r) => r.cells.map((c) => oneLine(c.text.replace(/\t/g, " "))).join("\t")).join("\n");
}

/** A line break inside a paragraph or cell would read back as a new paragraph or row; each field a
 *  tab would make of the line is made inert, as the import reads it back field by field. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").split("\t").map(inert).join("\t");
