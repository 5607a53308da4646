// The ET (WPS 表格) enumeration values this host uses, as plain numbers. et-jsapi-declare declares
// its enums ambiently (`declare namespace Et { enum … }`), so `Et.XlFormatConditionType.xlExpression`
// compiles but is a ReferenceError in WPS at run time: no `Et` object exists there. The values are
// the VBA object model's, which ET mirrors. This is the only file that spells them.

/** XlFormatConditionType.xlExpression: a formula-based conditional format. */
export const XL_EXPRESSION = 2;

/** XlDVType: whole number, decimal. */
export const XL_VALIDATE_WHOLE = 1;
export const XL_VALIDATE_DECIMAL = 2;
/** XlDVAlertStyle.xlValidAlertStop. */
export const XL_ALERT_STOP = 1;
/** XlFormatConditionOperator.xlGreaterEqual. */
export const XL_GREATER_EQUAL = 7;

/** XlLineStyle.xlContinuous; XlBorderWeight.xlThin. */
export const XL_CONTINUOUS = 1;
export const XL_THIN = 2;
/** XlBordersIndex: the four edges, then the inside lines. */
export const XL_EDGE = { left: 7, top: 8, bottom: 9, right: 10, insideVertical: 11, insideHorizontal: 12 } as const;

/** XlHAlign / XlVAlign. */
export const XL_H_ALIGN = { left: -4131, center: -4108, right: -4152 } as const;
export const XL_V_ALIGN = { top: -4160, middle: -4108, bottom: -4107 } as const;

/** XlColorIndex.xlColorIndexNone: no fill. */
export const XL_COLOR_INDEX_NONE = -4142;

/** XlSheetVisibility. */
export const XL_SHEET_VISIBILITY = { visible: -1, hidden: 0, veryHidden: 2 } as const;

/** XlPageOrientation; XlPaperSize.xlPaperA4. */
export const XL_ORIENTATION = { portrait: 1, landscape: 2 } as const;
export const XL_PAPER_A4 = 9;


/** msoCTPDockPositionRight: the task pane docks on the right, as Excel's does. */
export const CTP_DOCK_RIGHT = 2;
