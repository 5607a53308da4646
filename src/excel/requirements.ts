// Which ExcelApi requirement sets the host supports. Everything the add-in needs works with ExcelApi
// 1.8 (Office 2019); newer calls (page layout, screen-updating suspension: 1.9) are used only when
// this says so. Injectable so a caller (or a test) can answer without the Office global.

/** True when ExcelApi `version` (e.g. "1.9") is available. */
export type ApiSupport = (version: string) => boolean;

/** Asks Office.context.requirements; false when the Office global is absent (not inside Office). */
export const officeApiSupport: ApiSupport = (version) =>
  typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", version));

/** Compares requirement-set versions such as "1.8" and "1.10" numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
