// PaddleOCR's recogniser as a third reader of a figure cell, asked only where the two Tesseract models
// did not settle it (page.ts agreedFigure gave null). The rule is the same as theirs: a figure is taken
// only when two DIFFERENT models read the same one — PaddleOCR and Tesseract's Latin model (confident,
// as agreedFigure asks of it) or PaddleOCR and Tesseract's Chinese model — and PaddleOCR is sure of
// every character. Anything else stays unread. Measured on the same crops: bench/ocr-engines.ts,
// docs/ocr-engines.md. Pure.
import type { OcrWord } from "./engine";
import type { RecReading } from "./paddle-rec";

/** PaddleOCR's lowest character probability (0–100) for its reading to count in a vote. A lone "0"
 *  read as "o" or a doubtful "447" falls below it (measured: no crop read wrong at or above it). */
export const MIN_PADDLE_CONF = 80;
/** Tesseract's Latin model's confidence to agree with (page.ts MIN_AGREED_CONF, its own threshold). */
const MIN_LATIN_CONF = 70;
const FIGURE_TEXT = /^\d+(?:\.\d+)?$/;

/** The figure PaddleOCR and one Tesseract model agree on, or null. `zh`: the Chinese model's readings
 *  (on the page and on the crop), as agreedFigure takes them. */
export function paddleAgreed(paddle: RecReading, general: OcrWord | null, zh: readonly string[]): { value: string | null; confidence: number } {
  if (!FIGURE_TEXT.test(paddle.text) || paddle.minConf < MIN_PADDLE_CONF) return { value: null, confidence: 0 };
  const latin = general !== null && general.text === paddle.text && general.conf >= MIN_LATIN_CONF;
  if (latin || zh.includes(paddle.text)) return { value: paddle.text, confidence: latin ? Math.min(general.conf, paddle.minConf) : paddle.minConf };
  return { value: null, confidence: 0 };
}
