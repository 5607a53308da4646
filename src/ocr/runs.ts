// Recognised words → text runs as a PDF would place them: the words of one line that touch (Tesseract
// splits Chinese into a word per character or two) as one run, a wide gap as a new run, so the layout
// (pdf-layout.ts) sees "行政规范性文件" as one run and a table's columns apart. Pure; pixels, y down.
import type { OcrWord } from "./engine";

export interface PixelRun {
  str: string;
  x: number;
  /** The baseline, pixels from the top: set from the middle of the line's boxes, so that a label
   *  and the figures centred beside it in a table row share it (a Chinese character's box reaches
   *  below the baseline, a digit's does not: their bottoms differ by more than the layout allows). */
  y: number;
  width: number;
  /** Font size estimated from the boxes' height. */
  height: number;
}

// Words this close (a share of the line's height) are one run.
const JOIN_GAP = 0.8;
const CJK_CHAR = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;
// Words closer than this share of the font size touch; punctuation that binds to its neighbour.
const TOUCH_GAP = 0.25;
const PUNCT_AFTER = /[.,:;、．，。：；)）%％]/;
const PUNCT_BEFORE = /[(（]/;
// A digit is about 0.72 of the font size tall, a Chinese character about 0.92 (Song/SimSun faces).
const DIGIT_HEIGHT = 0.72;
const CJK_HEIGHT = 0.92;
// The baseline lies about this share of the font size below the middle of a line of text.
const BASELINE_BELOW_MIDDLE = 0.35;

export function textRuns(words: OcrWord[]): PixelRun[] {
  const lines = new Map<string, OcrWord[]>();
  for (const w of words) {
    const l = lines.get(w.line);
    if (l) l.push(w);
    else lines.set(w.line, [w]);
  }
  const out: PixelRun[] = [];
  for (const line of lines.values()) {
    line.sort((a, b) => a.left - b.left);
    const cjk = line.some((w) => CJK_CHAR.test(w.text));
    const boxHeight = Math.max(...line.map((w) => w.height));
    const size = boxHeight / (cjk ? CJK_HEIGHT : DIGIT_HEIGHT);
    const middle = line.reduce((sum, w) => sum + w.top + w.height / 2, 0) / line.length;
    const base = middle + BASELINE_BELOW_MIDDLE * size;
    let run: OcrWord[] = [];
    const flush = () => {
      if (run.length === 0) return;
      let str = run[0].text;
      for (let i = 1; i < run.length; i++) {
        const a = run[i - 1].text;
        const b = run[i].text;
        // Chinese has no spaces between words; Latin words and figures keep one, except where they
        // touch or meet punctuation: "1 .信访…" must stay "1.信访…", or the import reads the 1 as a figure.
        const touching = run[i].left - (run[i - 1].left + run[i - 1].width) < TOUCH_GAP * size;
        const joined = CJK_CHAR.test(a[a.length - 1]) || CJK_CHAR.test(b[0]) || PUNCT_AFTER.test(b[0]) || PUNCT_BEFORE.test(a[a.length - 1]) || touching;
        str += joined ? b : ` ${b}`;
      }
      const last = run[run.length - 1];
      out.push({ str, x: run[0].left, y: base, width: last.left + last.width - run[0].left, height: size });
      run = [];
    };
    for (const w of line) {
      const prev = run[run.length - 1];
      if (prev && w.left - (prev.left + prev.width) > JOIN_GAP * size) flush();
      run.push(w);
    }
    flush();
  }
  return out;
}
