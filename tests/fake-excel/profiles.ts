// The Office hosts a clerk may open the add-in in, as data: which requirement sets each supports
// (Microsoft's "Excel JavaScript API requirement sets" and "Add-in commands requirement sets" tables,
// office-js-docs-reference docs/requirement-sets/), whether it shows add-in commands on the ribbon.
// The fake Excel (tests) and the fake office.js (browser tests) answer isSetSupported from these, so
// any test can run the pane as that host would.
//
// - Undo: ExcelApi 1.20 "adds undo support for Excel JavaScript APIs" (excel-api-1-20-requirement-set);
//   below it any write through the API clears the clerk's undo stack. (There is no requirement set
//   named "ExcelUndoApiAll"; office.js's internal flag set is "ExcelApiUndo", which add-ins never ask.)
// - AddinCommands 1.3: "At present, PowerPoint is the only Office client that supports this
//   requirement set" — no Excel profile has it. AddinCommands 1.1: retail/M365 from Version 1705,
//   volume-licensed only from Office 2021.
// - DelayForCellEdit: the set office.js itself asks before it sends Excel.run's delayForCellEdit
//   flag (onBeforeExcelRun in excel-win32-16.01.js); Microsoft does not document which builds have
//   it, so the profiles give it to the hosts whose ExcelApi (1.11+) has RunOptions.delayForCellEdit.
// - The "rung-*" profiles are the ExcelApi ladder (docs/excel-api-ladder.md): the oldest build of
//   each step that changes what the add-in can do — Office 2016 retail Click-to-Run and Excel 2016
//   for Mac passed through them on the way to 1.7.

import { compareVersions } from "../../src/excel/requirements";

export type ProfileName =
  | "m365"
  | "office2024"
  | "office2021"
  | "office2019-retail"
  | "office2019-vl"
  | "office2016"
  | "rung-1.4"
  | "rung-1.6"
  | "web"
  | "mac";

export interface HostProfile {
  name: ProfileName;
  /** How the self-test and the README name it. */
  label: string;
  /** Office.context.platform / onReady's info.platform. */
  platform: "PC" | "OfficeOnline" | "Mac";
  /** Office.context.diagnostics.version as that host reports it (a representative build). */
  version: string;
  /** Highest version of each requirement set the host supports; a set not listed is not supported. */
  sets: Readonly<Record<string, string>>;
  /** Ribbon buttons from the manifest (add-in commands). Office 2019 volume-licensed has none. */
  addinCommands: boolean;
}

export const PROFILES: Readonly<Record<ProfileName, HostProfile>> = {
  m365: {
    name: "m365",
    label: "Microsoft 365 (Windows)",
    platform: "PC",
    version: "16.0.19231.20156",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.1", AddinCommands: "1.1", DialogApi: "1.2", RibbonApi: "1.2", DelayForCellEdit: "1.1" },
    addinCommands: true,
  },
  office2024: {
    name: "office2024",
    label: "Office 2024 (Windows)",
    platform: "PC",
    version: "16.0.17932.20162",
    sets: { ExcelApi: "1.17", SharedRuntime: "1.1", AddinCommands: "1.1", DialogApi: "1.2", RibbonApi: "1.2", DelayForCellEdit: "1.1" },
    addinCommands: true,
  },
  office2021: {
    name: "office2021",
    label: "Office 2021 (Windows)",
    platform: "PC",
    version: "16.0.14332.20447",
    sets: { ExcelApi: "1.14", SharedRuntime: "1.1", AddinCommands: "1.1", DialogApi: "1.2", RibbonApi: "1.1", DelayForCellEdit: "1.1" },
    addinCommands: true,
  },
  "office2019-retail": {
    name: "office2019-retail",
    label: "Office 2019 零售版 (Windows)",
    platform: "PC",
    version: "16.0.10730.20102",
    sets: { ExcelApi: "1.8", AddinCommands: "1.1", DialogApi: "1.1" },
    addinCommands: true,
  },
  "office2019-vl": {
    name: "office2019-vl",
    label: "Office 2019 批量许可版 (Windows)",
    platform: "PC",
    version: "16.0.10417.20095",
    sets: { ExcelApi: "1.7", DialogApi: "1.1" },
    addinCommands: false,
  },
  office2016: {
    name: "office2016",
    label: "Office 2016 (Windows, MSI)",
    platform: "PC",
    version: "16.0.4266.1001",
    sets: { ExcelApi: "1.1", DialogApi: "1.1" },
    addinCommands: false,
  },
  "rung-1.4": {
    name: "rung-1.4",
    label: "Office 2016 零售版 1701 (ExcelApi 1.4)",
    platform: "PC",
    version: "16.0.7870.2024",
    sets: { ExcelApi: "1.4", DialogApi: "1.1" },
    addinCommands: true,
  },
  "rung-1.6": {
    name: "rung-1.6",
    label: "Office 2016 零售版 1704 (ExcelApi 1.6)",
    platform: "PC",
    version: "16.0.8201.2001",
    sets: { ExcelApi: "1.6", DialogApi: "1.1" },
    addinCommands: true,
  },
  web: {
    name: "web",
    label: "Excel 网页版",
    platform: "OfficeOnline",
    version: "16.0.19300.40000",
    sets: { ExcelApi: "1.20", ExcelApiOnline: "1.1", SharedRuntime: "1.1", AddinCommands: "1.1", DialogApi: "1.2", RibbonApi: "1.2", DelayForCellEdit: "1.1" },
    addinCommands: true,
  },
  mac: {
    name: "mac",
    label: "Excel for Mac",
    platform: "Mac",
    version: "16.102",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.1", AddinCommands: "1.1", DialogApi: "1.2", RibbonApi: "1.2", DelayForCellEdit: "1.1" },
    addinCommands: true,
  },
};

/** Office.context.requirements.isSetSupported as `profile` answers it. */
export function profileSupports(profile: HostProfile, name: string, minVersion?: string | number): boolean {
  const have = profile.sets[name];
  if (have === undefined) return false;
  return compareVersions(have, String(minVersion ?? "1.1")) >= 0;
}
