// The second vote on a figure cell the first rule (page.ts agreedFigure) left unread: the figure's
// crop read again from differently made images (its own size, black and white at its own threshold),
// each image by each model, and a figure taken only when different models read it, sure, and the
// readings that say otherwise are far outnumbered. Never the tables' balance rules or totals: a
// figure is taken on what was read in its own cell, or the checker would hide the very errors it is
// there to find. Pure.

/** One reading of a figure cell: which model, from which image of the cell, what, how sure (0–100). */
export interface FigureReading {
  /** The recogniser ("latin", "chinese"; another recogniser adds its own name). Two readings by one
   *  model of two images of a cell are not independent: a figure needs two models. */
  model: string;
  /** Which image of the cell ("page", "zoom2", "native", "binary2" …). */
  view: string;
  text: string;
  conf: number;
}

/** A reading this sure speaks for its figure; one this sure of another figure speaks against it. */
export const SURE_CONF = 70;
export const DISSENT_CONF = 50;
/** Sure readings of a figure needed beyond the two models: this many for each dissenting one. */
export const PER_DISSENT = 2;
/** The Latin model alone, on every image of the cell, at least this sure (the Chinese model read no
 *  other figure): a lone thin "1" the Chinese model reads as "]" or "T". */
export const LATIN_ALONE_CONF = 90;
/** At least this many images for the Latin model alone (one image is not enough: it read a "4" as
 *  "1" at 96 on one image, "4" at 97 on the two others; measured, docs/ocr.md). */
const LATIN_ALONE_VIEWS = 3;

const FIGURE = /^\d+(?:\.\d+)?$/;

/** The figure the readings agree on (null: unread), with the lowest confidence among the readings
 *  that gave it. */
export function votedFigure(readings: FigureReading[]): { value: string | null; confidence: number } {
  const figures = readings.filter((r) => FIGURE.test(r.text));
  for (const value of new Set(figures.filter((r) => r.conf >= SURE_CONF).map((r) => r.text))) {
    const sure = figures.filter((r) => r.text === value && r.conf >= SURE_CONF);
    const dissent = figures.filter((r) => r.text !== value && r.conf >= DISSENT_CONF).length;
    if (new Set(sure.map((r) => r.model)).size >= 2 && sure.length >= 2 + PER_DISSENT * dissent) {
      return { value, confidence: Math.min(...sure.map((r) => r.conf)) };
    }
  }
  const latin = readings.filter((r) => r.model === "latin");
  const value = latin[0]?.text;
  const alone =
    value !== undefined &&
    FIGURE.test(value) &&
    latin.length >= LATIN_ALONE_VIEWS &&
    latin.every((r) => r.text === value && r.conf >= LATIN_ALONE_CONF) &&
    !figures.some((r) => r.text !== value);
  return alone ? { value, confidence: Math.min(...latin.map((r) => r.conf)) } : { value: null, confidence: 0 };
}

/** One image's Latin reading: the unrestricted one when it is a figure, else the digits-only one
 *  (it reads a grey "0" the unrestricted one reads as "|"); null when neither read one word. */
export function latinReading(view: string, digits: { text: string; conf: number }[], general: { text: string; conf: number }[]): FigureReading | null {
  const g = general.length === 1 ? general[0] : null;
  const d = digits.length === 1 ? digits[0] : null;
  const pick = g && FIGURE.test(g.text) ? g : (d ?? g);
  return pick ? { model: "latin", view, text: pick.text, conf: pick.conf } : null;
}

/** A Chinese reading of several words as one (their lowest confidence). */
export function joinedReading(model: string, view: string, words: { text: string; conf: number }[]): FigureReading | null {
  if (words.length === 0) return null;
  return { model, view, text: words.map((w) => w.text).join(""), conf: Math.min(...words.map((w) => w.conf)) };
}
