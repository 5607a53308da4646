// The host seam (src/host/types.ts) over Office.js: each step is one Excel.run batch (a batch cannot
// outlive one step) built from the existing src/excel functions. `excelRun` is src/excel/run.ts's
// wrapper of Excel.run, injected, so the test fake can stand behind it. Only the batches that write
// data into watched sheets (layout, 汇总, 上年数据, 起草, the self-test's figures) are marked as the
// add-in's own, so live checking ignores their echo; a check writes fills (no onChanged) and the
// notes sheet (not watched), so a clerk's edit during a check is heard. Each context.sync() is
// counted for roundTrips(), which the self-test and the bench compare with their budgets.
import type { DocSettings } from "../addin/doc-settings";
import type { Lang } from "../i18n";
import { createOwnWrites } from "../host/own-writes";
import { SYNC_BUDGET } from "../host/sync-budget";
import type { HostCapabilities, ReportHost } from "../host/types";
import { narrow } from "./api";
import { applyLayout } from "./apply-plan";
import type { ApplyOptions } from "./apply-plan";
import { checkWorkbook } from "./check-workbook";
import { watchSheets } from "./events";
import { saveExplanations } from "./explanations";
import { insertNarrative } from "./insert-text";
import { LADDER, ladderSentence, rungVersion, UNDOABLE_WRITES } from "./ladder";
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
  /** Batches that write data into watched sheets: their echo is the add-in's own. */
  const write = own.wrap(counting.run);
  /** Batches that read, paint (fills raise no onChanged) or write only the unwatched notes sheet. */
  const read = counting.run;
  const supports = opts.supports;
  const layoutOpts: Pick<ApplyOptions, "supports"> = supports ? { supports } : {};
  const readOpts = supports ? { supports } : {};
  const can = (v: string) => (supports ? supports(v) : true);
  const capabilities: HostCapabilities = {
    kind: "excel",
    validation: can("1.8"),
    print: can("1.9"),
    watch: can("1.7"),
    ownWritesTagged: tagged,
    roundTripUnit: "sync",
    layout: can(rungVersion("layout")),
    layoutNeeds: rungVersion("layout"),
    undoableWrites: supports ? supports(UNDOABLE_WRITES) : false,
    syncBudget: { layout: SYNC_BUDGET.layout, check: can("1.4") ? SYNC_BUDGET.check : SYNC_BUDGET.checkWithoutNullObjects },
  };
  // Watching is background work the pane starts and Excel's events restart (a sheet added during a
  // layout): it runs uncounted, so roundTrips() differences measure the step that asked for them.
  const background = excelRun;
  const watch = (onEdit: () => void): Promise<string[]> => {
    const heard = (args: unknown) => {
      if (!own.isOwn(args)) onEdit();
    };
    // A sheet added later (生成模板 from the ribbon runs in another runtime): watch it, then re-check,
    // unless the add-in's own layout in this pane added it (the pane re-checks after that anyway).
    const onSheetAdded = () =>
      void background((ctx) => watchSheets(ctx, watched, heard, readOpts))
        .then(() => {
          if (!own.isOwn({})) onEdit();
        })
        .catch(() => undefined); // the next edit or 校验 covers a failed re-watch
    return background((ctx) => watchSheets(ctx, watched, heard, { ...readOpts, onSheetAdded }));
  };
  return {
    capabilities: () => capabilities,
    layout: (request) => write((ctx) => applyLayout(ctx, { ...layoutOpts, ...request })),
    check: () => read((ctx) => checkWorkbook(ctx, lang, supports)),
    select: (refs) => read((ctx) => selectCells(ctx, refs)),
    saveExplanations: (list) => read((ctx) => saveExplanations(ctx, list)),
    readReport: () => read(async (ctx) => (await readReport(ctx, readOpts)).report),
    readYears: () =>
      read(async (ctx) => {
        const r = await readReport(ctx, readOpts);
        return { report: r.report, prior: r.prior ?? null };
      }),
    readAll: () =>
      read(async (ctx) => {
        const r = await readReport(ctx, readOpts);
        return { laidOut: r.laidOut, report: r.report, prior: r.prior ?? null, explanations: r.explanations };
      }),
    insertText: (name, place, text) => write((ctx) => insertNarrative(ctx, name, place, text, supports)),
    writeParts: (parts) => write((ctx) => writeParts(ctx, parts, lang, supports)),
    writePrior: (prior, format) => write((ctx) => writePriorFigures(ctx, prior, format)),
    writeValues: (writes) =>
      write(async (context) => {
        const ctx = narrow(context);
        for (const w of writes) ctx.workbook.worksheets.getItem(w.sheet).getRange(w.address).values = [[w.value]];
        await ctx.sync();
      }),
    sheetNames: () =>
      read(async (context) => {
        const ws = narrow(context).workbook.worksheets.load("items/name");
        await context.sync();
        return ws.items.map((w) => w.name);
      }),
    // Used ranges as null objects and the names collection: ExcelApi 1.4; below it the self-test
    // works on a workbook made by xxgk template and never asks.
    ...(can("1.4")
      ? {
          contents: () =>
            read(async (context) => {
              const ctx = narrow(context);
              const sheets = ctx.workbook.worksheets.load("items/name");
              const names = ctx.workbook.names.load("items/name");
              await ctx.sync();
              const used = sheets.items.map((w) => ({ name: w.name, range: w.getUsedRangeOrNullObject().load("address") }));
              await ctx.sync();
              return { filledSheet: used.find((u) => !u.range.isNullObject)?.name ?? null, definedName: names.items[0]?.name ?? null };
            }),
        }
      : {}),
    watch,
    ladder: () => (supports && LADDER.some((r) => !supports(r.version)) ? ladderSentence(supports, lang) : null),
    roundTrips: counting.count,
    settings: () => opts.settings ?? null,
  };
}
