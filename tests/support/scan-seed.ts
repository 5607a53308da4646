// The seed of a report's scan in the OCR test set: by default its place in REAL_NAMES (1, 2, 3: the
// cached files' names); XXGK_OCR_SEED=n gives another set (10n + 1, 2, 3), so accuracy is measured on
// more than the one set it was tuned on.
import { REAL_NAMES } from "./real-reports";

export function scanSeed(name: (typeof REAL_NAMES)[number]): number {
  const base = Number(process.env.XXGK_OCR_SEED ?? "0");
  return (Number.isInteger(base) && base > 0 ? 10 * base : 0) + REAL_NAMES.indexOf(name) + 1;
}
