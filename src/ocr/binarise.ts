// A figure crop in black and white, at the grey level that best splits its own ink from its own
// paper (Otsu's threshold): a second, differently made image of the same figure for a second reading
// (figure-vote.ts). A scanned 11-pixel "0" blurred grey by the JPEG is read "|" by the Latin model;
// cut at its own threshold it is read "0". Pure.
import type { Gray } from "./gray";

/** Otsu's threshold of the image: pixels at or below it are ink. */
export function otsuThreshold(img: Gray): number {
  const hist = new Float64Array(256);
  for (const v of img.data) hist[v]++;
  const n = img.data.length;
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * hist[v];
  let below = 0;
  let sumBelow = 0;
  let best = -1;
  let threshold = 127;
  for (let v = 0; v < 255; v++) {
    below += hist[v];
    sumBelow += v * hist[v];
    const above = n - below;
    if (below === 0) continue;
    if (above === 0) break;
    const spread = below * above * (sumBelow / below - (sum - sumBelow) / above) ** 2;
    if (spread > best) {
      best = spread;
      threshold = v;
    }
  }
  return threshold;
}

/** The image in black (0) and white (255) at its Otsu threshold. */
export function binarise(img: Gray): Gray {
  const t = otsuThreshold(img);
  return { ...img, data: img.data.map((v) => (v <= t ? 0 : 255)) };
}
