// The summary workbook as ExcelJS 4.4's WorkbookWriter wrote it before the streaming writer
// (src/cli/summary-xlsx.ts, src/xlsx/write): kept only as the reference the new file is compared with
// cell by cell (tests/cli/summary-xlsx-stream.test.ts) and measured against (bench/summary-xlsx.ts).
// It holds the whole zip in memory until the end; never use it to write a user's summary.
import ExcelJS from "exceljs";
import { PassThrough } from "stream";
import { wrappedLines } from "../../src/format";
import type { SummaryColumn, SummarySheet, SummaryValue } from "../../src/cli/summary-data";
import { fittedWidths, FONT_SIZE, HEADER_ROW, LINE_HEIGHT, LONG_FONT, MAX_LINES, PADDING, TABLE_FONT, TONES } from "../../src/cli/summary-xlsx";
import type { SummaryTitle, ToneOf } from "../../src/cli/summary-xlsx";

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Writes the sheets; `rows(i)` gives sheet i's rows (twice: once to fit the widths, once to write). */
export async function summaryXlsxExcelJS(sheets: SummarySheet[], rows: (i: number) => AsyncIterable<SummaryValue[]> | Iterable<SummaryValue[]>, title: SummaryTitle, toneOf: ToneOf): Promise<Uint8Array> {
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
