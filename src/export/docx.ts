// Renders the export document as a .docx in the style of a published government report (see
// docx-style.ts for the numbers). Pure: bytes out, no file system, so the add-in and the CLI share it.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { tableGrid } from "./grid";
import type { Align, Block, DocCell, DocTable, ReportDocument } from "./model";
import {
  BODY_LINE,
  FONT,
  INDENT_2_CHARS,
  PAGE,
  PAGE_NUMBER_INDENT,
  SIZE,
  TEXT_WIDTH,
  TITLE_LINE,
  fontTableXml,
} from "./docx-style";

/** A run in one font for every script, so digits and Latin letters match the Chinese around them. */
function run(text: string, font: string, size: number): TextRun {
  return new TextRun({ text, size, font: { ascii: font, hAnsi: font, eastAsia: font, cs: font } });
}

const bodyLine = { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function titleParagraphs(lines: string[]): Paragraph[] {
  return lines.map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        // A blank line's worth of space under the title, as printed reports have.
        spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: i === lines.length - 1 ? BODY_LINE : 0 },
        children: [run(line, FONT.title, SIZE.title)],
      }),
  );
}

function body(children: TextRun[], keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: bodyLine,
    indent: { firstLine: INDENT_2_CHARS },
    keepNext,
    children,
  });
}

function blockElements(b: Block, next: Block | undefined): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      // A table's heading stays on the page its table starts on.
      return [body([run(b.text, FONT.heading1, SIZE.body)], next?.kind === "table")];
    case "paragraph": {
      if (!b.lead) return [body([run(b.text, FONT.body, SIZE.body)])];
      const rest = b.text.slice(b.lead.length);
      const runs = [run(b.lead, FONT.heading2, SIZE.body)];
      if (rest) runs.push(run(rest, FONT.body, SIZE.body));
      return [body(runs)];
    }
    case "table":
      return [tableElement(b.table)];
  }
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function tableElement(table: DocTable): Table {
  const total = table.columnWidths.reduce((a, b) => a + b, 0);
  const widths = table.columnWidths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  // Each cell's first grid column, counting the columns that merges from rows above occupy.
  const start = new Map<DocCell, number>();
  tableGrid(table).forEach((row) => row.forEach((slot, c) => slot.anchor && start.set(slot.cell, c)));
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    // docx writes the w:vMerge continuation cells of a rowSpan itself, at the right grid columns.
    rows: table.rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.repeat,
          cantSplit: true,
          // On every paragraph of the row, the continuation cells of merges included (docx adds those).
          keepNext: r.keepWithNext === true,
          children: r.cells.map((c) => {
            const from = start.get(c) ?? 0;
            return tableCell(c, widths.slice(from, from + c.colSpan).reduce((a, b) => a + b, 0));
          }),
        }),
    ),
  });
}

function tableCell(c: DocCell, width: number): TableCell {
  return new TableCell({
    rowSpan: c.rowSpan,
    columnSpan: c.colSpan,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 57, right: 57, top: 28, bottom: 28 },
    children: [
      new Paragraph({
        alignment: ALIGN[c.align],
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        // The paragraph mark in the table's size too: at the body's 三号 an empty cell's line would make
        // its row taller than the text in it.
        run: { size: SIZE.table },
        children: cellRuns(c),
      }),
    ],
  });
}

/** A cell's text, on the official format's lines where it has them (a line break between them). */
function cellRuns(c: DocCell): TextRun[] {
  if (!c.text) return [];
  const lines = c.lines ?? [c.text];
  return lines.map(
    (text, i) =>
      new TextRun({
        text,
        break: i > 0 ? 1 : undefined,
        size: SIZE.table,
        font: { ascii: FONT.table, hAnsi: FONT.table, eastAsia: FONT.table, cs: FONT.table },
      }),
  );
}

/** — 1 — in 四号 宋体: odd pages at the right, even pages at the left, one character in (GB/T 9704). */
function pageNumberFooter(side: "odd" | "even"): Footer {
  const odd = side === "odd";
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            size: SIZE.pageNumber,
            font: { ascii: FONT.pageNumber, hAnsi: FONT.pageNumber, eastAsia: FONT.pageNumber },
          }),
        ],
      }),
    ],
  });
}

export function docxDocument(doc: ReportDocument): Document {
  return new Document({
    evenAndOddHeaderAndFooters: true,
    title: doc.title.join(""),
    styles: {
      default: {
        document: {
          run: {
            size: SIZE.body,
            font: { ascii: FONT.body, hAnsi: FONT.body, eastAsia: FONT.body },
            // Chinese for CJK text, a Western language for digits and Latin: marking the Western script
            // zh-CN too makes LibreOffice break numbers such as 12.36 or 100% across lines.
            language: { value: "en-US", eastAsia: "zh-CN" },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, footer: PAGE.footer, header: PAGE.footer, gutter: 0 },
          },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children: [...titleParagraphs(doc.title), ...doc.blocks.flatMap((b, i) => blockElements(b, doc.blocks[i + 1]))],
      },
    ],
  });
}

/** The .docx bytes. The font table is replaced by one that names each font's fallback (docx-style.ts). */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  return Packer.pack(docxDocument(doc), "uint8array", false, [{ path: "word/fontTable.xml", data: fontTableXml() }]);
}
