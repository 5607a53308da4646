// One scanned page read: straightened, its tables found by their ruling lines and read cell by cell
// (a figure only when two readings agree with confidence; otherwise the cell is unread), the prose
// outside the tables read as text. The result is text runs placed on the page, as a text PDF gives
// them, for the same layout (pdf-layout.ts) and import.
import { UNREAD_MARK } from "../model/cell";
import type { PdfTextItem } from "../import/pdf-layout";
import { deskew } from "./deskew";
import { enlarge, inkCount, inkThreshold } from "./gray";
import type { Gray, Rect } from "./gray";
import { PSM } from "./engine";
import type { OcrEngine, OcrWord } from "./engine";
import { rulingLines } from "./ruling-lines";
import { tableCells } from "./cells";
import { figureCrop } from "./cell-ink";
import type { TableCell } from "./cells";
import { textRuns } from "./runs";
import { binarise } from "./binarise";
import { joinedReading, latinReading, votedFigure } from "./figure-vote";
import type { FigureReading } from "./figure-vote";
import { fixLabels, nearestLabel, numberingJoined } from "./label-fix";
import type { LabelCell } from "./label-fix";
import { paddleAgreed } from "./paddle-vote";
import type { RecReading } from "./paddle-rec";

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

/** Tesseract's confidence (0–100) a figure needs when the two models agree, and when only the Latin
 *  one read it (agreedFigure). */
export const MIN_AGREED_CONF = 70;
export const MIN_ALONE_CONF = 95;
/** A figure in the prose (read once) needs this confidence, else it is the unread mark. */
export const MIN_PROSE_FIGURE_CONF = 90;
/** A Latin reading of a figure this confident makes a cell a figure cell, whatever the Chinese model read. */
const MIN_CELL_CONF = 50;
const CJK = /[\u3400-\u9fff]/;
const FIGURE_TEXT = /^\d+(?:\.\d+)?$/;
/** Fewer ink pixels than this in a cell's inside: the cell is empty (a speck of noise is not a figure). */
const MIN_INK = 12;
/** Figures are read from their ink and this margin of the page (pixels; the cell's inside is at least
 *  this white around a figure), twice their scanned size: Tesseract's LSTM misses thin single digits
 *  a dozen pixels tall, and a tight crop or a larger zoom reads worse (measured, docs/ocr.md). */
const FIGURE_MARGIN = 10;
const FIGURE_ZOOM = 2;
/** The other images of an unsure figure's crop for the second vote: at its own size, and black and
 *  white at its own threshold at two and four times its size (each reads some figures the 2× grey
 *  image misses: a grey 11-pixel "0" read "|", "447" read "47"; measured, docs/ocr.md). */
function otherViews(cut: Gray): [string, Gray][] {
  return [
    ["native", enlarge(cut, 1, 0)],
    ["binary2", binarise(enlarge(cut, 2, 0))],
    ["binary4", binarise(enlarge(cut, 4, 0))],
  ];
}
/** Ink this many times wider than tall, with no figure in it for the Latin readers, is a label. */
const WIDE_INK = 2.5;
/** The height of a figure in a table (10.5 pt digits, in inches), for a mark where none was read. */
const FIGURE_HEIGHT_IN = 0.1;

/** What was read of one figure cell, for a diagnosis (tests/ocr/diagnose.test.ts): each reading of
 *  its crop, the Chinese reading on the page, the ink box's size and the figure taken (null: unread). */
export interface FigureTrace {
  page: number;
  row: string;
  column: number;
  box: Rect | null;
  /** Every reading of the cell's images (all images only when traced or unsure). */
  readings: FigureReading[];
  value: string | null;
  /** The crop the figure was read from (before enlarging). */
  crop: Gray | null;
}


/** A figure crop as it was read (bench/ocr-engines.ts compares other engines on the same crops). */
export interface FigureRead {
  cell: TableCell;
  crop: Gray;
  read: ReturnType<OcrEngine["figureImage"]>;
  zh: string;
  value: string | null;
}

/** What readPage may be given besides Tesseract: `paddle` reads a crop with PaddleOCR's recogniser (a
 *  third reader for figures Tesseract's two models did not settle); `watch` sees each figure crop and
 *  Tesseract's vote on it; `trace` each figure cell as read. */
export interface PageReaders {
  paddle?: (crop: Gray) => Promise<RecReading>;
  watch?: (f: FigureRead) => void;
  /** Hears each figure cell, for a diagnosis (tests/ocr/diagnose.test.ts). */
  trace?: (t: FigureTrace) => void;
}

/** Reads one page (its size in points, for the runs' coordinates). */
export async function readPage(engine: OcrEngine, pageNo: number, scan: Gray, widthPt: number, heightPt: number, readers: PageReaders = {}): Promise<OcrPage> {
  const trace = readers.trace;
  const { image, angle } = deskew(scan);
  const { tables, cells } = tableCells(rulingLines(image));
  const scale = widthPt / image.width;
  const toItems = (words: OcrWord[]): PdfTextItem[] => textRuns(words).map((r) => ({ ...r, x: r.x * scale, y: heightPt - r.y * scale, width: r.width * scale, height: r.height * scale, page: pageNo }));
  const out: OcrPage = { items: [], figures: 0, uncertain: [], confidences: [], angle };
  let pageSet = false;
  const margin = Math.max(3, Math.round(image.dpi * 0.02));
  const labels = new Map<TableCell, string>();
  const labelWords = new Map<TableCell, OcrWord[]>();
  const innerOf = (cell: TableCell): Rect => ({ left: cell.left + margin, top: cell.top + margin, width: cell.width - 2 * margin, height: cell.height - 2 * margin });
  type Figure = { cell: TableCell; box: Rect | null; value: string | null; confidence: number; readings: FigureReading[]; crop?: Gray };
  /** A figure cell: its ink cut out, enlarged, and read by the digit reader, the general Latin one
   *  and the Chinese one; taken only when they agree (agreedFigure), else unread. "label" when the
   *  Chinese reading is a label the Latin readers see no figure in (unless `figure` is certain). */
  const readFigure = async (cell: TableCell, inner: Rect, ink: number, zh: OcrWord[], figure: boolean): Promise<Figure | "label" | null> => {
    const zhText = zh.map((w) => w.text).join("");
    // The figure's ink without slivers of the ruling lines, cut out on white (cell-ink.ts).
    const cut = figureCrop(image, inner, ink, FIGURE_MARGIN);
    if (!cut) return null;
    const { box } = cut;
    const read = engine.figureImage(enlarge(cut.image, FIGURE_ZOOM, 0));
    const digits = read.digits.length === 1 ? read.digits[0] : null;
    const general = read.general.length === 1 ? read.general[0] : null;
    // Chinese read where the Latin model reads a figure ("53" as "弹", "12" as "了2"): a figure cell
    // (unread unless sure), not a label — labels are longer than two characters or read as no figure.
    const latinFigure = [digits, general].some((w) => w !== null && FIGURE_TEXT.test(w.text) && w.conf >= MIN_CELL_CONF);
    if (!figure && CJK.test(zhText) && !(latinFigure || /\d/.test(zhText) || [...zhText].length === 1)) return "label";
    // One Chinese character read from ink as wide as a run of characters, where no Latin reader sees a
    // figure: a header label read short ("复议后起诉" as one character), not a figure cell (two digits
    // misread as one character are not this wide; a long figure is read as one by the Latin readers).
    if (!figure && !latinFigure && CJK.test(zhText) && box.width > WIDE_INK * box.height) return "label";
    const zhReadings = [zhText, read.chinese.map((w) => w.text).join("")];
    let { value, confidence } = agreedFigure(digits, general, zhReadings);
    let readings: FigureReading[] = [];
    if (value === null || trace) {
      // Unsure: the second vote, on the crop read again from other images of it (figure-vote.ts).
      readings = [latinReading("zoom2", read.digits, read.general), joinedReading("chinese", "zoom2", read.chinese), joinedReading("chinese", "page", zh)].filter((r) => r !== null);
      for (const [view, img] of otherViews(cut.image)) {
        const again = engine.figureImage(img);
        readings.push(...[latinReading(view, again.digits, again.general), joinedReading("chinese", view, again.chinese)].filter((r) => r !== null));
      }
      if (value === null) ({ value, confidence } = votedFigure(readings));
    }
    readers.watch?.({ cell, crop: cut.image, read, zh: zhText, value });
    // Settled by neither vote of Tesseract's two models: PaddleOCR's recogniser as a third (paddle-vote.ts).
    if (value === null && readers.paddle) ({ value, confidence } = paddleAgreed(await readers.paddle(cut.image), general, zhReadings));
    // Placed where its ink is (the recognisers' boxes of single digits are unreliable).
    return { cell, box, value, confidence, readings, crop: trace ? cut.image : undefined };
  };
  const figures: Figure[] = [];
  for (const cell of cells) {
    const inner = innerOf(cell);
    if (inner.width <= 0 || inner.height <= 0) continue;
    const ink = inkThreshold(image, inner);
    if (inkCount(image, inner, ink) < MIN_INK) continue;
    if (!pageSet) engine.setPage(image);
    pageSet = true;
    const zh = engine.text(inner, PSM.block);
    const zhText = zh.map((w) => w.text).join("");
    // One Chinese character alone, or two with a digit, where a figure may stand ("4" read as "人",
    // "12" as "了2"): read it as a figure too (no label of these tables is one character, or has a
    // digit in two).
    if (CJK.test(zhText) && !mayBeFigure(zhText)) {
      labels.set(cell, zhText);
      labelWords.set(cell, zh);
      continue;
    }
    const f = await readFigure(cell, inner, ink, zh, false);
    pageSet = false;
    if (f === "label") {
      labels.set(cell, zhText);
      labelWords.set(cell, zh);
    } else if (f) figures.push(f);
  }
  // A cell read as Chinese in a column of figures, on a row of figures, that is no label of the
  // tables ("12" in a large Times face read as "计TASEE人"): a figure cell, read as one (unread unless
  // sure), so that the row keeps its number of figures and the import reads the others.
  for (const [cell, text] of labels) {
    if (nearestLabel(text) || !inFigureColumn(cell, figures.map((f) => f.cell), [...labels.keys()])) continue;
    const inner = innerOf(cell);
    const f = await readFigure(cell, inner, inkThreshold(image, inner), labelWords.get(cell) ?? [], true);
    if (f === "label" || !f) continue;
    labels.delete(cell);
    labelWords.delete(cell);
    figures.push(f);
  }
  // A label read a character or two wrong, put back to the statutory label it stands for beyond doubt
  // (label-fix.ts), so the import finds its row; the row's figures are read as they are.
  const fixed = fixLabels([...labels].map(([cell, text]) => ({ ...cell, text, of: cell })));
  const fixedOf = new Map([...fixed].map(([c, text]) => [(c as LabelCell & { of: TableCell }).of, text]));
  for (const [cell, words] of labelWords) {
    const text = fixedOf.get(cell);
    if (text === undefined) {
      // A header cell spanning columns, on a row with no figure cells, read as no label of the tables
      // ("行政诉讼" as "1和起疼区人"): the digits in it are misread characters, never figures — the
      // import would take the "1" for a figure of the table.
      const header = !nearestLabel(labels.get(cell) ?? "") && spansColumns(cell, figures.map((f) => f.cell));
      out.items.push(...toItems(header ? words.map((w) => ({ ...w, text: w.text.replace(/[0-9]/g, "") })).filter((w) => w.text !== "") : numberingJoined(words)));
      continue;
    }
    labels.set(cell, text);
    out.items.push(...toItems([labelRun(text, words, cell)]));
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
    trace?.({ page: pageNo, row, column, box: f.box, readings: f.readings, value: f.value, crop: f.crop ?? null });
  }
  // The prose: the page with its tables painted out, read as a page of text.
  engine.setPage(tables.length > 0 ? paintOut(image, tables) : image);
  const prose = engine.text({ left: 0, top: 0, width: image.width, height: image.height }, PSM.auto);
  // A figure in the prose is read once, by one model: one it is not sure of is the unread mark, so that
  // a table the ruling lines missed (read here as prose) never gives a guessed figure.
  out.items.push(...toItems(prose.map((w) => (FIGURE_TEXT.test(w.text) && w.conf < MIN_PROSE_FIGURE_CONF ? { ...w, text: UNREAD_MARK } : w))));
  return out;
}

/**
 * The figure a cell holds, when the readings agree enough to be sure; else null (unread). Three
 * readings: the Latin model unrestricted (`general`) and restricted to digits (`digits`) — one model,
 * so they mostly agree with each other — and the Chinese model (`zh`: on the page and on the crop), a
 * different model. Sure: the two models give the same figure (A: the Chinese model on the crop reads
 * "26" as "20" where on the page it reads "26"), or the Latin model gives one with very high
 * confidence, restricted or not, and no Chinese reading saw a digit (B: it reads a lone "7" as "人"). Anything else — "447" read as
 * "47" by one of them, a low confidence — is unread.
 */
export function agreedFigure(digits: OcrWord | null, general: OcrWord | null, zh: string[]): { value: string | null; confidence: number } {
  if (!general || !FIGURE_TEXT.test(general.text)) return { value: null, confidence: 0 };
  const confidence = Math.min(general.conf, digits?.conf ?? general.conf);
  if (zh.includes(general.text) && general.conf >= MIN_AGREED_CONF) return { value: general.text, confidence };
  // The Latin model alone: only when no Chinese reading saw another figure.
  const sameLatin = digits !== null && digits.text === general.text;
  if (sameLatin && confidence >= MIN_ALONE_CONF && !zh.some((z) => /\d/.test(z))) return { value: general.text, confidence };
  return { value: null, confidence };
}

/** Cells this close (pixels) in left edge and width are one column of a table. */
const SAME_COLUMN = 6;
/** Whether a cell stands in a column of its table holding more figure cells than label cells (at least
 *  three), on a row with at least two other figure cells: the body of a table, not its header. */
function inFigureColumn(cell: TableCell, figures: TableCell[], labels: TableCell[]): boolean {
  const column = (c: TableCell) => c.table === cell.table && Math.abs(c.left - cell.left) <= SAME_COLUMN && Math.abs(c.width - cell.width) <= SAME_COLUMN;
  const inColumn = figures.filter(column).length;
  const onRow = figures.filter((c) => c.table === cell.table && overlapsRow(c, cell)).length;
  return inColumn >= 3 && inColumn > labels.filter(column).length && onRow >= 2;
}

/** Whether a cell with no figure cell on its row is as wide as several of its table's figure cells. */
function spansColumns(cell: TableCell, figures: TableCell[]): boolean {
  const mine = figures.filter((c) => c.table === cell.table);
  if (mine.length === 0 || mine.some((c) => overlapsRow(c, cell))) return false;
  const widths = mine.map((c) => c.width).sort((a, b) => a - b);
  return cell.width >= HEADER_COLUMNS * widths[Math.floor(widths.length / 2)];
}
/** A header cell spans at least this many figure columns. */
const HEADER_COLUMNS = 3;

/** A corrected label as one run, one line in the middle of its cell's height, where the row's figures
 *  stand (a label wrapped over three lines, its first line at the cell's top, is read by the layout as
 *  a line of its own, before the figures, and the import takes the row as out of order). */
export function labelRun(text: string, words: OcrWord[], cell: Rect): OcrWord {
  const left = Math.min(...words.map((w) => w.left));
  const right = Math.max(...words.map((w) => w.left + w.width));
  // One line's height: the middle word's, not the top one's — a word Tesseract boxes over two lines of
  // a wrapped label ("（二）部分公开（区分处理的，…）") makes the run twice the size, its baseline half a
  // line below the figures', and the layout then puts the label on a line of its own (all of the row's
  // figures unread: measured on huaian-city-2024).
  const heights = words.map((w) => w.height).sort((a, b) => a - b);
  const height = heights[Math.floor((heights.length - 1) / 2)];
  return { text, left, top: cell.top + (cell.height - height) / 2, width: right - left, height, conf: Math.min(...words.map((w) => w.conf)), line: "label" };
}

/** A Chinese reading that may be a misread figure: one character, or two with a digit. */
const mayBeFigure = (zh: string): boolean => [...zh].length === 1 || ([...zh].length === 2 && /\d/.test(zh));

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
