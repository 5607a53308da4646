// Builds one drafted sentence from clauses, remembering which clause states which figure, so the
// figures can point back at the finished sentence.
import type { CellKey } from "../format";
import type { DraftFigure } from "./types";

interface Part {
  text: string;
  figure?: { keys: CellKey[]; value: number };
}

export class SentenceBuilder {
  private readonly parts: Part[] = [];

  /** Plain words, or words stating `value` (written as "{n}") as the sum of `keys`. */
  add(text: string, keys?: CellKey[], value?: number): this {
    if (keys && value !== undefined) this.parts.push({ text: text.replace("{n}", String(value)), figure: { keys, value } });
    else this.parts.push({ text });
    return this;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The sentence, ending in 。, and the figures it states. */
  build(): { text: string; figures: DraftFigure[] } {
    const text = `${this.parts.map((p) => p.text).join("")}。`;
    const figures = this.parts.flatMap((p) => (p.figure ? [{ ...p.figure, sentence: text }] : []));
    return { text, figures };
  }
}

/** Joins built sentences into one paragraph. */
export function paragraph(sentences: { text: string; figures: DraftFigure[] }[]): { text: string; figures: DraftFigure[] } {
  return { text: sentences.map((s) => s.text).join(""), figures: sentences.flatMap((s) => s.figures) };
}
