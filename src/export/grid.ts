// Resolves a table's spans into a full grid: for every row and column, the cell printed there and
// whether this position is the cell's top-left corner. Renderers without merges (Markdown) and tests
// read the table through it.
import type { DocCell, DocTable } from "./model";

export interface GridSlot {
  cell: DocCell;
  /** The top-left position of the cell (false where a span covers the position). */
  anchor: boolean;
  /** Row of the cell's anchor, for telling a vertical continuation from a horizontal one. */
  row: number;
}

export function tableGrid(table: DocTable): GridSlot[][] {
  const width = table.columnWidths.length;
  const grid: (GridSlot | undefined)[][] = table.rows.map(() => Array<GridSlot | undefined>(width).fill(undefined));
  table.rows.forEach((r, i) => {
    let c = 0;
    for (const cell of r.cells) {
      while (c < width && grid[i][c]) c++;
      if (c + cell.colSpan > width) throw new Error(`Table ${table.id} row ${i + 1} is wider than ${width} columns`);
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (!grid[i + dr]) throw new Error(`Table ${table.id}: a cell in row ${i + 1} spans past the last row`);
          grid[i + dr][c + dc] = { cell, anchor: dr === 0 && dc === 0, row: i };
        }
      c += cell.colSpan;
    }
  });
  return grid.map((r, i) =>
    r.map((slot, c) => {
      if (!slot) throw new Error(`Table ${table.id} row ${i + 1} column ${c + 1} is not covered by any cell`);
      return slot;
    }),
  );
}
