// One scanned page read: straightened, its tables found by their ruling lines and read cell by cell
// (a figure only when two readings agree with confidence; otherwise the cell is unread), the prose
// outside the tables read as text. The result is text runs placed on the page, as a text PDF gives
// them, for the same layout (pdf-layout.ts) and import.
import { UNREAD_MARK } from "../model/cell";
import type { PdfTextItem } from "../import/pdf-layout";
import { deskew } from "./deskew";
import { crop, enlarge, inkBox, inkCount, inkThreshold } from "./gray";
import type { Gray, Rect } from "./gray";
import { PSM } from "./engine";
import type { OcrEngine, OcrWord } from "./engine";
import { rulingLines } from "./ruling-lines";
import { tableCells } from "./cells";
import type { TableCell } from "./cells";
import { textRuns } from "./runs";

/** A figure cell the OCR could not read for sure (the finding names it). */
export interface UncertainCell {
  page: number;
  /** The text of the label cell printed at the row's left, if any. */
  row: string;
  /** 1-based column of the cell among the row's cells. */
  column: number;
}

export interface OcrPage {
  items: PdfTextItem[];
  /** Figure cells read (certain ones and uncertain ones). */
  figures: number;
  uncertain: UncertainCell[];
  /** Each figure read with its confidence (0–100), for --json. */
  confidences: { page: number; row: string; column: number; value: string; confidence: number }[];
  /** Degrees the page was straightened by. */
  angle: number;
}

/** A figure is taken only at or above this confidence of the digit reader (Tesseract's 0–100). */
export const MIN_FIGURE_CONF = 80;
const CJK = /[\u3400-\u9fff]/;
const FIGURE_TEXT = /^\d+(?:\.\d+)?$/;
/** Fewer ink pixels than this in a cell's inside: the cell is empty (a speck of noise is not a figure). */
const MIN_INK = 12;
/** Figures are read from their ink and this margin of the page (pixels; the cell's inside is at least
 *  this white around a figure), twice their scanned size: Tesseract's LSTM misses thin single digits
 *  a dozen pixels tall, and a tight crop or a larger zoom reads worse (measured, docs/ocr.md). */
const FIGURE_MARGIN = 10;
const FIGURE_ZOOM = 2;
/** The height of a figure in a table (10.5 pt digits, in inches), for a mark where none was read. */
const FIGURE_HEIGHT_IN = 0.1;

/** Reads one page (its size in points, for the runs' coordinates). */
export function readPage(engine: OcrEngine, pageNo: number, scan: Gray, widthPt: number, heightPt: number): OcrPage {
  const { image, angle } = deskew(scan);
  const { tables, cells } = tableCells(rulingLines(image));
  const scale = widthPt / image.width;
  const toItems = (words: OcrWord[]): PdfTextItem[] => textRuns(words).map((r) => ({ ...r, x: r.x * scale, y: heightPt - r.y * scale, width: r.width * scale, height: r.height * scale, page: pageNo }));
  const out: OcrPage = { items: [], figures: 0, uncertain: [], confidences: [], angle };
  let pageSet = false;
  const margin = Math.max(3, Math.round(image.dpi * 0.02));
  const labels = new Map<TableCell, string>();
  const figures: { cell: TableCell; box: Rect | null; value: string | null; confidence: number }[] = [];
  for (const cell of cells) {
    const inner = { left: cell.left + margin, top: cell.top + margin, width: cell.width - 2 * margin, height: cell.height - 2 * margin };
    if (inner.width <= 0 || inner.height <= 0) continue;
    const ink = inkThreshold(image, inner);
    if (inkCount(image, inner, ink) < MIN_INK) continue;
    if (!pageSet) engine.setPage(image);
    pageSet = true;
    const zh = engine.text(inner, PSM.block);
    const zhText = zh.map((w) => w.text).join("");
    // One Chinese character alone where a figure may stand ("4" read as "人"): read it as a figure
    // too (a label of one character is not printed in these tables' figure cells).
    if (CJK.test(zhText) && [...zhText].length > 1) {
      labels.set(cell, zhText);
      out.items.push(...toItems(zh));
      continue;
    }
    const box = inkBox(image, inner, ink);
    if (!box) continue;
    // A figure cell: its ink cut out, enlarged, and read twice, by the digit reader and the general
    // one. Taken only when both give the same figure, one word, with confidence; else unread.
    const around = { left: box.left - FIGURE_MARGIN, top: box.top - FIGURE_MARGIN, width: box.width + 2 * FIGURE_MARGIN, height: box.height + 2 * FIGURE_MARGIN };
    const read = engine.figureImage(enlarge(crop(image, around), FIGURE_ZOOM, 0));
    pageSet = false;
    const value = read.digits.length === 1 ? read.digits[0].text : null;
    const general = read.general.map((w) => w.text).join("");
    if (CJK.test(zhText) && !(value && FIGURE_TEXT.test(value))) {
      labels.set(cell, zhText);
      out.items.push(...toItems(zh));
      continue;
    }
    const confidence = read.digits.length === 1 ? Math.min(read.digits[0].conf, ...read.general.map((w) => w.conf)) : 0;
    const sure = value !== null && FIGURE_TEXT.test(value) && value === general && confidence >= MIN_FIGURE_CONF;
    // Placed where its ink is (the recognisers' boxes of single digits are unreliable).
    figures.push({ cell, box, value: sure ? value : null, confidence });
  }
  for (const f of figures) {
    out.figures++;
    const row = rowLabel(f.cell, labels);
    const column = cells.filter((c) => c.table === f.cell.table && overlapsRow(c, f.cell) && c.left < f.cell.left).length + 1;
    // Nothing recognised: the mark stands where a figure is printed, in the middle of its cell's height.
    const h = Math.min(f.cell.height / 2, image.dpi * FIGURE_HEIGHT_IN);
    const box = f.box ?? { left: f.cell.left + margin, top: f.cell.top + (f.cell.height - h) / 2, width: h, height: h };
    const str = f.value ?? UNREAD_MARK;
    if (f.value === null) out.uncertain.push({ page: pageNo, row, column });
    else out.confidences.push({ page: pageNo, row, column, value: f.value, confidence: Math.round(f.confidence) });
    out.items.push(...toItems([{ text: str, ...box, conf: f.confidence, line: "figure" }]));
  }
  // The prose: the page with its tables painted out, read as a page of text.
  engine.setPage(tables.length > 0 ? paintOut(image, tables) : image);
  const prose = engine.text({ left: 0, top: 0, width: image.width, height: image.height }, PSM.auto);
  out.items.push(...toItems(prose));
  return out;
}

const overlapsRow = (a: Rect, b: Rect): boolean => a.top < b.top + b.height - 2 && a.top + a.height > b.top + 2;

/** The label printed nearest left of the cell on its row (geometry only: the cell's own row). */
function rowLabel(cell: TableCell, labels: Map<TableCell, string>): string {
  let best: [TableCell, string] | undefined;
  const mid = cell.top + cell.height / 2;
  for (const [c, text] of labels) {
    if (c.table !== cell.table || c.left >= cell.left || mid < c.top || mid > c.top + c.height) continue;
    if (!best || c.left > best[0].left) best = [c, text];
  }
  return best ? best[1] : "";
}

function paintOut(img: Gray, boxes: Rect[]): Gray {
  const data = img.data.slice();
  const pad = 4;
  for (const b of boxes) {
    for (let y = Math.max(0, Math.floor(b.top - pad)); y < Math.min(img.height, Math.ceil(b.top + b.height + pad)); y++) {
      data.fill(255, y * img.width + Math.max(0, Math.floor(b.left - pad)), y * img.width + Math.min(img.width, Math.ceil(b.left + b.width + pad)));
    }
  }
  return { ...img, data };
}
