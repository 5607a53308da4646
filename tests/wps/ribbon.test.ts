// The WPS ribbon's callbacks over the fake ET: synchronous returns, the task pane created once and
// reused (the id kept in PluginStorage), the CreateTaskpane spelling of some builds, the export view.
import type { EtApplication } from "../../src/wps/et";
import type { WpsRoot } from "../../src/wps/detect";
import { findWps } from "../../src/wps/detect";
import { wpsHost } from "../../src/wps/host";
import { PANE_KEY, ribbonCallbacks } from "../../src/wps/ribbon";
import { createFakeWps } from "../fake-wps";

function root(spelling: "CreateTaskPane" | "CreateTaskpane" = "CreateTaskPane") {
  const fw = createFakeWps();
  const app = fw.app as WpsRoot & Record<string, unknown>;
  const store = new Map<string, string>();
  const created: { url: string; pane: { ID: number; Visible: boolean; DockPosition: number; urls: string[]; Navigate(u: string): void } }[] = [];
  app[spelling] = (url: string) => {
    const pane = { ID: created.length + 7, Visible: false, DockPosition: 0, urls: [url], Navigate: (u: string) => void pane.urls.push(u) };
    created.push({ url, pane });
    return pane;
  };
  app.GetTaskPane = (id: number) => created.find((c) => c.pane.ID === id)?.pane ?? null;
  app.PluginStorage = { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) };
  return { fw, app, store, created };
}

const idle = () => new Promise((r) => setTimeout(r, 0));

test("生成模板: returns true at once (no promise), lays out, then opens the pane docked right, once", async () => {
  const { fw, app, store, created } = root();
  const cb = ribbonCallbacks({ root: app, baseUrl: "file:///addins/xxgk_0.1.0/", host: () => wpsHost(app as EtApplication, "zh-CN"), now: () => new Date(2025, 0, 10) });
  expect(cb.OnAddinLoad({ id: "ribbon" })).toBe(true);
  expect(app.ribbonUI).toEqual({ id: "ribbon" });
  expect(cb.OnAction({ Id: "layoutReport" })).toBe(true);
  await idle();
  expect(fw.model.sheets.map((s) => s.name)).toContain("表三 依申请公开");
  expect(created.map((c) => c.url)).toEqual(["file:///addins/xxgk_0.1.0/taskpane.html"]);
  expect(created[0].pane).toMatchObject({ Visible: true, DockPosition: 2 });
  expect(store.get(PANE_KEY)).toBe("7");
  created[0].pane.Visible = false;
  expect(cb.OnAction({ Id: "exportReport" })).toBe(true);
  expect(created).toHaveLength(1);
  expect(created[0].pane.Visible).toBe(true);
  expect(created[0].pane.urls[1]).toBe("file:///addins/xxgk_0.1.0/taskpane.html?view=export");
  expect(cb.OnAction({ Id: "nothing" })).toBe(false);
});

test("builds that spell it CreateTaskpane open the pane too", () => {
  const { app, created } = root("CreateTaskpane");
  const cb = ribbonCallbacks({ root: app, baseUrl: "file:///x/", host: () => wpsHost(app as EtApplication, "zh-CN") });
  cb.OnAction({ Id: "openPane" });
  expect(created).toHaveLength(1);
});

test("a failing command is logged, the pane still opens to show the state, and the callback still returns true", async () => {
  const { app, created } = root();
  const logged: string[] = [];
  const cb = ribbonCallbacks({ root: app, baseUrl: "file:///x/", host: () => ({ ...wpsHost(app as EtApplication, "zh-CN"), check: () => Promise.reject(new Error("boom")) }), log: (m) => void logged.push(m) });
  expect(cb.OnAction({ Id: "checkReport" })).toBe(true);
  await idle();
  expect(logged).toEqual(["xxgk ribbon command failed"]);
  expect(created).toHaveLength(1);
});

test("findWps: an ET-shaped Application or wps global; nothing for a page without one", () => {
  const { app } = root();
  expect(findWps({ Application: app })).toBe(app);
  expect(findWps({ wps: app })).toBe(app);
  expect(findWps({ wps: { WpsApplication: {} } })).toBeNull();
  expect(findWps({})).toBeNull();
});
