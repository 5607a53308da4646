// Which ExcelApi requirement sets the host supports. The add-in needs ExcelApi 1.7 (Office 2019
// volume-licensed); newer calls (data validation 1.8, page layout 1.9, …) are used only when
// this says so. Injectable so a caller (or a test) can answer without the Office global.

/** The ExcelApi version the manifest requires: Office 2019 volume-licensed (common on government PCs)
 *  supports ExcelApi up to 1.7, retail up to 1.8; requiring more hides the add-in there. Newer calls
 *  are behind isSetSupported. */
export const MIN_EXCEL_API = "1.7";

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
