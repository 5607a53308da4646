// A fake office.js for the browser tests: the page's <script src=".../office.js"> is answered with
// this bundle. It exposes what the pane and the commands use — Office.onReady, context (display
// language, platform, diagnostics, requirement sets, document settings), Excel.run — over the strict
// in-memory workbook of tests/fake-excel, as the host profile `__fakeOfficeConfig.profile` (default
// Office 2019 retail) answers, and a hook (window.__fakeHost) for the test to play the clerk and look
// at the sheet. As real Excel does, every batch of the add-in is followed by Worksheet.onChanged on
// the report's sheet (the echo of its own writes), so live checking must tell it from the clerk's.
import { applyLayout } from "../../../src/excel/apply-plan";
import { installNormalize } from "../../../src/webview/normalize-lite";
import { readReport } from "../../../src/excel/read-report";
import { planLayout } from "../../../src/layout/plan";
import { areaA1, parseArea } from "../../fake-excel/address";
import { asExcel } from "../../fake-excel/adapter";
import { changedEvents, typeAndNotify } from "../../fake-excel/events";
import { createFakeExcel } from "../../fake-excel";
import { PROFILES, profileSupports } from "../../fake-excel/profiles";
import type { ProfileName } from "../../fake-excel/profiles";
import { shown, typeInto } from "../../fake-excel/structure";
import { WRITE_WINDOW_MS } from "../../../src/host/own-writes";

interface Config {
  displayLanguage?: string;
  profile?: ProfileName;
  /** What onReady reports as the host: null plays a plain browser (default "Excel"). */
  host?: string | null;
  /** Open a report workbook as `xxgk template` makes it (laid out on a modern host, the same shape:
   *  tests/excel/same-shape.test.ts), for the rungs that cannot lay out (Office 2016, ExcelApi 1.1). */
  template?: boolean;
}
const w = window as unknown as Record<string, unknown>;
const config = (w.__fakeOfficeConfig as Config | undefined) ?? {};
const profile = PROFILES[config.profile ?? "office2019-retail"];
const template = config.template ? templateWorkbook() : null;
const fx = createFakeExcel({ profile: profile.name, ...(template ? { model: template.model } : {}) });

/** The profile's ExcelApi: the test's own reads use only what this host has, as the add-in does. */
function apiSupports(v: string): boolean {
  return profileSupports(profile, "ExcelApi", v);
}

/** A workbook laid out on a modern host; onReady answers once the layout has finished. The layout
 *  runs here, in the page, before the pane's scripts: where the webview lacks String.prototype.normalize
 *  (Trident) the pane's own stand-in is lent for the layout and taken back, so the pane's bundle is
 *  still tested for bringing its own. */
function templateWorkbook() {
  const maker = createFakeExcel({ profile: "m365" });
  const proto = String.prototype as unknown as { normalize?: unknown };
  const lent = typeof proto.normalize !== "function";
  if (lent) installNormalize(proto);
  const done = maker
    .run((ctx) => applyLayout(asExcel(ctx), { format: "2021", year: 2024, agency: "某区教育局", supports: () => true }))
    .then(() => {
      if (lent) delete proto.normalize;
    });
  return { model: maker.model, done };
}
const settings = new Map<string, unknown>();
/** URLs the add-in asked Office to open in the system browser (Office.context.ui.openBrowserWindow). */
const browserWindows: string[] = [];
// OpenBrowserWindowApi 1.1 (Microsoft's "Open Browser Window API requirement sets": Office on Mac 16.0,
// Windows retail/M365 from 1810, Office 2021 volume-licensed from 2108; not Office on the web). Here
// for the Mac profile, whose webview ignores downloads; to move into tests/fake-excel/profiles.ts.
const EXTRA_SETS: Record<string, string> = profile.platform === "Mac" ? { OpenBrowserWindowApi: "1.1" } : {};
const T3 = "表三 依申请公开";
let runs = 0;
let lastRunEnd = 0;

/** Excel's echo of the add-in's writes: onChanged on the sheet after the batch (A1 re-typed as it is). */
function echo(): void {
  if (!fx.model.sheets.some((s) => s.name === T3)) return;
  typeAndNotify(fx.model, T3, "A1", [[shown(fx.model, "A1", T3)]]);
}

/** The clerk does not type within the add-in's write window (a person is not that fast; see own-writes.ts). */
async function clerkPause(): Promise<void> {
  const wait = lastRunEnd + WRITE_WINDOW_MS + 50 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

w.Office = {
  onReady(callback?: (info: { host: string | null; platform: string | null }) => void) {
    const info = config.host === undefined ? { host: "Excel", platform: profile.platform } : { host: config.host, platform: null };
    return new Promise((resolve) =>
      // The template workbook (config.template) is open before the add-in hears that Office is ready.
      void Promise.resolve(template?.done).then(() =>
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0),
      ),
    );
  },
  context: {
    displayLanguage: config.displayLanguage ?? "zh-CN",
    platform: profile.platform,
    diagnostics: { version: profile.version, platform: profile.platform, host: "Excel" },
    requirements: {
      isSetSupported: (name: string, v?: string | number) =>
        name in EXTRA_SETS ? profileSupports({ ...profile, sets: { ...profile.sets, ...EXTRA_SETS } }, name, v) : profileSupports(profile, name, v),
    },
    ui: {
      openBrowserWindow: (url: string) => void browserWindows.push(url),
    },
    document: {
      settings: {
        get: (name: string) => (settings.has(name) ? settings.get(name) : null),
        set: (name: string, value: unknown) => void settings.set(name, value),
        remove: (name: string) => void settings.delete(name),
        saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
      },
    },
  },
};

w.Excel = {
  // Each batch gets a fresh context on the same workbook, as Excel.run does; run(options, batch) too,
  // with office.js's final ctx.sync() after it (fx.run). Excel's late echo follows only a batch that
  // changed data on the report's sheet: fills, reads and the notes sheet raise no onChanged there
  // (excel-add-ins-events.md).
  run: async <T>(a: unknown, b?: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const batch = (typeof a === "function" ? a : b) as (ctx: Excel.RequestContext) => Promise<T>;
    const options = (typeof a === "function" ? {} : a) as { delayForCellEdit?: boolean };
    runs++;
    const onT3 = () => changedEvents(fx.model).filter((e) => e.worksheetId === fx.model.sheet(T3)?.id).length;
    const before = onT3();
    let wrote = false;
    try {
      return await fx.run(options, (ctx) => batch(asExcel(ctx)));
    } finally {
      wrote = onT3() > before;
      lastRunEnd = Date.now();
      if (wrote) setTimeout(echo, 20);
    }
  },
};

w.__fakeHost = {
  /** Types as the clerk would and raises Worksheet.onChanged. */
  type: async (sheet: string, address: string, value: string | number) => {
    await clerkPause();
    typeAndNotify(fx.model, sheet, address, [[value]]);
  },
  /** Types without raising events (setting up a workbook before the pane opens). */
  typeQuietly: (sheet: string, address: string, value: string | number) => typeInto(fx.model, address, [[value]], sheet),
  shown: (sheet: string, address: string) => shown(fx.model, address, sheet),
  /** A cell's fill, as the add-in's highlights paint it. */
  fill: (sheet: string, address: string) => {
    const a = parseArea(address);
    return fx.model.sheetOrThrow(sheet).cells.get(`${a.row},${a.col}`)?.style.fill ?? null;
  },
  selection: () => {
    const s = fx.model.selection;
    return s ? { sheet: s.sheet.name, address: areaA1(s.area), active: fx.model.activeSheet?.name ?? null } : null;
  },
  sheets: () => fx.model.sheets.map((s) => s.name),
  /** Where a defined name points (the narrative cells have no canonical key), or null. */
  nameAt: (name: string) => {
    const n = fx.model.names.get(name.toLowerCase());
    return n?.sheet && n.area ? { sheet: n.sheet.name, address: areaA1(n.area) } : null;
  },
  /** Where each canonical key lives, read the way the add-in reads it. */
  refs: async () => (await readReport(asExcel(fx.newContext()), { supports: apiSupports })).report.refs ?? {},
  /** The cell of last year's figure `key` on the 上年数据 sheet, as the 2021 plan lays it out. */
  priorAddress: (key: string) => planLayout("2021").sheets.find((s) => s.role === "prior")?.cells.find((c) => c.key === key)?.address ?? null,
  /** Fills every blank input cell of the three tables with 0, as a clerk with a quiet year would;
   *  cells holding formulas (the totals) are left alone. */
  fillZeros: async () => {
    const refs = (await readReport(asExcel(fx.newContext()), { supports: apiSupports })).report.refs ?? {};
    for (const [key, ref] of Object.entries(refs)) {
      if (!/^t[234]\./.test(key)) continue;
      const a = parseArea(ref.address);
      const cell = fx.model.sheetOrThrow(ref.sheet).cells.get(`${a.row},${a.col}`);
      if (cell?.formula === undefined && (cell?.value ?? null) === null) typeInto(fx.model, ref.address, [[0]], ref.sheet);
    }
  },
  /** Ctrl+Z as the clerk presses it: false when the undo stack is empty. */
  undo: () => fx.model.undo(),
  /** Excel.run batches so far (a check is one): the live-check tests count them. */
  runs: () => runs,
  profile: () => profile.name,
  /** What the add-in opened in the system browser. */
  browserWindows: () => browserWindows.slice(),
  settings: () => Object.fromEntries(settings),
};
