// The summary workbook, made to be printed for a meeting: a title and a line saying which folder,
// when and how many; the header repeated on every A4 landscape page; 宋体 as the Word export's
// tables use it (仿宋 for the long sentences, as its body text); each result coloured; widths that fit
// the CJK text; counts right-aligned under right-aligned headers. Written as a stream (src/xlsx/write):
// each row goes from the spool through the sheet's XML into zlib and out to the file as it is read,
// so a folder of any size takes the same memory — ExcelJS's "streaming" writer kept the whole zip
// until the end (~4.5 KB a row). Report text goes in as inline strings, which a spreadsheet never
// evaluates, so "=HYPERLINK(…)" in an agency's name stays text.
import { textWidth, widestLine, wrappedLines } from "../format";
import { appProps, contentTypes, coreProps, packageRels, sheetPath, workbookRels, workbookXml } from "../xlsx/write/package-parts";
import { columnName, rowXml, sheetHead, sheetTail } from "../xlsx/write/sheet-stream";
import type { CellOut } from "../xlsx/write/sheet-stream";
import { StyleTable } from "../xlsx/write/style-table";
import type { CellLook } from "../xlsx/write/style-table";
import { ZipStream } from "../xlsx/write/zip-stream";
import type { ByteSink } from "../xlsx/write/zip-stream";
import type { SummaryColumn, SummarySheet, SummaryTable, SummaryValue } from "./summary-data";

/** The title rows: what this is, and one line of folder, date and counts. */
export interface SummaryTitle {
  title: string;
  line: string;
  /** The day of the check: the workbook's created date, so two runs of one day give the same file. */
  day: Date;
}

type Rows = AsyncIterable<SummaryValue[]> | Iterable<SummaryValue[]>;

export const TABLE_FONT = "宋体";
export const LONG_FONT = "仿宋";
export const FONT_SIZE = 10;
// Points per printed line of 10-point CJK text (LibreOffice and Excel both lay 10pt 宋体 on ~13.5pt).
export const LINE_HEIGHT = 13.5;
export const MAX_LINES = 8;
// Width (Excel units) never beyond this for a column fitted to its content, nor below its header's words.
const MAX_FIT = 48;
export const PADDING = 2;
export const HEADER_ROW = 3;
const BORDER = "FF808080";
const HEADER_FILL = "FFF2F2F2";

/** Fill and font colour per result or severity word, as Excel's own "bad / neutral / good" styles. */
export const TONES: Record<string, { fill: string; font: string }> = {
  bad: { fill: "FFFFC7CE", font: "FF9C0006" },
  neutral: { fill: "FFFFEB9C", font: "FF9C5700" },
  good: { fill: "FFC6EFCE", font: "FF006100" },
  grey: { fill: "FFD9D9D9", font: "FF3F3F3F" },
};

/** Which tone a status or severity word takes (both languages' words). */
export type ToneOf = (word: string) => keyof typeof TONES | null;

/** Each column's printed width: its content's widest line (header words included), within bounds. */
export async function fittedWidths(sheet: SummarySheet, rows: Rows): Promise<number[]> {
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

/** Excel's last row (2^20): a sheet with more rows does not open, so a longer sheet (the 问题 sheet of
 *  ~10^5 reports) goes on in continuation sheets "问题 (2)", … each with the title and header. */
export const EXCEL_MAX_ROWS = 1_048_576;
const ROWS_PER_SHEET = EXCEL_MAX_ROWS - HEADER_ROW;

/** Writes the workbook to `sink` as it is made; `rows(i)` gives sheet i's rows (read more than once:
 *  to fit the widths and count, then to write). Resolves to the most bytes the zip writer held at
 *  once. `rowsPerSheet`: where a sheet is continued (tests make it small). */
export async function writeSummaryXlsx(sink: ByteSink, sheets: SummarySheet[], rows: (i: number) => Rows, title: SummaryTitle, toneOf: ToneOf, rowsPerSheet = ROWS_PER_SHEET): Promise<number> {
  const parts: { sheet: SummarySheet; widths: number[]; rows: () => Rows }[] = [];
  for (const [i, sheet] of sheets.entries()) {
    let count = 0;
    const widths = await fittedWidths(sheet, counted(rows(i), () => count++));
    const pieces = Math.max(1, Math.ceil(count / rowsPerSheet));
    for (let k = 0; k < pieces; k++) {
      const name = k === 0 ? sheet.name : continuationName(sheet.name, k + 1);
      parts.push({ sheet: { ...sheet, name }, widths, rows: () => (pieces === 1 ? rows(i) : slice(rows(i), k * rowsPerSheet, rowsPerSheet)) });
    }
  }
  const zip = new ZipStream(sink, title.day);
  const styles = new StyleTable();
  const part = (name: string, text: string) => zip.entry(name, (put) => put(text));
  const names = parts.map((p) => p.sheet.name);
  await part("[Content_Types].xml", contentTypes(parts.length));
  await part("_rels/.rels", packageRels());
  await part("docProps/app.xml", appProps("xxgk", names));
  await part("docProps/core.xml", coreProps("xxgk", title.day));
  await part("xl/workbook.xml", workbookXml(names.map((name) => ({ name, printTitleRows: `${HEADER_ROW}:${HEADER_ROW}` }))));
  await part("xl/_rels/workbook.xml.rels", workbookRels(parts.length));
  for (const [i, p] of parts.entries()) {
    await zip.entry(sheetPath(i), (put) => writeSheet(put, styles, p.sheet, p.widths, p.rows(), title, toneOf));
  }
  // After the sheets: only then is every look a cell needed known.
  await part("xl/styles.xml", styles.xml());
  await zip.finish();
  return zip.peakBuffered;
}

// A sheet name is at most 31 characters (Excel refuses a longer one): the base is shortened, never the number.
function continuationName(name: string, n: number): string {
  const suffix = ` (${n})`;
  return Array.from(name).slice(0, 31 - suffix.length).join("") + suffix;
}

async function* counted(rows: Rows, each: () => void): AsyncIterable<SummaryValue[]> {
  for await (const r of rows) {
    each();
    yield r;
  }
}

async function* slice(rows: Rows, from: number, count: number): AsyncIterable<SummaryValue[]> {
  let i = 0;
  for await (const r of rows) {
    if (i >= from + count) return;
    if (i >= from) yield r;
    i++;
  }
}

async function writeSheet(put: (text: string) => Promise<void>, styles: StyleTable, sheet: SummarySheet, widths: number[], rows: Rows, title: SummaryTitle, toneOf: ToneOf): Promise<void> {
  const last = sheet.columns.length;
  const lastCol = columnName(last);
  await put(sheetHead({ frozenRows: HEADER_ROW, widths, fitToPage: true }));
  // The title and the line are merged across the table; every merged cell carries the look, as Excel
  // itself gives a merged range its first cell's look.
  const across = (value: string, look: CellLook): CellOut[] => {
    const style = styles.index(look);
    return sheet.columns.map((_, i) => ({ value: i === 0 ? value : null, style }));
  };
  await put(rowXml(1, across(title.title, { font: { name: TABLE_FONT, size: 14, bold: true }, vertical: "center" }), 24));
  await put(rowXml(2, across(title.line, { font: { name: TABLE_FONT, size: FONT_SIZE }, vertical: "center" })));

  const headerLines = Math.max(1, ...sheet.columns.map((c, i) => wrappedLines(c.header, widths[i] - PADDING)));
  const header = sheet.columns.map((c) => ({
    value: c.header,
    style: styles.index({ font: { name: TABLE_FONT, size: FONT_SIZE, bold: true }, fill: HEADER_FILL, border: BORDER, horizontal: c.kind === "number" ? "right" : "left", vertical: "center", wrap: true }),
  }));
  await put(rowXml(HEADER_ROW, header, LINE_HEIGHT * headerLines + 4));

  const looks = new Map<string, number>();
  const styleOf = (c: SummaryColumn, i: number, v: SummaryValue): number => {
    const tone = c.kind === "status" && typeof v === "string" ? toneOf(v) : null;
    const numFmt = typeof v === "number" ? (Number.isInteger(v) ? "0" : "0.######") : "";
    const key = `${i}|${numFmt}|${tone ?? ""}`;
    let s = looks.get(key);
    if (s === undefined) {
      s = styles.index(cellLook(c, numFmt, tone));
      looks.set(key, s);
    }
    return s;
  };
  let r = HEADER_ROW;
  for await (const values of rows) {
    r++;
    let lines = 1;
    const cells = sheet.columns.map((c, i) => {
      const v = values[i] ?? null;
      if (c.kind === "long" && typeof v === "string") lines = Math.max(lines, wrappedLines(v, widths[i] - PADDING));
      return { value: v, style: styleOf(c, i, v) };
    });
    // Neither Excel nor LibreOffice fits a row to wrapped text when opening a file: say the height.
    await put(rowXml(r, cells, lines > 1 ? LINE_HEIGHT * Math.min(lines, MAX_LINES) + 2 : undefined));
  }
  await put(
    sheetTail({
      autoFilter: `A${HEADER_ROW}:${lastCol}${r}`,
      merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
      // Printed for a meeting: A4 landscape, all columns on one page wide, the header on every page
      // (the workbook's _xlnm.Print_Titles), page n / N in the footer.
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      page: { paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 },
      footer: "&C&P / &N",
    }),
  );
}

/** A data cell's look: bordered, 宋体 (仿宋 for long sentences), counts right, whole numbers as
 *  written (never 1.23E+17) and a fee with its decimals, a result in its tone's colours. */
function cellLook(c: SummaryColumn, numFmt: string, tone: keyof typeof TONES | null): CellLook {
  return {
    font: tone ? { name: TABLE_FONT, size: FONT_SIZE, color: TONES[tone].font } : { name: c.kind === "long" ? LONG_FONT : TABLE_FONT, size: FONT_SIZE },
    ...(tone ? { fill: TONES[tone].fill } : {}),
    border: BORDER,
    horizontal: c.kind === "number" ? "right" : "left",
    vertical: "top",
    ...(c.kind === "long" ? { wrap: true } : {}),
    ...(numFmt ? { numFmt } : {}),
  };
}

/** The whole workbook in memory: a small batch, tests. A folder check writes to its file instead. */
export async function summaryXlsx(sheets: SummarySheet[], rows: (i: number) => Rows, title: SummaryTitle, toneOf: ToneOf): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeSummaryXlsx(async (c) => void chunks.push(c), sheets, rows, title, toneOf);
  return new Uint8Array(Buffer.concat(chunks));
}

/** A whole summary at once (a small batch, tests). */
export function summaryTablesXlsx(tables: SummaryTable[], title: SummaryTitle, toneOf: ToneOf): Promise<Uint8Array> {
  return summaryXlsx(tables, (i) => tables[i].rows, title, toneOf);
}
