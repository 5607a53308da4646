// A worksheet's XML (ECMA-376 Part 1, 18.3) in three pieces — the head, one row at a time, the tail —
// so a sheet of any length is written without being held. Text goes in as inline strings (no
// shared-strings table to grow, and text a spreadsheet never evaluates: "=HYPERLINK(…)" stays text).
// The elements follow CT_Worksheet's order: sheetPr, sheetViews, sheetFormatPr, cols, sheetData,
// autoFilter, mergeCells, pageMargins, pageSetup, headerFooter.
import { xmlText } from "./xml-text";

/** A cell as written: a string, a number, or an empty cell that still carries its look. */
export interface CellOut {
  value: string | number | null;
  /** The style index (StyleTable.index). */
  style: number;
}

export interface SheetHead {
  /** Rows frozen at the top (the title and header rows). */
  frozenRows: number;
  /** Column widths in Excel units, column A first. */
  widths: number[];
  /** Shrink to fit the page: the sheet's pageSetup says how many pages wide and tall. */
  fitToPage: boolean;
}

export interface SheetTail {
  autoFilter?: string;
  merges: string[];
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** paperSize 9 is A4 (the pageSetup element's paper size codes). */
  page: { paperSize: number; orientation: "landscape" | "portrait"; fitToWidth: number; fitToHeight: number };
  /** Footer codes, e.g. "&C&P / &N" (page n of N, centred). */
  footer?: string;
}

/** A1-style column letters: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function sheetHead(h: SheetHead): string {
  const pane = h.frozenRows > 0 ? `<pane ySplit="${h.frozenRows}" topLeftCell="A${h.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>` : "";
  const cols = h.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" +
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
    (h.fitToPage ? "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : "") +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    "<sheetFormatPr defaultRowHeight=\"15\"/>" +
    (cols ? `<cols>${cols}</cols>` : "") +
    "<sheetData>"
  );
}

/** Row `r` (1-based); `height` in points when the row's height is set rather than left to the reader. */
export function rowXml(r: number, cells: CellOut[], height?: number): string {
  const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
  return `<row r="${r}"${ht}>${cells.map((c, i) => cellXml(`${columnName(i + 1)}${r}`, c)).join("")}</row>`;
}

function cellXml(ref: string, c: CellOut): string {
  const s = c.style ? ` s="${c.style}"` : "";
  if (typeof c.value === "number" && Number.isFinite(c.value)) return `<c r="${ref}"${s}><v>${c.value}</v></c>`;
  if (typeof c.value === "string") return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(c.value)}</t></is></c>`;
  return `<c r="${ref}"${s}/>`;
}

export function sheetTail(t: SheetTail): string {
  const m = t.margins;
  const merges = t.merges.length ? `<mergeCells count="${t.merges.length}">${t.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>` : "";
  return (
    "</sheetData>" +
    (t.autoFilter ? `<autoFilter ref="${t.autoFilter}"/>` : "") +
    merges +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${t.page.paperSize}" orientation="${t.page.orientation}" fitToWidth="${t.page.fitToWidth}" fitToHeight="${t.page.fitToHeight}"/>` +
    (t.footer ? `<headerFooter><oddFooter>${xmlText(t.footer)}</oddFooter></headerFooter>` : "") +
    "</worksheet>"
  );
}
