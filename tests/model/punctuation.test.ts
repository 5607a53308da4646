// The spelled-out classes match exactly what the Unicode property escapes match (Node can parse
// \p{…}; the Office WebViews the classes exist for cannot).
import { PUNCT_CLASS, PUNCT_SYMBOL_CLASS } from "../../src/model/punctuation";

function differences(explicit: RegExp, property: RegExp): string[] {
  const out: string[] = [];
  for (let i = 0; i < 0x10000; i++) {
    if (i >= 0xd800 && i <= 0xdfff) continue;
    const ch = String.fromCharCode(i);
    if (explicit.test(ch) !== property.test(ch)) out.push(i.toString(16));
  }
  return out;
}

describe("punctuation classes without property escapes", () => {
  it("match \\p{P}\\p{S} over the whole BMP", () => {
    expect(differences(new RegExp(`[${PUNCT_SYMBOL_CLASS}]`), /[\p{P}\p{S}]/u)).toEqual([]);
  });

  it("match \\p{P} over the whole BMP", () => {
    expect(differences(new RegExp(`[${PUNCT_CLASS}]`), /\p{P}/u)).toEqual([]);
  });
});
