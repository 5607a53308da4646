// The notes sheet's blocks (explanations, the highlight record) as the other hosts write them: a
// header row, then every row as text ("12", "=…" and ISO times stay text), the whole block at once
// (rows below the list are blanked).
import type { MemoryName, MemoryWorkbook } from "./workbook";

export function writeBlock(wb: MemoryWorkbook, block: MemoryName, header: string[], rows: string[][]): void {
  const r = block.range;
  const grid = [header, ...rows];
  for (let i = 0; i <= r.bottom - r.top; i++)
    for (let j = 0; j <= r.right - r.left; j++) {
      const cell = wb.at(block.sheet, r.top + i, r.left + j);
      cell.numberFormat = i === 0 ? "General" : "@";
      wb.setText(block.sheet, r.top + i, r.left + j, String(grid[i]?.[j] ?? ""));
    }
}
