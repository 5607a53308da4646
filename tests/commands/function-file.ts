// A fake function-file loader that behaves as desktop office.js does for ExecuteFunction buttons: it
// loads the function file (commands.ts) into a page whose `Office` global answers for a host
// profile, and dispatches a ribbon click only once the page has called Office.onReady or set
// Office.initialize. Desktop Office gives up after its wait ("Office.js has not fully loaded") and
// never runs the function; here a click before that is an error, so a file that forgets Office.onReady
// fails its test. Excel.run is the strict fake workbook.
import { createFakeExcel } from "../fake-excel";
import type { FakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import { PROFILES, profileSupports } from "../fake-excel/profiles";
import type { ProfileName } from "../fake-excel/profiles";

type CommandFn = (event: { completed(): void }) => unknown;

export interface LoadedFunctionFile {
  fx: FakeExcel;
  settings: Map<string, unknown>;
  /** True once the file called Office.onReady or set Office.initialize. */
  ready(): boolean;
  /** A click on the ribbon button whose ExecuteFunction is `name`; resolves when event.completed() was called. */
  click(name: string): Promise<void>;
  /** The names the file associated through Office.actions. */
  associated(): string[];
  /** Calls of Office.addin.showAsTaskpane (the host offers it wherever it has a shared runtime). */
  shownPane(): number;
  unload(): void;
}

export async function loadFunctionFile(profileName: ProfileName = "m365", opts: { fx?: FakeExcel } = {}): Promise<LoadedFunctionFile> {
  const profile = PROFILES[profileName];
  if (!profile.addinCommands) throw new Error(`${profile.label} shows no add-in commands: the function file is never loaded there`);
  const fx = opts.fx ?? createFakeExcel({ apiVersion: profile.sets.ExcelApi });
  const settings = new Map<string, unknown>();
  const actions = new Map<string, CommandFn>();
  let ready = false;
  let shown = 0;
  const office = {
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      ready = true;
      const info = { host: "Excel", platform: profile.platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    set initialize(_fn: unknown) {
      ready = true;
    },
    actions: profileSupports(profile, "SharedRuntime") ? { associate: (name: string, fn: CommandFn) => void actions.set(name, fn) } : undefined,
    addin: profileSupports(profile, "SharedRuntime") ? { showAsTaskpane: () => Promise.resolve(void shown++) } : undefined,
    context: {
      displayLanguage: "zh-CN",
      platform: profile.platform,
      diagnostics: { version: profile.version, platform: profile.platform, host: "Excel" },
      requirements: { isSetSupported: (name: string, v?: string | number) => profileSupports(profile, name, v) },
      document: {
        settings: {
          get: (k: string) => settings.get(k) ?? null,
          set: (k: string, v: unknown) => void settings.set(k, v),
          remove: (k: string) => void settings.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
        },
      },
    },
  };
  const excel = {
    // Excel.run(batch) and Excel.run(options, batch).
    run: <T>(a: unknown, b?: (ctx: Excel.RequestContext) => Promise<T>) => {
      const batch = (typeof a === "function" ? a : b) as (ctx: Excel.RequestContext) => Promise<T>;
      return batch(asExcel(fx.newContext()));
    },
  };
  const g = globalThis as unknown as Record<string, unknown>;
  const before = { Office: g.Office, Excel: g.Excel };
  g.Office = office;
  g.Excel = excel;
  // A fresh module registry: the file runs its load-time code again, as a freshly loaded page does.
  jest.resetModules();
  await import("../../src/commands/commands");
  const globals: Record<string, unknown> = { layoutReport: g.layoutReport, checkReport: g.checkReport };
  return {
    fx,
    settings,
    ready: () => ready,
    associated: () => [...actions.keys()],
    shownPane: () => shown,
    async click(name) {
      if (!ready) throw new Error("Office.js has not fully loaded. Your app must call \"Office.onReady()\" as part of it's loading sequence");
      // Office 2019 looks the name up on the page's global object; newer hosts through Office.actions.
      const fn = actions.get(name) ?? (globals[name] as CommandFn | undefined);
      if (!fn) throw new Error(`no function ${name} in the function file`);
      await new Promise<void>((resolve) => void fn({ completed: resolve }));
    },
    unload() {
      g.Office = before.Office;
      g.Excel = before.Excel;
    },
  };
}
