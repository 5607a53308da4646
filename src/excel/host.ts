// The host seam (src/host/types.ts) over Office.js: each step is one Excel.run batch (a batch cannot
// outlive one step) built from the existing src/excel functions. `excelRun` is src/excel/run.ts's
// wrapper of Excel.run, injected, so the test fake can stand behind it. Every batch is marked as
// the add-in's own, so live checking ignores its echo; each context.sync() is counted for
// roundTrips(), which the self-test and the bench compare with their budgets.
import type { DocSettings } from "../addin/doc-settings";
import type { Lang } from "../i18n";
import { createOwnWrites } from "../host/own-writes";
import type { HostCapabilities, ReportHost } from "../host/types";
import { narrow } from "./api";
import { applyLayout } from "./apply-plan";
import type { ApplyOptions } from "./apply-plan";
import { checkWorkbook } from "./check-workbook";
import { watchSheets } from "./events";
import { saveExplanations } from "./explanations";
import { insertNarrative } from "./insert-text";
import { writePriorFigures } from "./prior";
import { readReport } from "./read-report";
import type { ExcelRun } from "./run";
import { selectCells } from "./select";
import { writeParts } from "./write-parts";

export interface ExcelHostOptions extends Pick<ApplyOptions, "supports"> {
  /** For the own-writes window; Date.now by default. */
  now?: () => number;
  /** Office.context.document.settings, where there is one. */
  settings?: DocSettings | null;
}

/** Counts context.sync() calls of every batch `run` runs. */
function countingRun(run: ExcelRun): { run: ExcelRun; count: () => number } {
  let syncs = 0;
  const counted: ExcelRun = (batch) =>
    run((ctx) => {
      const sync = ctx.sync.bind(ctx);
      // Own property over the prototype's method: every caller in the batch goes through it.
      ctx.sync = (<V>(pass?: V) => {
        syncs++;
        return sync(pass);
      }) as typeof ctx.sync;
      return batch(ctx);
    });
  return { run: counted, count: () => syncs };
}

export function excelHost(excelRun: ExcelRun, lang: Lang, opts: ExcelHostOptions = {}): ReportHost {
  const watched = new Set<string>();
  // Without `supports` (the pane's default), a triggerSource Excel hands over is trusted as it is.
  const tagged = opts.supports ? opts.supports("1.14") : true;
  const own = createOwnWrites<Excel.RequestContext>({ triggerSource: tagged, now: opts.now ?? (() => Date.now()) });
  const counting = countingRun(excelRun);
  const run = own.wrap(counting.run);
  const layoutOpts: Pick<ApplyOptions, "supports"> = opts.supports ? { supports: opts.supports } : {};
  const can = (v: string) => (opts.supports ? opts.supports(v) : true);
  const capabilities: HostCapabilities = {
    kind: "excel",
    validation: can("1.8"),
    print: can("1.9"),
    watch: can("1.7"),
    ownWritesTagged: tagged,
    roundTripUnit: "sync",
  };
  return {
    capabilities: () => capabilities,
    layout: (request) => run((ctx) => applyLayout(ctx, { ...layoutOpts, ...request })),
    check: () => run((ctx) => checkWorkbook(ctx, lang)),
    select: (refs) => run((ctx) => selectCells(ctx, refs)),
    saveExplanations: (list) => run((ctx) => saveExplanations(ctx, list)),
    readReport: () => run(async (ctx) => (await readReport(ctx)).report),
    readYears: () =>
      run(async (ctx) => {
        const r = await readReport(ctx);
        return { report: r.report, prior: r.prior ?? null };
      }),
    readAll: () =>
      run(async (ctx) => {
        const r = await readReport(ctx);
        return { report: r.report, prior: r.prior ?? null, explanations: r.explanations };
      }),
    insertText: (name, place, text) => run((ctx) => insertNarrative(ctx, name, place, text)),
    writeParts: (parts) => run((ctx) => writeParts(ctx, parts, lang)),
    writePrior: (prior, format) => run((ctx) => writePriorFigures(ctx, prior, format)),
    writeValues: (writes) =>
      run(async (context) => {
        const ctx = narrow(context);
        for (const w of writes) ctx.workbook.worksheets.getItem(w.sheet).getRange(w.address).values = [[w.value]];
        await ctx.sync();
      }),
    sheetNames: () =>
      run(async (context) => {
        const ws = narrow(context).workbook.worksheets.load("items/name");
        await context.sync();
        return ws.items.map((w) => w.name);
      }),
    watch: (onEdit) =>
      run((ctx) =>
        watchSheets(ctx, watched, (args) => {
          if (!own.isOwn(args)) onEdit();
        }),
      ),
    roundTrips: counting.count,
    settings: () => opts.settings ?? null,
  };
}
