// A strict in-memory Excel for host tests. `createFakeExcel()` gives the fake context (typed as the
// subset of Office.js the host uses), its model (for assertions and for playing the user), a fake
// `Office` global whose requirement-set check answers as the chosen host profile does, and `run`,
// which behaves like Excel.run (options such as delayForCellEdit, the final sync of queued work).
import type { XContext } from "../../src/excel/api";
import { FakeContext } from "./context";
import type { FakeRunOptions } from "./context";
import { PROFILES, profileSupports } from "./profiles";
import type { HostProfile, ProfileName } from "./profiles";
import { FakeWorkbook } from "./proxies-workbook";
import { WorkbookModel } from "./workbook-model";

export { WorkbookModel } from "./workbook-model";
export { FakeContext } from "./context";
export type { FakeRunOptions } from "./context";

export interface FakeExcelOptions {
  /** The host the workbook is open in (profiles.ts); default Office 2019 retail (ExcelApi 1.8). */
  profile?: ProfileName;
  /** Overrides the profile's ExcelApi version ("1.8", "1.9"…), for tests about one version. */
  apiVersion?: string;
  firstSheet?: string;
  /** Opens an existing workbook (one laid out under another profile) instead of a new one. */
  model?: WorkbookModel;
}

export type FakeRequestContext = FakeContext & XContext & { readonly workbook: FakeWorkbook };

export interface FakeOffice {
  context: { requirements: { isSetSupported(name: string, minVersion?: string | number): boolean } };
}

export interface FakeExcel {
  context: FakeRequestContext;
  model: WorkbookModel;
  office: FakeOffice;
  profile: HostProfile;
  /** A fresh context on the same workbook (each pane action runs in its own Excel.run). */
  newContext(options?: FakeRunOptions): FakeRequestContext;
  /** Excel.run(options?, batch): a fresh context, and the final ctx.sync() office.js adds after a batch that succeeded. */
  run<T>(batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(options: FakeRunOptions, batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T>;
  /** The one place the fake poses as the real thing (see adapter.ts). */
  readonly apiVersion: string;
}

export function createFakeExcel(opts: FakeExcelOptions = {}): FakeExcel {
  const base = PROFILES[opts.profile ?? "office2019-retail"];
  const profile: HostProfile = opts.apiVersion ? { ...base, sets: { ...base.sets, ExcelApi: opts.apiVersion } } : base;
  const apiVersion = profile.sets.ExcelApi ?? "1.1";
  const model = opts.model ?? new WorkbookModel(opts.firstSheet ?? "Sheet1");
  model.profile = profile;
  const newContext = (options: FakeRunOptions = {}): FakeRequestContext => {
    const ctx = new FakeContext(model, apiVersion, options);
    return Object.assign(ctx, { workbook: new FakeWorkbook(ctx) });
  };
  const context = newContext();
  const office: FakeOffice = {
    context: { requirements: { isSetSupported: (name, minVersion) => profileSupports(profile, name, minVersion) } },
  };
  async function run<T>(a: FakeRunOptions | ((ctx: FakeRequestContext) => Promise<T>), b?: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
    const [options, batch] = typeof a === "function" ? [{}, a] : [a, b!];
    const ctx = newContext(options);
    const out = await batch(ctx);
    // office.js ClientRequestContext._runCommon: once the batch's promise resolves it returns
    // `ctx.sync(result)` — always, whether or not work is queued, and through the context's own
    // sync property (so a wrapper that counts syncs counts this one). A rejected batch gets none.
    await ctx.sync();
    return out;
  }
  return { context, model, office, profile, newContext, run, apiVersion };
}
