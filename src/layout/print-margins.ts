// Page margins of every report sheet, in inches as Excel's 页面设置 shows them (a little narrower than
// Excel's default 0.7/0.75, so the wide tables fit one A4 page across). Both hosts set them: ExcelJS
// in inches, Office.js in points (ExcelApi 1.9: older hosts keep Excel's defaults, like the rest of
// the print setup).
export interface MarginsPlan {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export const PRINT_MARGINS: MarginsPlan = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** Office.js PageLayout margins are in points: 72 to the inch. */
export const POINTS_PER_INCH = 72;
