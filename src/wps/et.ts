// The part of the WPS 表格 (ET) object model this host uses, as narrow types. tests/wps/et-types.ts
// proves against et-jsapi-declare (`npx tsc -p tsconfig.wps.json`) that the real types have these
// members, and the strict fake (tests/fake-wps/) implements exactly these. ET is VBA-shaped and
// synchronous: every member read or call below is one call into WPS, which host.ts counts.
//
// Some WPS builds expose properties as zero-argument methods (`range.Value2()`), so reads go through
// `get()`, which calls a function it finds; writes are plain assignments on every build we know of.

export type Grid = unknown[][];

export interface EtBorder {
  LineStyle: number | boolean;
  Weight: number;
  Color: number;
}
export interface EtFont {
  Name: string | undefined;
  Size: number;
  Bold: boolean;
  Color: number;
}
export interface EtInterior {
  // ET types Interior.Color as any: a BGR number, or xlNone's index through ColorIndex.
  Color: unknown;
  ColorIndex: unknown;
}
export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
}
export interface EtFormatCondition {
  readonly Interior: EtInterior;
  readonly Font: EtFont;
}
export interface EtFormatConditions {
  readonly Count: number;
  Add(Type: number, Operator?: unknown, Formula1?: unknown): unknown;
  Delete(): void;
}
export interface EtRange {
  Value2: unknown;
  Formula: unknown;
  NumberFormat: unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Worksheet: EtWorksheet;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Merge(Across?: boolean): void;
  UnMerge(): void;
  Clear(): unknown;
  Select(): unknown;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: { Item(Index: number): EtBorder };
  HorizontalAlignment: unknown;
  VerticalAlignment: unknown;
  WrapText: unknown;
  Locked: unknown;
  ColumnWidth: unknown;
  RowHeight: unknown;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
}
export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  BlackAndWhite: boolean;
  PrintTitleRows: string;
  PrintArea: string;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
}
export interface EtWorksheet {
  Name: string;
  Visible: number;
  readonly ProtectContents: boolean;
  readonly Protection: { readonly AllowFormattingCells: boolean };
  readonly UsedRange: EtRange;
  readonly PageSetup: EtPageSetup;
  Range(Cell1: string): EtRange;
  Activate(): void;
  Protect(
    Password?: string,
    DrawingObjects?: boolean,
    Contents?: boolean,
    Scenarios?: unknown,
    UserInterfaceOnly?: boolean,
    AllowFormattingCells?: boolean,
    AllowFormattingColumns?: boolean,
    AllowFormattingRows?: boolean,
  ): void;
  Unprotect(Password?: string): void;
}
export interface EtSheets {
  readonly Count: number;
  Item(Index: string | number): unknown;
  Add(Before?: unknown, After?: unknown, Count?: number, Type?: unknown): unknown;
}
export interface EtName {
  Name: string;
  RefersTo: unknown;
  readonly RefersToRange: EtRange;
  Delete(): void;
}
export interface EtNames {
  readonly Count: number;
  Item(Index?: string | number): EtName;
  Add(Name?: string, RefersTo?: unknown): EtName;
}
export interface EtWorkbook {
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
}
export interface EtApiEvent {
  AddApiEventListener(EventName: "SheetChange", callback: (sheet: EtWorksheet, range: EtRange) => void): void;
}
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook;
  readonly ApiEvent?: EtApiEvent;
}

/** A property read that also works where the build exposes the property as a zero-argument method. */
export function get<T, K extends keyof T>(obj: T, key: K): T[K] {
  const v = obj[key];
  return (typeof v === "function" ? (v as unknown as () => T[K]).call(obj) : v) as T[K];
}

/** Sheets.Item returns a Worksheet (or, typed loosely, a Sheets); the host only ever asks for one sheet. */
export const sheetOf = (wb: EtWorkbook, name: string | number): EtWorksheet => get(wb, "Worksheets").Item(name) as EtWorksheet;

/** Every sheet's name, in order (Sheets is 1-based, as everywhere in ET). */
export function sheetNames(wb: EtWorkbook): string[] {
  const sheets = get(wb, "Worksheets");
  const out: string[] = [];
  const n = get(sheets, "Count");
  for (let i = 1; i <= n; i++) out.push(get(sheets.Item(i) as EtWorksheet, "Name"));
  return out;
}

/** A defined name, or null where the workbook has none by that name (ET throws, as VBA does). */
export function nameOf(wb: EtWorkbook, name: string): EtName | null {
  try {
    return get(wb, "Names").Item(name) ?? null;
  } catch {
    return null;
  }
}

/** Value2/Formula of a one-cell range come back as a scalar, of a larger one as a 2-D array. */
export function asGrid(v: unknown): Grid {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row : [row]));
  return [[v]];
}
