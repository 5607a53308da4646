// A1 addresses as numbers and back. Rows and columns are 1-based, as Excel counts them.

export interface CellPos {
  row: number;
  col: number;
}

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const a1 = (row: number, col: number): string => `${colLetters(col)}${row}`;

/** "$D$5" with both parts absolute, for formulas that must not shift inside a conditional format. */
export const abs = (row: number, col: number): string => `$${colLetters(col)}$${row}`;

export function parseCell(address: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** "A2:J29" or "B3" (a single cell is a 1×1 range); a "Sheet!" prefix is ignored. */
export function parseRange(address: string): RangePos {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function rangeA1(r: RangePos): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}

export function absRange(r: RangePos): string {
  const tl = abs(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${abs(r.bottom, r.right)}`;
}

export const rangeRows = (r: RangePos): number => r.bottom - r.top + 1;
export const rangeCols = (r: RangePos): number => r.right - r.left + 1;

/** A sheet name quoted for use in a reference: '表三 依申请公开'!$A$1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Cells as the fewest ranges that cover exactly them: runs along a row, then runs of identical
 * row-runs stacked down. Used for SUM arguments, validations and highlight ranges.
 */
export function coverRanges(cells: CellPos[]): RangePos[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c.col]);
  const runs: RangePos[] = [];
  for (const row of [...byRow.keys()].sort((x, y) => x - y)) {
    const cols = [...new Set(byRow.get(row))].sort((x, y) => x - y);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i === cols.length || cols[i] !== cols[i - 1] + 1) {
        runs.push({ top: row, bottom: row, left: start, right: cols[i - 1] });
        start = cols[i];
      }
    }
  }
  const out: RangePos[] = [];
  for (const run of runs) {
    const above = out.find((o) => o.left === run.left && o.right === run.right && o.bottom === run.top - 1);
    if (above) above.bottom = run.bottom;
    else out.push({ ...run });
  }
  return out;
}

/** "'表三 依申请公开'!$A$2:$J$29" → its sheet name and range; null for #REF! or a reference that is no
 *  range (both hosts' readers take a defined name's reference apart this way). */
export function parseSheetRef(ref: string): { sheet: string; range: ReturnType<typeof parseRange> } | null {
  if (!ref.includes("!") || /#REF!/i.test(ref)) return null;
  const { sheet, local } = splitAddress(ref);
  try {
    return { sheet, range: parseRange(local.replace(/\$/g, "")) };
  } catch {
    return null;
  }
}

/** "'表三 依申请公开'!C7:D9" → sheet and local part. Excel quotes sheet names that contain spaces or
 *  punctuation and doubles any apostrophe inside. */
export function splitAddress(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, Math.max(0, bang));
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}
