// The Office hosts a clerk may open the add-in in, as data: which requirement sets each supports
// (Microsoft's "Excel JavaScript API requirement sets" and "Add-in commands requirement sets" pages),
// whether it shows add-in commands on the ribbon and whether it has a shared runtime. The fake Excel
// (tests) and the fake office.js (browser tests) answer isSetSupported from these, so any test can run
// the pane as that host would.
//
// ExcelUndoApiAll: hosts where add-in writes join the clerk's undo stack instead of clearing it
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities, checked with
// isSetSupported("ExcelUndoApiAll", "1.0")). Subscription builds only; a perpetual build older than
// the feature clears Undo on any write through the API.

import { compareVersions } from "../../src/excel/requirements";

export type ProfileName = "m365" | "office2024" | "office2021" | "office2019-retail" | "office2019-vl" | "office2016" | "web" | "mac";

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
    sets: { ExcelApi: "1.20", SharedRuntime: "1.1", AddinCommands: "1.3", DialogApi: "1.2", RibbonApi: "1.2", ExcelUndoApiAll: "1.0" },
    addinCommands: true,
  },
  office2024: {
    name: "office2024",
    label: "Office 2024 (Windows)",
    platform: "PC",
    version: "16.0.17932.20162",
    sets: { ExcelApi: "1.17", SharedRuntime: "1.1", AddinCommands: "1.3", DialogApi: "1.2", RibbonApi: "1.2" },
    addinCommands: true,
  },
  office2021: {
    name: "office2021",
    label: "Office 2021 (Windows)",
    platform: "PC",
    version: "16.0.14332.20447",
    sets: { ExcelApi: "1.14", SharedRuntime: "1.1", AddinCommands: "1.3", DialogApi: "1.2", RibbonApi: "1.1" },
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
  web: {
    name: "web",
    label: "Excel 网页版",
    platform: "OfficeOnline",
    version: "16.0.19300.40000",
    sets: { ExcelApi: "1.20", ExcelApiOnline: "1.1", SharedRuntime: "1.1", AddinCommands: "1.3", DialogApi: "1.2", RibbonApi: "1.2", ExcelUndoApiAll: "1.0" },
    addinCommands: true,
  },
  mac: {
    name: "mac",
    label: "Excel for Mac",
    platform: "Mac",
    version: "16.102",
    sets: { ExcelApi: "1.20", SharedRuntime: "1.1", AddinCommands: "1.3", DialogApi: "1.2", RibbonApi: "1.2", ExcelUndoApiAll: "1.0" },
    addinCommands: true,
  },
};

/** Office.context.requirements.isSetSupported as `profile` answers it. */
export function profileSupports(profile: HostProfile, name: string, minVersion?: string | number): boolean {
  const have = profile.sets[name];
  if (have === undefined) return false;
  return compareVersions(have, String(minVersion ?? "1.1")) >= 0;
}
