// Sizes for Chinese text: Excel does not grow merged or protected rows by itself, so the plan sizes
// rows from the text, and columns from the labels' printed lines (src/format/print.ts) so a label
// wraps only where the official format breaks it. A CJK character is about two width units.
import { textWidth, widestLine } from "../format";

const LINE_POINTS = 14;
/** Excel's cell padding and the rounding between Excel, WPS and LibreOffice font metrics. */
const WIDTH_MARGIN = 2;

/** The column width (Excel units) at which none of the text's lines wraps. */
export function fitWidth(text: string): number {
  return widestLine(text) + WIDTH_MARGIN;
}

/** Height in points for `text` wrapped in a cell `widthChars` wide (Excel width units); each "\n"
 *  starts a line, and a line wider than the cell wraps onto more. */
export function wrappedHeight(text: string, widthChars: number, min = 20): number {
  const per = Math.max(1, widthChars - 1);
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / per)), 0);
  return Math.min(409, Math.max(min, lines * LINE_POINTS + 6));
}
