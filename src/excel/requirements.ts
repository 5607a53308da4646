// Which ExcelApi requirement sets the host supports. Everything the add-in needs works with ExcelApi
// 1.8 (Office 2019); newer calls (page layout, screen-updating suspension: 1.9) are used only when
// this says so. Injectable so a caller (or a test) can answer without the Office global.

/** True when ExcelApi `version` (e.g. "1.9") is available. */
export type ApiSupport = (version: string) => boolean;

/** Asks Office.context.requirements; false when the Office global is absent (not inside Office). */
export const officeApiSupport: ApiSupport = (version) =>
  typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", version));
