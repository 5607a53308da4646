// The whole pane in jsdom over the strict fake workbook: the real PaneHost (actions.ts) with Excel.run
// played by fresh fake contexts, fake timers for the live-check debounce where a test wants them.
import { readFileSync } from "fs";
import { join } from "path";
import { paneHost } from "../../src/taskpane/actions";
import { excelHost } from "../../src/excel/host";
import type { PaneHost } from "../../src/taskpane/actions";
import type { ViewName } from "../../src/taskpane/view";
import type { Lang } from "../../src/i18n";
import { init } from "../../src/taskpane/init";
import { readEnvironment } from "../../src/selftest/environment";
import type { ClerkProbe } from "../../src/selftest/steps";
import { typeAndNotify } from "../fake-excel/events";
import type { Pane } from "../../src/taskpane/pane";
import type { DocSettings } from "../../src/addin/doc-settings";
import type { KeyValueStore } from "../../src/taskpane/prefs";
import { createFakeExcel } from "../fake-excel";
import type { FakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";

export interface Harness {
  fx: FakeExcel;
  pane: Pane;
  doc: Document;
  storage: Map<string, string>;
  settings: Map<string, unknown>;
}

export function loadPaneHtml(): void {
  const html = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");
  // Test-only: loading our own template into jsdom (the <%= %> placeholders and scripts are irrelevant).
  document.documentElement.innerHTML = html.replace(/<script[^>]*><\/script>/g, "").replace(/<link[^>]*>/g, "");
}

export interface StartOptions {
  lang?: Lang;
  fx?: FakeExcel;
  settings?: Map<string, unknown>;
  storage?: Map<string, string>;
  /** The view the pane opens in (the manifest's ?view=). */
  view?: ViewName;
  /** Wraps the real PaneHost (to count its steps, or to play Excel's answers to them). */
  wrapHost?: (host: PaneHost) => PaneHost;
}

export function startPane(opts: StartOptions = {}): Harness {
  loadPaneHtml();
  const fx = opts.fx ?? createFakeExcel({ apiVersion: "1.8" });
  const lang = opts.lang ?? "zh-CN";
  const storage = opts.storage ?? new Map<string, string>();
  const settings = opts.settings ?? new Map<string, unknown>();
  const store: KeyValueStore = { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) };
  const docSettings: DocSettings = {
    get: (k) => settings.get(k) ?? null,
    set: (k, v) => void settings.set(k, v),
    remove: (k) => void settings.delete(k),
    saveAsync: (cb) => cb?.({ status: "succeeded" }),
  };
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  const environment = () => readEnvironment(fx.office);
  const clerk = clerkOf(fx);
  const real = paneHost(excelHost((batch) => batch(asExcel(fx.newContext())), lang, { supports, settings: docSettings }), lang, { environment, ...(clerk ? { clerk } : {}) });
  const host = opts.wrapHost ? opts.wrapHost(real) : real;
  const pane = init(document, { lang, host, storage: store, settings: docSettings, now: () => new Date(2025, 0, 10, 9, 30), view: opts.view });
  return { fx, pane, doc: document, storage, settings };
}

/** The clerk for the self-test's Undo step, once the fake has an undo stack (model.undo). */
export function clerkOf(fx: FakeExcel): ClerkProbe | undefined {
  const m = fx.model as unknown as { undo?: () => unknown };
  if (typeof m.undo !== "function") return undefined;
  return {
    type: (sheet, address, value) => typeAndNotify(fx.model, sheet, address, [[value]]),
    undo: () => m.undo!() !== false,
  };
}

export const text = (sel: string): string => document.querySelector(sel)?.textContent ?? "";
export const click = (sel: string): void => (document.querySelector(sel) as HTMLElement).click();

/** Where each canonical key lives in the fake workbook, read as the add-in reads it. */
export async function refsOf(fx: FakeExcel): Promise<{ refs: Record<string, { sheet: string; address: string }>; prior: Record<string, { sheet: string; address: string }> }> {
  const { readReport } = await import("../../src/excel/read-report");
  const r = await readReport(asExcel(fx.newContext()));
  return { refs: r.report.refs ?? {}, prior: r.prior?.refs ?? {} };
}

/** Types into a form field the way a clerk does (value, then an input event). */
export function fill(sel: string, value: string): void {
  const input = document.querySelector<HTMLInputElement>(sel)!;
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

export function press(sel: string, key: string, init: KeyboardEventInit = {}): void {
  document.querySelector(sel)!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
}

/** 生成模板 on a workbook without a report: the 报告信息 form, filled and submitted with Enter. */
export async function layOutWithForm(h: Harness, info: { year?: string; agency?: string } = {}): Promise<void> {
  click("#layout-button");
  if (info.year !== undefined) fill("#info-year", info.year);
  fill("#info-agency", info.agency ?? "某区人社局");
  press("#info-agency", "Enter");
  await h.pane.idle();
}
