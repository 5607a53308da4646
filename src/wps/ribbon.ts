// The WPS ribbon's callbacks (ribbon.xml names them): OnAddinLoad, OnAction, GetImage, OnGetEnabled.
// Each returns at once, synchronously (async callbacks hid the custom ribbon on some WPS 12.1 builds);
// the work they start runs over the same host seam and the same steps as Office's ribbon
// (src/commands/steps.ts). Unlike Office without a shared runtime, WPS can open the task pane from
// the ribbon, so 生成模板 and 校验 show it when they finish: the pane lists the findings, and asks
// 生成模板's question when cells would be overwritten.
import { checkCommand, layoutCommand } from "../commands/steps";
import type { ReportHost } from "../host/types";
import { CTP_DOCK_RIGHT } from "./constants";
import type { WpsRoot, WpsTaskPane } from "./detect";

export interface RibbonDeps {
  root: WpsRoot;
  host: () => ReportHost;
  /** The folder the add-in's pages are in, ending in "/" (index.html's own folder). */
  baseUrl: string;
  now?: () => Date;
  /** Where a failure goes: the ribbon has no UI to show it in (the pane shows the next run's). */
  log?: (message: string, e: unknown) => void;
}

export interface RibbonControl {
  Id?: string;
  id?: string;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
  OnGetEnabled(control: RibbonControl): boolean;
}

export const PANE_KEY = "xxgk.taskpaneId";

const controlId = (c: RibbonControl): string => c.Id ?? c.id ?? "";

export function ribbonCallbacks(d: RibbonDeps): RibbonCallbacks {
  const log = d.log ?? ((m, e) => console.error(m, e));
  const paneUrl = (view?: string) => `${d.baseUrl}taskpane.html${view ? `?view=${view}` : ""}`;

  function showPane(view?: string): void {
    const store = d.root.PluginStorage;
    const id = store?.getItem(PANE_KEY);
    const existing = id && d.root.GetTaskPane ? d.root.GetTaskPane(Number(id)) : null;
    if (existing) {
      if (view) existing.Navigate(paneUrl(view));
      existing.Visible = true;
      return;
    }
    const create = d.root.CreateTaskPane ?? d.root.CreateTaskpane;
    if (!create) throw new Error("this WPS has no CreateTaskPane");
    const pane: WpsTaskPane = create.call(d.root, paneUrl(view));
    pane.DockPosition = CTP_DOCK_RIGHT;
    pane.Visible = true;
    store?.setItem(PANE_KEY, String(pane.ID));
  }

  function start(step: () => Promise<unknown>, then: () => void): void {
    step().then(then, (e: unknown) => {
      log("xxgk ribbon command failed", e);
      then();
    });
  }

  return {
    OnAddinLoad(ribbonUI) {
      d.root.ribbonUI = ribbonUI;
      return true;
    },
    OnAction(control) {
      try {
        const host = d.host();
        const deps = { host, settings: host.settings(), ...(d.now ? { now: d.now } : {}) };
        switch (controlId(control)) {
          case "layoutReport":
            start(() => layoutCommand(deps), () => showPane());
            break;
          case "checkReport":
            start(() => checkCommand(deps), () => showPane());
            break;
          case "exportReport":
            showPane("export");
            break;
          case "openPane":
            showPane();
            break;
          default:
            return false;
        }
      } catch (e) {
        log("xxgk ribbon command failed", e);
      }
      return true;
    },
    GetImage: () => "assets/icon-32.png",
    OnGetEnabled: () => true,
  };
}
