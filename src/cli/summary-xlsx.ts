// The summary workbook: one sheet per table, header frozen and filtered. Report text goes in as
// ExcelJS strings (shared strings), which a spreadsheet never evaluates, so "=HYPERLINK(…)" in an
// agency's name stays text.
import ExcelJS from "exceljs";
import type { SummaryTable } from "./summary-data";

export async function summaryXlsx(tables: SummaryTable[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = table.header.map((header, i) => ({ header, width: table.widths[i] ?? 12 }));
    ws.getRow(1).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map((v) => (v === null ? null : v)));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.header.length } };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
