// What the WPS browser test puts into every frame before the add-in's scripts run: in the top page
// (index.html, as WPS loads it) the strict fake ET (tests/fake-wps) behind window.Application and
// window.wps, with the add-in-root members WPS adds (CreateTaskPane opening the pane as an iframe,
// GetTaskPane, PluginStorage); in the pane's frame the same Application (WPS gives every page of an
// add-in the same object model). `__xxgkChrome87` removes what Chromium 87 (WPS's CEF) lacks.
import { planLayout } from "../../../src/layout/plan";
import { areaA1, parseArea } from "../../fake-excel/address";
import { createFakeWps } from "../../fake-wps";

type Win = Window & Record<string, unknown>;
const w = window as unknown as Win;

function chrome87(): void {
  const ap = Array.prototype as unknown as Record<string, unknown>;
  delete ap.at;
  delete (Object as unknown as Record<string, unknown>).hasOwn;
  delete (w as Record<string, unknown>).structuredClone;
  const cp = (w.Crypto as { prototype?: Record<string, unknown> } | undefined)?.prototype;
  if (cp) delete cp.randomUUID;
}

function top(): void {
  const fw = createFakeWps({ profile: (w.__xxgkProfile as "et" | "methods" | undefined) ?? "et" });
  const root = fw.app as Record<string, unknown>;
  const store = new Map<string, string>();
  const panes = new Map<number, { frame: HTMLIFrameElement; pane: Record<string, unknown> }>();
  let next = 1;
  const open = (url: string) => {
    const frame = document.createElement("iframe");
    frame.id = `xxgk-pane-${next}`;
    frame.style.cssText = "width:360px;height:1000px;border:0";
    frame.src = url;
    document.body.appendChild(frame);
    const pane = {
      ID: next,
      DockPosition: 0,
      get Visible() {
        return frame.style.display !== "none";
      },
      set Visible(v: boolean) {
        frame.style.display = v ? "" : "none";
      },
      Navigate(u: string) {
        frame.src = u;
      },
    };
    panes.set(next++, { frame, pane });
    return pane;
  };
  root.CreateTaskPane = open;
  root.GetTaskPane = (id: number) => panes.get(id)?.pane ?? null;
  root.PluginStorage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
  w.Application = root;
  w.wps = root;
  const m = fw.model;
  w.__fakeWps = {
    panes: () => [...panes.values()].map((p) => ({ id: p.pane.ID, src: p.frame.getAttribute("src"), visible: p.pane.Visible })),
    typeIn: (sheet: string, address: string, value: number) => fw.typeIn(sheet, address, value),
    sheets: () => m.sheets.map((s) => s.name),
    shown: (sheet: string, address: string) => {
      const a = parseArea(address);
      return m.displayValue(m.sheetOrThrow(sheet), a.row, a.col);
    },
    selection: () => (m.selection ? { sheet: m.selection.sheet.name, address: areaA1(m.selection.area), active: m.activeSheet?.name ?? null } : null),
    fill: (sheet: string, address: string) => {
      const a = parseArea(address);
      return m.peek(m.sheetOrThrow(sheet), a.row, a.col)?.style.fill ?? null;
    },
    /** Every text a sheet holds, joined (what the workbook keeps, e.g. the notes sheet's explanations). */
    sheetText: (sheet: string) => [...m.sheetOrThrow(sheet).cells.values()].map((c) => (typeof c.value === "string" ? c.value : "")).join("\n"),
    /** Where the 2021 plan puts the cell of `key` with `role` ("input" in the tables, "prior" on 上年数据). */
    address: (key: string, role = "input") => {
      for (const s of planLayout("2021").sheets) for (const c of s.cells) if (c.key === key && c.role === role) return { sheet: s.name, address: c.address };
      return null;
    },
    /** A quiet year: every blank input cell of the three tables 0 (no events, as a paste before the pane opened). */
    fillZeros: () => {
      for (const s of planLayout("2021").sheets) {
        if (!["t2", "t3", "t4"].includes(s.role)) continue;
        const sheet = m.sheetOrThrow(s.name);
        for (const c of s.cells) {
          if (c.role !== "input") continue;
          const a = parseArea(c.address);
          if (m.isEmpty(sheet, a.row, a.col)) m.write(sheet, a.row, a.col, 0, false);
        }
      }
    },
  };
}

if (w.__xxgkChrome87 !== false) chrome87();
const parentApp = window.parent !== window ? (window.parent as unknown as Win).Application : undefined;
if (parentApp) {
  w.Application = parentApp;
  w.wps = parentApp;
} else if (window.location.pathname.endsWith("/index.html")) {
  top();
}
