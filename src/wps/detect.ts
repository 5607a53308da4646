// Finding WPS 表格's object model on the page: WPS puts it behind `window.Application` and
// `window.wps` (some builds only one of them). ET-shaped means it has a workbook to work on; a
// `wps` global from WPS 文字 or 演示 has no ActiveWorkbook and is not ours to use.
import type { EtApplication } from "./et";

/** The members this add-in reaches on the root besides the ET object model. */
export interface WpsRoot extends EtApplication {
  CreateTaskPane?(url: string, title?: string): WpsTaskPane;
  /** The spelling of some builds. */
  CreateTaskpane?(url: string, title?: string): WpsTaskPane;
  GetTaskPane?(id: number): WpsTaskPane | null;
  PluginStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  ribbonUI?: unknown;
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Navigate(url: string): void;
}

export function findWps(g: Record<string, unknown>): WpsRoot | null {
  for (const k of ["Application", "wps"]) {
    const v = g[k];
    if (v && (typeof v === "object" || typeof v === "function") && "ActiveWorkbook" in (v as object)) return v as WpsRoot;
  }
  return null;
}
