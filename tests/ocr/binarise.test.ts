import { binarise, otsuThreshold } from "../../src/ocr/binarise";
import type { Gray } from "../../src/ocr/gray";
import { seededRandom } from "../support/random";

/** A scanned-looking crop: paper at grey 215 ± 20, a "figure" of grey strokes (110 ± 20) blurred at
 *  their edges (grey 160) — the way a JPEG'd 11-pixel digit looks. */
function greyFigure(): { img: Gray; strokes: Set<number> } {
  const w = 30;
  const h = 30;
  const rnd = seededRandom(7);
  const data = new Uint8Array(w * h);
  const strokes = new Set<number>();
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const inRing = y >= 10 && y < 21 && x >= 11 && x < 18 && (x < 13 || x >= 16 || y < 12 || y >= 19);
      const edge = !inRing && y >= 9 && y < 22 && x >= 10 && x < 19 && (x < 14 || x >= 15 || y < 13 || y >= 18);
      if (inRing) strokes.add(i);
      data[i] = Math.round((inRing ? 110 : edge ? 160 : 215) + (rnd() * 2 - 1) * 20);
    }
  }
  return { img: { width: w, height: h, data, dpi: 300 }, strokes };
}

describe("binarise (a figure crop at its own threshold)", () => {
  it("finds the threshold between the crop's own ink and paper", () => {
    const t = otsuThreshold(greyFigure().img);
    expect(t).toBeGreaterThan(130);
    expect(t).toBeLessThan(195);
  });

  it("makes the strokes black and the paper white, keeping the size and resolution", () => {
    const { img, strokes } = greyFigure();
    const out = binarise(img);
    expect([out.width, out.height, out.dpi]).toEqual([30, 30, 300]);
    expect(new Set(out.data)).toEqual(new Set([0, 255]));
    for (const i of strokes) expect(out.data[i]).toBe(0);
    // The paper well away from the figure is white.
    for (let i = 0; i < 30 * 5; i++) expect(out.data[i]).toBe(255);
    // The input is not changed.
    expect(img.data.some((v) => v !== 0 && v !== 255)).toBe(true);
  });
});
