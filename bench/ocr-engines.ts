// PaddleOCR's recogniser beside Tesseract on the SAME figure crops the product reads (issue 22: "compare
// the candidates on the same pages and choose by exact cells, then speed"). Each scanned real report of
// the OCR test set (tests/support/scan-set.ts) is read page by page by the product's page reader
// (src/ocr/page.ts), which hands every figure crop to this bench as it reads it; the crop is then read
// by PaddleOCR (src/ocr/paddle-rec.ts). The truth of a crop is the text the original text PDF prints
// inside the same cell (the scan is the text PDF's page turned and straightened again, so its cells
// stand where the text PDF's do, within a pixel or two). Never pass/fail; docs/ocr-engines.md.
import { readFileSync } from "fs";
import { join } from "path";
import { pdfiumItems } from "../src/import/pdf-pdfium";
import type { PdfTextItem } from "../src/import/pdf-layout";
import { OcrEngine } from "../src/ocr/engine";
import type { OcrWord } from "../src/ocr/engine";
import { readPage, MIN_AGREED_CONF } from "../src/ocr/page";
import type { FigureRead } from "../src/ocr/page";
import { PaddleRec, PADDLE_PAD_WIDTH } from "../src/ocr/paddle-rec";
import type { RecReading } from "../src/ocr/paddle-rec";
import { paddleAgreed } from "../src/ocr/paddle-vote";
import { renderPages } from "../src/ocr/render";
import { scannedCopy } from "../tests/support/scan-set";

/** tests/support/real-reports.ts's names, in its order (the seeds follow it); that module needs jest. */
const REAL_NAMES = ["huaian-hongze-2023", "huaian-hongze-2024", "huaian-city-2024"] as const;

type Line = (zh: string, en: string, value: string, budget?: string) => void;

/** One crop: what the text PDF prints there, and each reader's answer (null: unsure / no figure). */
export interface CropResult {
  report: string;
  page: number;
  truth: string;
  answers: Record<string, string | null>;
  raw: { eng: string; digits: string; chi: string; paddle: string };
}

const FIGURE = /^\d+(?:\.\d+)?$/;
/** Paddle's lowest character confidence (0–100) for its reading to count alone, and in a vote. */
const PADDLE_ALONE = 99;
const PADDLE_VOTE = 80;

const one = (words: OcrWord[]): OcrWord | null => (words.length === 1 ? words[0] : null);
const sure = (w: OcrWord | null, min = MIN_AGREED_CONF): string | null => (w && FIGURE.test(w.text) && w.conf >= min ? w.text : null);

/** The answers of each reader and vote for one crop. "main" is today's product vote (page.ts). */
export function answers(f: FigureRead, read: { text: RecReading; figure: RecReading }): Record<string, string | null> {
  const p = read.text;
  const pd = read.figure;
  const eng = sure(one(f.read.general));
  const digits = sure(one(f.read.digits));
  const chiCrop = f.read.chinese.map((w) => w.text).join("");
  const chiConf = Math.min(...f.read.chinese.map((w) => w.conf), 100);
  const chi = FIGURE.test(chiCrop) && chiConf >= MIN_AGREED_CONF ? chiCrop : FIGURE.test(f.zh) ? f.zh : null;
  const paddle = FIGURE.test(p.text) && p.minConf >= PADDLE_VOTE ? p.text : null;
  const paddleSure = FIGURE.test(p.text) && p.minConf >= PADDLE_ALONE ? p.text : null;
  const paddleDigits = FIGURE.test(pd.text) && pd.minConf >= PADDLE_VOTE ? pd.text : null;
  const paddleDigitsSure = FIGURE.test(pd.text) && pd.minConf >= PADDLE_ALONE ? pd.text : null;
  const agree = (a: string | null, b: string | null) => (a !== null && a === b ? a : null);
  return {
    "Tesseract eng": eng,
    "Tesseract eng digits": digits,
    "Tesseract chi_sim": chi,
    [`Paddle (min conf ≥ ${PADDLE_VOTE})`]: paddle,
    [`Paddle (min conf ≥ ${PADDLE_ALONE})`]: paddleSure,
    [`Paddle digits only (min conf ≥ ${PADDLE_VOTE})`]: paddleDigits,
    [`Paddle digits only (min conf ≥ ${PADDLE_ALONE})`]: paddleDigitsSure,
    "vote today (main)": f.value,
    "Paddle + eng agree": agree(paddle, eng),
    "Paddle + chi_sim agree": agree(paddle, chi),
    "Paddle + (eng or chi_sim) agree": agree(paddle, eng) ?? agree(paddle, chi),
    // Paddle as a third reader: today's vote, or else Paddle agreeing with one Tesseract model.
    "vote today, else Paddle + a Tesseract model": f.value ?? agree(paddle, eng) ?? agree(paddle, chi),
    // What the product does now (page.ts with paddle-vote.ts).
    "product: vote today, else paddle-vote.ts": f.value ?? paddleAgreed(p, one(f.read.general), [f.zh, chiCrop]).value,
    // Paddle must not contradict the vote: today's vote only when Paddle reads the same.
    "vote today and Paddle agree": agree(f.value, paddle),
    "Paddle digits + eng agree": agree(paddleDigits, eng),
    "Paddle digits + chi_sim agree": agree(paddleDigits, chi),
    "vote today, else Paddle digits + a Tesseract model": f.value ?? agree(paddleDigits, eng) ?? agree(paddleDigits, chi),
    "vote today, else Paddle digits + eng digits": f.value ?? agree(paddleDigits, digits),
  };
}

/** The text the text PDF prints inside a cell (pixel rect at the scan's dpi), left to right. */
function truthOf(items: PdfTextItem[], page: number, cell: FigureRead["cell"], scale: number, heightPt: number): string {
  const inside = items.filter((it) => {
    if (it.page !== page || it.vertical) return false;
    const cx = (it.x + it.width / 2) / scale;
    // y is the baseline from the page's foot; the characters' middle is about a third of the size above.
    const cy = (heightPt - it.y - it.height / 3) / scale;
    return cx > cell.left && cx < cell.left + cell.width && cy > cell.top && cy < cell.top + cell.height;
  });
  return inside
    .sort((a, b) => a.x - b.x)
    .map((it) => it.str)
    .join("")
    .replace(/\s+/g, "");
}

/** Reads every figure crop of the three scanned real reports with every reader; prints the table. */
export async function benchOcrEngines(line: Line, real: string | null | undefined, detail?: (r: CropResult) => void): Promise<CropResult[]> {
  if (!real) return [];
  const engine = await OcrEngine.load();
  let t0 = process.hrtime.bigint();
  const paddle = await PaddleRec.load();
  const paddleLoad = Number(process.hrtime.bigint() - t0) / 1e6;
  const results: CropResult[] = [];
  let tessPageMs = 0;
  let tessCropMs = 0;
  let paddleMs = 0;
  let wideMs = 0;
  let pages = 0;
  // The engine's figure reads timed where page.ts calls them (three Tesseract reads a crop).
  const figureImage = engine.figureImage.bind(engine);
  engine.figureImage = (img) => {
    const s = process.hrtime.bigint();
    const r = figureImage(img);
    tessCropMs += Number(process.hrtime.bigint() - s) / 1e6;
    return r;
  };
  for (const name of REAL_NAMES) {
    const pdf = join(real, `${name}.pdf`);
    // The seeds are the accuracy test's (tests/ocr/accuracy.test.ts): the same scans.
    const scan = await scannedCopy(pdf, name, REAL_NAMES.indexOf(name) + 1);
    const { items } = await pdfiumItems(new Uint8Array(readFileSync(pdf)));
    const bytes = new Uint8Array(readFileSync(scan));
    const count = (await pdfiumItems(bytes)).pages;
    await renderPages(bytes, Array.from({ length: count }, (_, i) => i + 1), 150, async (p) => {
      const crops: FigureRead[] = [];
      t0 = process.hrtime.bigint();
      await readPage(engine, p.page, p.image, p.widthPt, p.heightPt, { watch: (f) => crops.push(f) });
      tessPageMs += Number(process.hrtime.bigint() - t0) / 1e6;
      pages++;
      const scale = p.widthPt / p.image.width;
      for (const f of crops) {
        t0 = process.hrtime.bigint();
        // As the product reads it (padded to a square), and padded to 320 as PaddleOCR pads a line.
        const pr = await paddle.read(f.crop);
        paddleMs += Number(process.hrtime.bigint() - t0) / 1e6;
        t0 = process.hrtime.bigint();
        const wide = await paddle.read(f.crop, PADDLE_PAD_WIDTH);
        wideMs += Number(process.hrtime.bigint() - t0) / 1e6;
        const text = (ws: OcrWord[]) => ws.map((w) => `${w.text}@${Math.round(w.conf)}`).join(" ");
        const r: CropResult = {
          report: name,
          page: p.page,
          truth: truthOf(items, p.page, f.cell, scale, p.heightPt),
          answers: { ...answers(f, pr), ...Object.fromEntries(Object.entries(answers(f, wide)).filter(([k]) => k.includes("Paddle")).map(([k, v]) => [`${k} [320 px pad]`, v])) },
          raw: { eng: text(f.read.general), digits: text(f.read.digits), chi: `${f.zh} | ${text(f.read.chinese)}`, paddle: `${pr.text.text}@${Math.round(pr.text.conf)}/${Math.round(pr.text.minConf)} digits ${pr.figure.text}@${Math.round(pr.figure.conf)}/${Math.round(pr.figure.minConf)} 320: ${wide.text.text}@${Math.round(wide.text.minConf)}` },
        };
        results.push(r);
        detail?.(r);
      }
    });
  }
  engine.end();
  const figures = results.filter((r) => FIGURE.test(r.truth));
  const others = results.length - figures.length;
  line("OCR 引擎比较：数字裁图（印有数字 / 其他）", "OCR engines: figure crops (a printed figure / other)", `${figures.length} / ${others}`);
  for (const reader of Object.keys(results[0]?.answers ?? {})) {
    // A figure read where none is printed (a label taken for a figure cell) is wrong too.
    let exact = 0;
    let wrong = 0;
    let unread = 0;
    for (const r of results) {
      const a = r.answers[reader];
      if (a === null) unread += FIGURE.test(r.truth) ? 1 : 0;
      else if (a === r.truth) exact++;
      else wrong++;
    }
    line(`  ${reader}：正确 / 读错 / 未读`, `  ${reader}: exact / wrong / unread`, `${exact} / ${wrong} / ${unread}`);
  }
  const n = Math.max(1, results.length);
  line("Tesseract 每页（秒，整页读取，单核）", "Tesseract per page (s, whole page reader, one core)", (tessPageMs / pages / 1000).toFixed(1));
  line("Tesseract 每个数字裁图（毫秒，三次读取）", "Tesseract per figure crop (ms, three reads)", (tessCropMs / n).toFixed(0));
  line("Paddle 识别每个裁图（毫秒，wasm 单线程）", "Paddle rec per crop (ms, wasm, one thread)", (paddleMs / n).toFixed(0));
  line("Paddle 识别每个裁图，补到 320 宽（毫秒）", "Paddle rec per crop, padded to 320 wide (ms)", (wideMs / n).toFixed(0));
  line("Paddle 每页增加（秒）", "Paddle added per page (s)", (paddleMs / pages / 1000).toFixed(1));
  line("Paddle 模型加载（毫秒）", "Paddle model load (ms)", paddleLoad.toFixed(0));
  return results;
}
