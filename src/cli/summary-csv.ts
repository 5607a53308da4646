// The 汇总 table as CSV for any program: UTF-8 with a BOM (Excel reads it as UTF-8), CRLF, and every
// text a spreadsheet would run as a formula (= + - @, a tab or CR first) kept as text by a leading '.
// No title row: a program reads the header first.
import type { SummarySheet, SummaryValue } from "./summary-data";
import { withoutControls } from "./terminal-text";

export function csvCell(v: SummaryValue): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  // Control characters (ESC sequences from a report's text) are stripped: a CSV is read by programs
  // and printed to terminals (issue 19).
  const text = withoutControls(v);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes the CSV to `put` in pieces of ~32 K characters as the rows come: one line a file, never all held. */
export async function writeSummaryCsv(put: (chunk: Uint8Array) => Promise<void>, sheet: SummarySheet, rows: AsyncIterable<SummaryValue[]> | Iterable<SummaryValue[]>): Promise<void> {
  const encoder = new TextEncoder();
  let text = `\uFEFF${sheet.columns.map((c) => csvCell(c.header)).join(",")}\r\n`;
  for await (const row of rows) {
    text += `${row.map(csvCell).join(",")}\r\n`;
    if (text.length >= 32 * 1024) {
      await put(encoder.encode(text));
      text = "";
    }
  }
  await put(encoder.encode(text));
}
