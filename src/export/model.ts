// The export document model: what a published report contains, in order, as plain data. The .docx,
// .txt and .md renderers only draw it, so the table layout (merged headers, spans, alignment) is
// decided once, here and in tables.ts, and every output agrees with the others.
import type { CellKey, TableId } from "../format";

export type Align = "left" | "center" | "right";

/** One cell as printed. A cell covered by another's span is simply absent from its row (as in HTML),
 *  so renderers that need a full grid resolve it with grid.ts. */
export interface DocCell {
  /** As written: a number's digits, a text cell's raw text, "" for a blank. */
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Printed as a header (labels of columns and groups); row labels are not headers. */
  header: boolean;
  align: Align;
  /** The canonical key of a figure cell; absent on labels. */
  key?: CellKey;
  /** A label as the official format prints it, on these lines (src/format/print.ts); absent: `text` on
   *  one line, wrapped where the column ends. Page renderers (.docx) use it; text renderers use `text`. */
  lines?: string[];
}

export interface DocRow {
  cells: DocCell[];
  /** Part of the table's column header: repeated at the top of each page the table runs onto. */
  repeat: boolean;
  /** Kept on the same page as the next row: a group heading with its rows, a table that fits one page. */
  keepWithNext?: boolean;
}

export interface DocTable {
  /** A statutory table, or the optional 同比 summary (yoy-table.ts). */
  id: TableId | "yoy";
  /** Relative column widths (any unit): the renderer scales them to the text width. */
  columnWidths: number[];
  rows: DocRow[];
}

export type Block =
  /** A level-1 heading: 一、总体情况 … */
  | { kind: "heading"; text: string }
  /** A body paragraph. `lead` is a sub-head opening the paragraph (（一）主动公开…。), printed in the
   *  level-2 heading style; `text` starts with it. A paragraph that is only a sub-head has lead === text. */
  | { kind: "paragraph"; text: string; lead?: string }
  | { kind: "table"; table: DocTable };

export interface ReportDocument {
  /** The title as published, on two lines: the agency, then 2024年政府信息公开工作年度报告. */
  title: string[];
  blocks: Block[];
}
