// A strict in-memory Excel for host tests. `createFakeExcel()` gives the fake context (typed as the
// subset of Office.js the host uses), its model (for assertions and for playing the user), and a fake
// `Office` global whose requirement-set check answers for the configured ExcelApi version.
import type { XContext } from "../../src/excel/api";
import { FakeContext } from "./context";
import { FakeWorkbook } from "./proxies-workbook";
import { WorkbookModel } from "./workbook-model";

export { WorkbookModel } from "./workbook-model";
export { FakeContext } from "./context";

export interface FakeExcelOptions {
  /** ExcelApi version the fake host supports: "1.8" is Office 2019 (the default), "1.9"+ newer. */
  apiVersion?: string;
  firstSheet?: string;
}

export type FakeRequestContext = FakeContext & XContext & { readonly workbook: FakeWorkbook };

export interface FakeOffice {
  context: { requirements: { isSetSupported(name: string, minVersion?: string | number): boolean } };
}

export interface FakeExcel {
  context: FakeRequestContext;
  model: WorkbookModel;
  office: FakeOffice;
  /** A fresh context on the same workbook (each pane action runs in its own Excel.run). */
  newContext(): FakeRequestContext;
  /** The one place the fake poses as the real thing (see adapter.ts). */
  readonly apiVersion: string;
}

export function createFakeExcel(opts: FakeExcelOptions = {}): FakeExcel {
  const apiVersion = opts.apiVersion ?? "1.8";
  const model = new WorkbookModel(opts.firstSheet ?? "Sheet1");
  const newContext = (): FakeRequestContext => {
    const ctx = new FakeContext(model, apiVersion);
    return Object.assign(ctx, { workbook: new FakeWorkbook(ctx) });
  };
  const context = newContext();
  const office: FakeOffice = {
    context: {
      requirements: {
        isSetSupported: (name, minVersion) => name === "ExcelApi" && context.supports(String(minVersion ?? "1.1")),
      },
    },
  };
  return { context, model, office, newContext, apiVersion };
}
