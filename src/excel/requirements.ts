// Which requirement sets the host supports. The manifest asks only for ExcelApi 1.1 (Office 2016
// volume-licensed: open, check, paint, select); every step above that rung (ladder.ts) is used only
// when this says so. Injectable so a caller (or a test) can answer without the Office global.

/** The ExcelApi version the manifest requires: the first rung of the ladder (ladder.ts). Office 2016
 *  volume-licensed has ExcelApi 1.1 and nothing more; requiring more hides the add-in there. */
export const MIN_EXCEL_API = "1.1";

/** True when ExcelApi `version` (e.g. "1.9") is available. */
export type ApiSupport = (version: string) => boolean;

/** Asks Office.context.requirements; false when the Office global is absent (not inside Office). */
export const officeApiSupport: ApiSupport = (version) =>
  typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", version));

/** isSetSupported for any requirement set (ExcelApi, DelayForCellEdit…). */
export type SetSupport = (name: string, version?: string) => boolean;

/** Asks Office.context.requirements about any set; false outside Office. */
export const officeSetSupport: SetSupport = (name, version) =>
  typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported(name, version));

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
