// A fake office.js for the browser tests: the page's <script src=".../office.js"> is answered with
// this bundle. It exposes what the pane and the commands use — Office.onReady, context (display
// language, requirement sets, document settings), Excel.run — over the strict in-memory workbook of
// tests/fake-excel, and a hook (window.__fakeHost) for the test to play the clerk and look at the sheet.
import { readReport } from "../../../src/excel/read-report";
import { planLayout } from "../../../src/layout/plan";
import { areaA1, parseArea } from "../../fake-excel/address";
import { asExcel } from "../../fake-excel/adapter";
import { typeAndNotify } from "../../fake-excel/events";
import { createFakeExcel } from "../../fake-excel";
import { shown, typeInto } from "../../fake-excel/structure";

interface Config {
  displayLanguage?: string;
}
const w = window as unknown as Record<string, unknown>;
const config = (w.__fakeOfficeConfig as Config | undefined) ?? {};
const fx = createFakeExcel({ apiVersion: "1.8" });
const settings = new Map<string, unknown>();
let runs = 0;

w.Office = {
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "PC" };
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
  context: {
    displayLanguage: config.displayLanguage ?? "zh-CN",
    requirements: fx.office.context.requirements,
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
  // Each batch gets a fresh context on the same workbook, as Excel.run does.
  run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    runs++;
    return batch(asExcel(fx.newContext()));
  },
};

w.__fakeHost = {
  /** Types as the clerk would and raises Worksheet.onChanged. */
  type: (sheet: string, address: string, value: string | number) => typeAndNotify(fx.model, sheet, address, [[value]]),
  /** Types without raising events (setting up a workbook before the pane opens). */
  typeQuietly: (sheet: string, address: string, value: string | number) => typeInto(fx.model, address, [[value]], sheet),
  shown: (sheet: string, address: string) => shown(fx.model, address, sheet),
  selection: () => {
    const s = fx.model.selection;
    return s ? { sheet: s.sheet.name, address: areaA1(s.area), active: fx.model.activeSheet?.name ?? null } : null;
  },
  sheets: () => fx.model.sheets.map((s) => s.name),
  /** Where each canonical key lives, read the way the add-in reads it. */
  refs: async () => (await readReport(asExcel(fx.newContext()))).report.refs ?? {},
  /** The cell of last year's figure `key` on the 上年数据 sheet, as the 2021 plan lays it out. */
  priorAddress: (key: string) => planLayout("2021").sheets.find((s) => s.role === "prior")?.cells.find((c) => c.key === key)?.address ?? null,
  /** Fills every blank input cell of the three tables with 0, as a clerk with a quiet year would;
   *  cells holding formulas (the totals) are left alone. */
  fillZeros: async () => {
    const refs = (await readReport(asExcel(fx.newContext()))).report.refs ?? {};
    for (const [key, ref] of Object.entries(refs)) {
      if (!/^t[234]\./.test(key)) continue;
      const a = parseArea(ref.address);
      const cell = fx.model.sheetOrThrow(ref.sheet).cells.get(`${a.row},${a.col}`);
      if (cell?.formula === undefined && (cell?.value ?? null) === null) typeInto(fx.model, ref.address, [[0]], ref.sheet);
    }
  },
  runs: () => runs,
  settings: () => Object.fromEntries(settings),
};
