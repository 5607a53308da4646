// Row heights for wrapped Chinese text: Excel does not grow merged or protected rows by itself, so
// the plan sizes them from the text. A CJK character is about two width units.

const LINE_POINTS = 14;

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** Height in points for `text` wrapped in a cell `widthChars` wide (Excel width units). */
export function wrappedHeight(text: string, widthChars: number, min = 20): number {
  const lines = Math.max(1, Math.ceil(textWidth(text) / Math.max(1, widthChars - 1)));
  return Math.min(409, Math.max(min, lines * LINE_POINTS + 6));
}
