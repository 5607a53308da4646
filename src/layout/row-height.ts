// Sizes for Chinese text: Excel does not grow merged or protected rows by itself, so the plan sizes
// rows from the text, and columns from the labels' printed lines (src/format/print.ts) so a label
// wraps only where the official format breaks it. A CJK character is about two width units.
import { wrappedLines } from "../format";

export { fitWidth } from "../format";

const LINE_POINTS = 14;

/** Height in points for `text` wrapped in a cell `widthChars` wide (Excel width units); each "\n"
 *  starts a line, and a line wider than the cell wraps onto more. */
export function wrappedHeight(text: string, widthChars: number, min = 20): number {
  const per = Math.max(1, widthChars - 1);
  const lines = wrappedLines(text, per);
  return Math.min(409, Math.max(min, lines * LINE_POINTS + 6));
}
