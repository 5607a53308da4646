// Narrative text into paragraphs, sentences and clauses. Text extracted from a PDF breaks lines in
// the middle of words ("工作机\n制"), so a line break only ends a paragraph where a paragraph could
// end; everything else is joined back, so that a sentence quoted in a finding reads as written.

export interface Sentence {
  /** The sentence as written, lines joined, ending punctuation kept. */
  text: string;
  /** Index of its paragraph in the section. */
  paragraph: number;
}

/** A stretch of a sentence between clause marks (，；：), with its offset in the sentence. */
export interface Clause {
  text: string;
  start: number;
}

// Not ；: lists of 一是…；二是… run on across lines within one paragraph.
const ENDS_PARAGRAPH = /[。！？!?：:]\s*$/;
// 一、 （一） (一) 1. 1、 第一: the marks a heading or a numbered paragraph begins with.
const HEADING_START = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[，、])/;
const HEADING_MAX = 25;

/** Lines into paragraphs: a line ending in 。！？：, or a line starting a heading
 *  ends the paragraph before it; a short heading line without a full stop stands alone. */
export function paragraphs(text: string | undefined): string[] {
  return [...eachParagraph(text)];
}

/** paragraphs(), one at a time: a long narrative is never held as a list of its lines or paragraphs. */
function* eachParagraph(text: string | undefined): Generator<string> {
  if (!text) return;
  let current = "";
  const flush = (): string => {
    const p = current.trim();
    current = "";
    return p;
  };
  for (const rawLine of eachLine(text.replace(/\r\n?/g, "\n"))) {
    const line = rawLine.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
    if (!line) {
      // PDF text puts a blank line after every printed line, so a blank line alone is no paragraph
      // break; it ends one only after a line that could end a paragraph.
      if (ENDS_PARAGRAPH.test(current)) yield* some(flush());
      continue;
    }
    if (HEADING_START.test(line)) yield* some(flush());
    current += joinable(current, line) ? line : (current ? " " : "") + line;
    if (ENDS_PARAGRAPH.test(line)) yield* some(flush());
    else if (HEADING_START.test(line) && line.length <= HEADING_MAX && !/[，,。；;]/.test(line)) yield* some(flush());
  }
  yield* some(flush());
}

/** A paragraph, unless it is empty. */
function* some(p: string): Generator<string> {
  if (p) yield p;
}

/** The "\n"-separated lines of a text, one at a time (split() would make them all at once). */
function* eachLine(text: string): Generator<string> {
  let start = 0;
  for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
    yield text.slice(start, end);
    start = end + 1;
  }
  yield text.slice(start);
}

// Chinese needs no space where a line was broken; Latin words and numbers do ("57" "件" stay apart
// the way the PDF spaced them, which the number finder accepts).
function joinable(before: string, line: string): boolean {
  return !before || /[\u3000-\u9fff\uff00-\uffef]$/.test(before) || /^[\u3000-\u9fff\uff00-\uffef]/.test(line);
}

/** Far above a real sentence (a long one in a report runs to a few hundred characters). */
export const MAX_SENTENCE = 2000;

const SENTENCE_END = /[^。！？!?]*(?:[。！？!?]+[）)”"’]*|$)/g;

/** Sentences of a section, in order, split at 。！？ (a ； stays inside: it joins parts of one statement). */
export function sentences(text: string | undefined): Sentence[] {
  return [...eachSentence(text)];
}

/**
 * sentences(), one at a time. The rules read a section's sentences a few times over (R8, its zero and
 * 同比 claims, R9's fee statement); splitting again each time costs little, while a list of every
 * sentence of a long narrative, kept between the rules, cost several times the text's size (issue 11).
 */
export function* eachSentence(text: string | undefined): Generator<Sentence> {
  let paragraph = 0;
  for (const p of eachParagraph(text)) {
    // One paragraph's sentences are split before any is handed out: the shared regex's lastIndex
    // must not change while a caller reads another section between two of them.
    const found: Sentence[] = [];
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(p); m && m[0] !== ""; m = SENTENCE_END.exec(p)) {
      const s = m[0].trim();
      // A "sentence" longer than any written one (an appendix of numbered lines with no full stop) is
      // taken in pieces: each number is read in its clause, and a clause as long as the whole text
      // made the rules quadratic in it (issue 19).
      for (let at = 0; at < s.length; at += MAX_SENTENCE) found.push({ text: s.slice(at, at + MAX_SENTENCE), paragraph });
      if (m.index + m[0].length >= p.length) break;
    }
    yield* found;
    paragraph++;
  }
}

const CLAUSE_MARK = /[，,；;：:]/g;

/** Clauses of a sentence, split at ，；： — the stretch a number's own words are found in. */
export function clauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(sentence); m; m = CLAUSE_MARK.exec(sentence)) {
    out.push({ text: sentence.slice(start, m.index), start });
    start = m.index + 1;
  }
  out.push({ text: sentence.slice(start), start });
  return out.filter((c) => c.text.trim() !== "");
}

/** The clause of `sentence` that holds offset `at`. */
export function clauseAt(sentence: string, at: number): Clause {
  const all = clauses(sentence);
  return all.find((c) => at >= c.start && at <= c.start + c.text.length) ?? { text: sentence, start: 0 };
}
