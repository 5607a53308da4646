// Office.js addresses: "'表三 依申请公开'!C7:D9" → sheet and local part (layout/a1.ts: both hosts read them).
export { splitAddress } from "../layout/a1";

/** Excel column width in points for a width in characters of the default font: Excel stores
 *  characters, Office.js sets points; one character is 7 px plus 5 px padding at 96 dpi (0.75 pt/px). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
