// The summary workbook, made to be printed for a meeting: a title and a line saying which folder,
// when and how many; the header repeated on every A4 landscape page; 宋体 as the Word export's
// tables use it (仿宋 for the long sentences, as its body text); each result coloured; widths that fit
// the CJK text; counts right-aligned under right-aligned headers. Written with ExcelJS's streaming
// writer, row by row, so a folder of any size takes the same memory. Report text goes in as inline
// strings, which a spreadsheet never evaluates, so "=HYPERLINK(…)" in an agency's name stays text.
import ExcelJS from "exceljs";
import { PassThrough } from "stream";
import { textWidth, widestLine, wrappedLines } from "../format";
import type { SummaryColumn, SummarySheet, SummaryTable, SummaryValue } from "./summary-data";

/** The title rows: what this is, and one line of folder, date and counts. */
export interface SummaryTitle {
  title: string;
  line: string;
  /** The day of the check: the workbook's created date, so two runs of one day give the same file. */
  day: Date;
}

const TABLE_FONT = "宋体";
const LONG_FONT = "仿宋";
const FONT_SIZE = 10;
// Points per printed line of 10-point CJK text (LibreOffice and Excel both lay 10pt 宋体 on ~13.5pt).
const LINE_HEIGHT = 13.5;
const MAX_LINES = 8;
// Width (Excel units) never beyond this for a column fitted to its content, nor below its header's words.
const MAX_FIT = 48;
const PADDING = 2;
const HEADER_ROW = 3;

/** Fill and font colour per result or severity word, as Excel's own "bad / neutral / good" styles. */
const TONES: Record<string, { fill: string; font: string }> = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  neutral: { fill: "FFFFEB9C", font: "FF9C5700" },
  good: { fill: "FFC6EFCE", font: "FF006100" },
  grey: { fill: "FFD9D9D9", font: "FF3F3F3F" },
};

/** Which tone a status or severity word takes (both languages' words). */
export type ToneOf = (word: string) => keyof typeof TONES | null;

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Each column's printed width: its content's widest line (header words included), within bounds. */
export async function fittedWidths(sheet: SummarySheet, rows: AsyncIterable<SummaryValue[]> | Iterable<SummaryValue[]>): Promise<number[]> {
  const widths = sheet.columns.map((c) => Math.max(...c.header.split("\n").map(headerWordWidth)) + PADDING);
  for await (const row of rows) {
    row.forEach((v, i) => {
      const c = sheet.columns[i];
      if (!c || c.kind === "long" || v === null) return;
      widths[i] = Math.max(widths[i], Math.min(MAX_FIT, widestLine(shown(v)) + PADDING));
    });
  }
  return sheet.columns.map((c, i) => (c.kind === "long" ? c.width : Math.max(Math.min(widths[i], Math.max(c.width, MAX_FIT)), c.kind === "number" ? 6 : 8)));
}

// A header may wrap between its words (at "·" or after four CJK characters), never inside a short one.
function headerWordWidth(header: string): number {
  const parts = header.split("·");
  return Math.max(...parts.map((p) => Math.min(textWidth(p), 16)));
}

function shown(v: SummaryValue): string {
  return v === null ? "" : String(v);
}

/** Writes the sheets; `rows(i)` gives sheet i's rows (twice: once to fit the widths, once to write). */
export async function summaryXlsx(sheets: SummarySheet[], rows: (i: number) => AsyncIterable<SummaryValue[]> | Iterable<SummaryValue[]>, title: SummaryTitle, toneOf: ToneOf): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  wb.creator = "xxgk";
  wb.created = title.day;
  wb.modified = title.day;
  for (const [i, sheet] of sheets.entries()) {
    const widths = await fittedWidths(sheet, rows(i));
    await writeSheet(wb, sheet, widths, rows(i), title, toneOf);
  }
  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SummarySheet, widths: number[], rows: AsyncIterable<SummaryValue[]> | Iterable<SummaryValue[]>, title: SummaryTitle, toneOf: ToneOf): Promise<void> {
  const last = sheet.columns.length;
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
    // Printed for a meeting: A4 landscape, all columns on one page wide, the header on every page.
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&C&P / &N" },
  });
  ws.columns = widths.map((width) => ({ width }));
  const titleRow = ws.addRow([title.title]);
  titleRow.height = 24;
  titleRow.getCell(1).font = { name: TABLE_FONT, size: 14, bold: true };
  titleRow.getCell(1).alignment = { vertical: "middle" };
  ws.mergeCells(1, 1, 1, last);
  titleRow.commit();
  const lineRow = ws.addRow([title.line]);
  lineRow.getCell(1).font = { name: TABLE_FONT, size: FONT_SIZE };
  lineRow.getCell(1).alignment = { vertical: "middle" };
  ws.mergeCells(2, 1, 2, last);
  lineRow.commit();

  const header = ws.addRow(sheet.columns.map((c) => c.header));
  const headerLines = Math.max(1, ...sheet.columns.map((c, i) => wrappedLines(c.header, widths[i] - PADDING)));
  header.height = LINE_HEIGHT * headerLines + 4;
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { name: TABLE_FONT, size: FONT_SIZE, bold: true };
    cell.alignment = { horizontal: c.kind === "number" ? "right" : "left", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    cell.border = BORDER;
  });
  header.commit();

  let n = 0;
  for await (const values of rows) {
    n++;
    const row = ws.addRow(values.map((v) => (v === null ? null : v)));
    let lines = 1;
    sheet.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = values[i] ?? null;
      styleCell(cell, c, v, toneOf);
      if (c.kind === "long" && typeof v === "string") lines = Math.max(lines, wrappedLines(v, widths[i] - PADDING));
    });
    // Neither Excel nor LibreOffice fits a row to wrapped text when opening a file: say the height.
    if (lines > 1) row.height = LINE_HEIGHT * Math.min(lines, MAX_LINES) + 2;
    row.commit();
  }
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + Math.max(0, n), column: last } };
  ws.commit();
}

function styleCell(cell: ExcelJS.Cell, c: SummaryColumn, v: SummaryValue, toneOf: ToneOf): void {
  cell.border = BORDER;
  cell.font = { name: c.kind === "long" ? LONG_FONT : TABLE_FONT, size: FONT_SIZE };
  cell.alignment = { vertical: "top", horizontal: c.kind === "number" ? "right" : "left", wrapText: c.kind === "long" };
  // Whole numbers as written, never 1.23E+17; a fee keeps its decimals.
  if (typeof v === "number") cell.numFmt = Number.isInteger(v) ? "0" : "0.######";
  const tone = c.kind === "status" && typeof v === "string" ? toneOf(v) : null;
  if (tone) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: TONES[tone].fill } };
    cell.font = { name: TABLE_FONT, size: FONT_SIZE, color: { argb: TONES[tone].font } };
  }
}

/** A whole summary at once (a small batch, tests). */
export function summaryTablesXlsx(tables: SummaryTable[], title: SummaryTitle, toneOf: ToneOf): Promise<Uint8Array> {
  return summaryXlsx(tables, (i) => tables[i].rows, title, toneOf);
}
