// A1 addresses for the fake: "B3", "$B$3", "A1:C3", "10:12" (whole rows), "'表 三'!A1:B2".
// Rows and columns are 0-based inside the fake.

export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function colLetters(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellA1(row: number, col: number): string {
  return `${colLetters(col)}${row + 1}`;
}

/** Splits "Sheet!A1:B2" into sheet (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/** Parses a local address; throws (as Excel's InvalidArgument) on anything else. */
export function parseArea(local: string): Area {
  const rows = ROWS.exec(local);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS };
  }
  const parts = local.split(":");
  if (parts.length > 2) throw invalid(local);
  const cells = parts.map((p) => {
    const m = CELL.exec(p);
    if (!m) throw invalid(local);
    return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
  });
  const [a, b] = [cells[0], cells[cells.length - 1]];
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

function invalid(address: string): Error {
  return Object.assign(new Error(`InvalidArgument: bad address "${address}"`), { code: "InvalidArgument" });
}

export function areaA1(a: Area): string {
  if (a.cols === MAX_COLS) return `${a.row + 1}:${a.row + a.rows}`;
  const tl = cellA1(a.row, a.col);
  return a.rows === 1 && a.cols === 1 ? tl : `${tl}:${cellA1(a.row + a.rows - 1, a.col + a.cols - 1)}`;
}

/** Excel quotes a sheet name in an address when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function contains(a: Area, row: number, col: number): boolean {
  return row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
