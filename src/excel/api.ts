// The part of the Office.js Excel API this host uses, as narrow types derived from @types/office-js.
// The public functions of src/excel/ take a real `Excel.RequestContext` and widen it to `XContext` (a
// plain assignment, no cast), so a call outside this list, or a misspelt one, fails to compile; the
// strict test fake (tests/fake-excel/) implements exactly these types. tests/excel/api-types.test.ts
// proves at compile time that Excel.RequestContext is assignable to XContext.
//
// Why our own `load` signatures: Office's `load` overloads return the full Excel classes, which a fake
// could never implement; a single `load(names)` returning the narrow type is what we call, and Office's
// overload set is assignable to it.

type Load<T> = { load(propertyNames?: string | string[]): T };

/** A cell value as Office.js hands it over: "" for a blank cell. */
export type Scalar = string | number | boolean;

export interface XRangeFill extends Pick<Excel.RangeFill, "color" | "clear">, Load<XRangeFill> {}
export interface XRangeFont extends Pick<Excel.RangeFont, "bold" | "color" | "name" | "size">, Load<XRangeFont> {}
export interface XRangeBorder extends Pick<Excel.RangeBorder, "style" | "color" | "weight">, Load<XRangeBorder> {}
export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
export interface XRangeBorders {
  getItem(index: BorderSide): XRangeBorder;
}
export interface XFormatProtection extends Pick<Excel.FormatProtection, "locked">, Load<XFormatProtection> {}

export interface XRangeFormat
  extends Pick<Excel.RangeFormat, "wrapText" | "horizontalAlignment" | "verticalAlignment" | "columnWidth" | "rowHeight">,
    Load<XRangeFormat> {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;
  readonly borders: XRangeBorders;
  readonly protection: XFormatProtection;
}

export interface XDataValidation
  extends Pick<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "clear">,
    Load<XDataValidation> {}

export interface XConditionalFormat {
  readonly custom: {
    readonly rule: Pick<Excel.ConditionalFormatRule, "formula">;
    readonly format: {
      readonly fill: Pick<Excel.ConditionalRangeFill, "color">;
      readonly font: Pick<Excel.ConditionalRangeFont, "color" | "bold">;
    };
  };
}
export interface XConditionalFormats {
  add(type: "Custom"): XConditionalFormat;
  clearAll(): void;
}

export interface XRange
  extends Pick<
      Excel.Range,
      "address" | "rowCount" | "columnCount" | "isNullObject" | "merge" | "unmerge" | "select" | "clear"
    >,
    Load<XRange> {
  // Office types these as any[][]. Reads give scalars ("" for blank); in a write, null leaves that
  // cell as it is (Office.js semantics), which is how one 2-D block can skip the clerk's inputs.
  values: (Scalar | null)[][];
  formulas: (Scalar | null)[][];
  numberFormat: (string | null)[][];
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;
  readonly conditionalFormats: XConditionalFormats;
  /** One cell by 0-based offsets from the top-left (ExcelApi 1.1). */
  getCell(row: number, column: number): XRange;
}

export interface XWorksheetProtection
  extends Pick<Excel.WorksheetProtection, "protected" | "options" | "protect" | "unprotect">,
    Load<XWorksheetProtection> {}

export type XFreezePanes = Pick<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "unfreeze"> & {
  freezeAt(frozenRange: string): void;
};

/** ExcelApi 1.9: only touched after isSetSupported("ExcelApi", "1.9"). */
export interface XPageLayout
  extends Pick<
      Excel.PageLayout,
      | "orientation"
      | "paperSize"
      | "zoom"
      | "centerHorizontally"
      | "blackAndWhite"
      | "leftMargin"
      | "rightMargin"
      | "topMargin"
      | "bottomMargin"
      | "headerMargin"
      | "footerMargin"
    >,
    Load<XPageLayout> {
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XWorksheet
  extends Pick<Excel.Worksheet, "name" | "visibility" | "position" | "isNullObject" | "activate">,
    Load<XWorksheet> {
  readonly protection: XWorksheetProtection;
  readonly freezePanes: XFreezePanes;
  readonly pageLayout: XPageLayout;
  getRange(address?: string): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
}

export interface XWorksheets extends Load<XWorksheets> {
  readonly items: XWorksheet[];
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
  add(name?: string): XWorksheet;
}

export interface XNamedItem extends Pick<Excel.NamedItem, "name" | "type" | "isNullObject" | "delete">, Load<XNamedItem> {
  getRange(): XRange;
  getRangeOrNullObject(): XRange;
}

export interface XNamedItems extends Load<XNamedItems> {
  readonly items: XNamedItem[];
  add(name: string, reference: XRange | string, comment?: string): XNamedItem;
  getItem(name: string): XNamedItem;
  getItemOrNullObject(name: string): XNamedItem;
}

export type XApplication = Pick<Excel.Application, "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync">;

export interface XWorkbook {
  readonly worksheets: XWorksheets;
  readonly names: XNamedItems;
  readonly application: XApplication;
}

export interface XContext extends Pick<Excel.RequestContext, "sync"> {
  readonly workbook: XWorkbook;
}

/** Widens a real context to the subset; compiles only while Excel.RequestContext has everything we use. */
export function narrow(context: Excel.RequestContext): XContext {
  return context;
}
