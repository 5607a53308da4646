// Text normalisation for matching and for narrative text. PDF text carries compatibility characters
// (Kangxi radicals such as ⾏ U+2F8F, full-width digits and brackets); NFKC folds them into the
// characters the format's labels are spelt with. Cell values are NOT normalised here: their raw
// text is kept so R5 can say "１２" was typed full-width.
import { PUNCT_SYMBOL_CLASS } from "../model/punctuation";

/** NFKC, with non-breaking and ideographic spaces as plain spaces. */
export function nfkc(s: string): string {
  return s.normalize("NFKC").replace(/[\u00a0\u2000-\u200b\u3000\ufeff]/g, " ");
}

// Everything a clerk or a PDF tool may vary without changing a label's meaning: whitespace,
// punctuation in ASCII, CJK and full-width forms, quotes, brackets, dots and enumeration commas.
const NOT_IN_KEY = new RegExp(`[\\s${PUNCT_SYMBOL_CLASS}]`, "g");

// Kangxi and supplementary radicals, compatibility ideographs, full-width digits and Latin letters,
// and odd spaces: what NFKC folds that a reader would not notice. Full-width punctuation is kept.
const FOLD_IN_TEXT = /[\u2e80-\u2fdf\uf900-\ufaff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u00a0\u2000-\u200b\u3000\ufeff]/g;

/** Text for people (narrative, title): radicals folded, Chinese punctuation (，。（）：) kept. */
export function foldText(s: string): string {
  return s.replace(FOLD_IN_TEXT, (c) => nfkc(c));
}

/** A label's comparison key: NFKC, no whitespace, no punctuation. "（一）予以公开" → "一予以公开". */
export function labelKey(s: string): string {
  return nfkc(s).replace(NOT_IN_KEY, "");
}

/** Whether a UTF-16 code unit is Chinese text or Chinese punctuation (CJK, compatibility ideographs,
 *  full-width forms, Chinese quotes); a surrogate is not. */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019
  );
}

/** Whether a character is Chinese text or Chinese punctuation (where layout spaces are artefacts). */
export function isCjk(ch: string): boolean {
  return ch.length === 1 && isCjkCode(ch.charCodeAt(0));
}

/** Display width of a line: two units for a CJK character, one for any other code point (a surrogate
 *  pair is one). Counted in place: spreading the text into characters made a string per character,
 *  about ten times the text's size in garbage. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) i++;
    w += isCjkCode(c) ? 2 : 1;
  }
  return w;
}

/**
 * Removes the spaces PDF extraction puts around numbers inside Chinese text ("收到政府信息公开申请 62 件"
 * → "收到政府信息公开申请62件"). Decision: a space touching a Chinese character or Chinese punctuation on
 * either side is a layout artefact (the documents themselves are typeset without them); a space between
 * two Latin words or numbers ("2932 批/5400 人" keeps none, "Word 2016" keeps one) is kept, collapsed.
 */
export function tidySpaces(s: string): string {
  // One replace pass: building the result a character at a time cost ~10 bytes of garbage per byte read.
  return s
    .replace(/[ \t]+/g, " ")
    .trim()
    .replace(/ /g, (sp: string, i: number, all: string) => (isCjk(all[i - 1] ?? "") || isCjk(all[i + 1] ?? "") ? "" : sp));
}
