// Office.js addresses: "'表三 依申请公开'!C7:D9" → sheet and local part. Office quotes sheet names
// that contain spaces or punctuation and doubles any apostrophe inside.

export function splitAddress(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, Math.max(0, bang));
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Excel column width in points for a width in characters of the default font: Excel stores
 *  characters, Office.js sets points; one character is 7 px plus 5 px padding at 96 dpi (0.75 pt/px). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
