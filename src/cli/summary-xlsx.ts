// The summary workbook: one sheet per table, header frozen and filtered. Report text goes in as
// ExcelJS strings (shared strings), which a spreadsheet never evaluates, so "=HYPERLINK(…)" in an
// agency's name stays text.
import ExcelJS from "exceljs";
import { wrappedLines } from "../format";
import type { SummaryTable } from "./summary-data";

const LINE_HEIGHT = 15;
const MAX_LINES = 8;

export async function summaryXlsx(tables: SummaryTable[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name, {
      views: [{ state: "frozen", ySplit: 1 }],
      // Printed for a meeting: A4 landscape, all columns on one page wide.
      pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
    });
    ws.columns = table.header.map((header, i) => ({ header, width: table.widths[i] ?? 12 }));
    ws.getRow(1).font = { bold: true };
    // Long sentences wrap inside their column; every cell starts at the top of its row.
    const wrapped = table.widths.map((w) => w >= 40);
    for (const row of table.rows) {
      const added = ws.addRow(row.map((v) => (v === null ? null : v)));
      let lines = 1;
      added.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.alignment = { vertical: "top", wrapText: wrapped[col - 1] === true };
        const width = table.widths[col - 1] ?? 12;
        if (wrapped[col - 1] && typeof cell.value === "string") lines = Math.max(lines, wrappedLines(cell.value, width));
      });
      // Neither Excel nor LibreOffice fits a row to wrapped text when opening a file: say the height.
      if (lines > 1) added.height = LINE_HEIGHT * Math.min(lines, MAX_LINES);
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.header.length } };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
