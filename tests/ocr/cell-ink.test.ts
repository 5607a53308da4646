import { figureCrop } from "../../src/ocr/cell-ink";
import type { Gray } from "../../src/ocr/gray";

/** A white page with black rectangles. */
function page(w: number, h: number, ink: [number, number, number, number][]): Gray {
  const data = new Uint8Array(w * h).fill(255);
  for (const [x0, y0, x1, y1] of ink) for (let y = y0; y < y1; y++) data.fill(0, y * w + x0, y * w + x1);
  return { width: w, height: h, data, dpi: 150 };
}

describe("figureCrop", () => {
  const inner = { left: 10, top: 10, width: 60, height: 30 };

  it("leaves out a sliver of a ruling line at the cell's edge, and the line outside it", () => {
    // A "figure" (a 4×16 stroke) in the middle; a ruling line crossing the inside's top edge at a
    // slant (2 px thick, along half the width); the cell's line itself just outside the inside.
    const img = page(80, 50, [[38, 17, 42, 33], [10, 10, 40, 12], [0, 6, 80, 8]]);
    const cut = figureCrop(img, inner, 128, 10);
    expect(cut?.box).toEqual({ left: 38, top: 17, width: 4, height: 16 });
    // The crop (10 px around the stroke) holds the stroke and nothing of either line.
    const dark = [...cut!.image.data].filter((v) => v < 128).length;
    expect(dark).toBe(4 * 16);
  });

  it("keeps a thin figure that touches no edge, and finds nothing in a cell of slivers and specks", () => {
    const one = page(80, 50, [[39, 15, 41, 35]]);
    expect(figureCrop(one, inner, 128, 10)?.box).toEqual({ left: 39, top: 15, width: 2, height: 20 });
    const empty = page(80, 50, [[10, 38, 70, 40], [30, 20, 31, 21]]);
    expect(figureCrop(empty, inner, 128, 10)).toBeNull();
  });

  it("leaves out a ruling line running through the inside, with what of it is joined to it", () => {
    // The cell's left line 2 px inside it (the line found a few pixels off), joined to a top line:
    // one component, the size of the cell, which only the whole-column rule recognises.
    const img = page(80, 50, [[38, 17, 42, 33], [10, 10, 12, 40], [10, 10, 70, 12], [12, 20, 13, 25]]);
    const cut = figureCrop(img, inner, 128, 10);
    expect(cut?.box).toEqual({ left: 38, top: 17, width: 4, height: 16 });
  });
});
