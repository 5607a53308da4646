// A strict in-memory WPS 表格 (ET) for host tests, written from et-jsapi-declare's types and the
// notes in ../shared/notes/wps-and-china-deployment.md. Synchronous like ET; 1-based; Value2 as a
// scalar or a 2-D array; BGR colours; enum values as numbers (no `Et` object exists at run time:
// a host that spells `Et.…` fails here as it would in WPS); Protect() refusing writes to locked cells
// and formatting unless allowed; SheetChange raised for every content write, the add-in's own
// included. Its state is the Office fake's WorkbookModel, so one contract suite compares both hosts.
// Profiles: "et" (properties as properties) and "methods" (every property read is a zero-argument
// method, as some WPS builds expose them).
import { WorkbookModel } from "../fake-excel/workbook-model";
import type { SheetModel } from "../fake-excel/workbook-model";
import { FakeEtRange } from "./ranges";
import type { EtHost } from "./ranges";
import { FakeEtSheet, FakeEtWorkbook } from "./sheets";
import type { SheetChange } from "./sheets";
import { parseArea } from "../fake-excel/address";

export type WpsProfile = "et" | "methods";

export interface FakeWps {
  /** What WPS puts behind window.Application / window.wps (typed loosely: the host narrows it). */
  app: unknown;
  model: WorkbookModel;
  /** Every SheetChange raised, as "sheet!A1:B2", in order. */
  changes: string[];
  /** The clerk types `value` into `address` of `sheet`: written, then SheetChange raised. */
  typeIn(sheet: string, address: string, value: string | number): void;
}

export function createFakeWps(opts: { profile?: WpsProfile; firstSheet?: string } = {}): FakeWps {
  const model = new WorkbookModel(opts.firstSheet ?? "Sheet1");
  const listeners: SheetChange[] = [];
  const changes: string[] = [];
  const objects = new Map<SheetModel, FakeEtSheet>();
  const host: EtHost = {
    model,
    sheetObject(s) {
      let o = objects.get(s);
      if (!o) objects.set(s, (o = new FakeEtSheet(host, s)));
      return o;
    },
    changed(s, area) {
      const r = new FakeEtRange(host, s, area);
      changes.push(`${s.name}!${r.Address(false, false)}`);
      for (const l of [...listeners]) l(host.sheetObject(s), r);
    },
  };
  const workbook = new FakeEtWorkbook(host);
  const app = {
    get ActiveWorkbook() {
      return workbook;
    },
    get ActiveSheet() {
      return model.activeSheet ? host.sheetObject(model.activeSheet) : null;
    },
    get Worksheets() {
      return workbook.Worksheets;
    },
    ApiEvent: {
      AddApiEventListener(name: string, callback: SheetChange | string) {
        if (name !== "SheetChange") throw new Error(`the fake raises SheetChange only, not ${name}`);
        if (typeof callback !== "function") throw new Error("the fake takes a function callback");
        listeners.push(callback);
      },
    },
    PluginStorage: new Map<string, string>(),
  };
  const typeIn = (sheet: string, address: string, value: string | number) => {
    const s = model.sheetOrThrow(sheet);
    const area = parseArea(address);
    const c = model.cell(s, area.row, area.col);
    if (s.protected && c.style.locked) throw new Error(`${sheet}!${address} is locked`);
    model.recordUndo(s, [{ row: area.row, col: area.col }]);
    model.write(s, area.row, area.col, value, false);
    host.changed(s, area);
  };
  return { app: opts.profile === "methods" ? asMethods(app) : app, model, changes, typeIn };
}

/** Every property read becomes a zero-argument method returning what the property holds (wrapped the
 *  same way); assignments still assign. Methods stay methods. */
function asMethods<T extends object>(root: T): T {
  const cache = new WeakMap<object, object>();
  const wrap = (v: unknown): unknown => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v; // Value2's arrays are plain data
    const seen = cache.get(v);
    if (seen) return seen;
    const p = new Proxy(v, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (typeof value === "function") return (...args: unknown[]) => wrap((value as (...a: unknown[]) => unknown).apply(target, args.map(unwrap)));
        if (typeof key === "symbol") return value;
        return () => wrap(value);
      },
      set(target, key, value) {
        return Reflect.set(target, key, unwrap(value), target);
      },
    });
    cache.set(v, p);
    raw.set(p, v);
    return p;
  };
  const raw = new WeakMap<object, object>();
  const unwrap = (v: unknown): unknown => (v && typeof v === "object" ? raw.get(v) ?? v : v);
  return wrap(root) as T;
}
