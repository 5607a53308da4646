// Compile-time proof (`npx tsc -p tsconfig.wps.json`) that the ET subset the WPS host uses
// (src/wps/et.ts) is part of WPS's own typings (et-jsapi-declare, a devDependency): if our narrow
// types name a member ET does not have, or type it incompatibly, this file stops compiling.
// Not a test file: nothing here runs.
import type { EtApiEvent, EtApplication, EtBorder, EtFont, EtName, EtNames, EtPageSetup, EtRange, EtValidation, EtWorkbook, EtWorksheet } from "../../src/wps/et";

type Assert<T extends true> = T;
type Has<Real, Ours> = [Pick<Real, keyof Ours & keyof Real>] extends [never] ? false : keyof Ours extends keyof Real ? true : false;

export type RangeMembers = Assert<Has<Et.Range, EtRange>>;
export type SheetMembers = Assert<Has<Et.Worksheet, EtWorksheet>>;
export type WorkbookMembers = Assert<Has<Et.Workbook, EtWorkbook>>;
export type NameMembers = Assert<Has<Et.Name, EtName>>;
export type NamesMembers = Assert<Has<Et.Names, EtNames>>;
export type FontMembers = Assert<Has<Et.Font, EtFont>>;
export type BorderMembers = Assert<Has<Et.Border, EtBorder>>;
export type ValidationMembers = Assert<Has<Et.Validation, EtValidation>>;
export type PageSetupMembers = Assert<Has<Et.PageSetup, EtPageSetup>>;
export type AppMembers = Assert<Has<WPSMergedRoot, EtApplication>>;

/** The calls as the host makes them, type-checked against the real signatures. */
export function callsAsTheHostMakesThem(app: WPSMergedRoot): void {
  const wb = app.ActiveWorkbook;
  const ws = wb.Worksheets.Item("表三 依申请公开") as Et.Worksheet;
  const r = ws.Range("A1:B2");
  r.Value2 = [[1, 2], [3, 4]];
  r.Formula = "=SUM(A1:A2)";
  r.NumberFormat = "@";
  r.Merge(false);
  r.UnMerge();
  r.Interior.Color = 0x00ffff;
  r.Interior.ColorIndex = -4142;
  r.Font.Color = 0;
  r.Borders.Item(8).LineStyle = 1;
  r.HorizontalAlignment = -4108;
  r.Locked = false;
  r.ColumnWidth = 12;
  r.Validation.Add(1, 1, 7, "0");
  r.FormatConditions.Add(2, undefined, "=A1<0");
  r.Address(false, false);
  r.Select();
  ws.Activate();
  ws.Protect("", true, true, undefined, false, true, true, true);
  ws.Unprotect();
  ws.Visible = 2;
  ws.PageSetup.Orientation = 2;
  ws.PageSetup.FitToPagesWide = 1;
  wb.Names.Add("XXGK_T3", "='表三 依申请公开'!$A$1:$B$2");
  void wb.Names.Item("XXGK_T3").RefersToRange.Value2;
  wb.Worksheets.Add(undefined, wb.Worksheets.Item(wb.Worksheets.Count));
  const events: EtApiEvent = { AddApiEventListener: (_n, cb) => void cb };
  void events;
  app.ApiEvent.AddApiEventListener("SheetChange", (sheet: Et.Worksheet) => void sheet.Name);
  // What the ribbon and the pane's entry use:
  const pane = app.CreateTaskPane("taskpane.html");
  pane.Visible = true;
  app.PluginStorage.setItem("taskpane_id", String(pane.ID));
}
