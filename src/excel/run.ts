// The one way the add-in enters Excel.run. While the clerk is typing in a cell, Excel refuses a batch
// unless it was started with `delayForCellEdit: true`, in which case Excel holds it until the edit
// ends. office.js forwards that option only where isSetSupported("DelayForCellEdit") (its
// onBeforeExcelRun), so that set — not an ExcelApi version — decides: where it is supported the
// option is passed; elsewhere a refused batch is retried quietly with growing pauses, so a live check
// that lands mid-typing still delivers its result instead of an error banner. A refused batch ran
// nothing (Excel rejects it at its first sync), so running it again is safe.
//
// The refusal's code: the ErrorCodes enum has InvalidOperationInCellEditMode; Microsoft's how-to
// ("Delay execution while cell is being edited") says the batch fails with `InvalidOperation`. Both
// are taken as a refusal — the general one only when the batch's first sync failed, since an
// InvalidOperation later in a batch is a real error (the batch did run).
import { officeSetSupport } from "./requirements";
import type { SetSupport } from "./requirements";

/** Excel.run as the pane and the ribbon use it: one batch, its result. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface RunOptions {
  delayForCellEdit?: boolean;
}

/** Excel.run itself, with options (null: the one-argument form, for hosts that cannot delay). */
export type RawExcelRun = <T>(options: RunOptions | null, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const CELL_EDIT_CODE = "InvalidOperationInCellEditMode";
/** What Microsoft's how-to names the refusal. */
export const CELL_EDIT_DOC_CODE = "InvalidOperation";
/** The set office.js asks before it sends delayForCellEdit. */
export const DELAY_SET = "DelayForCellEdit";

/** Pauses before each retry (ms): about 8 s in all, then the error reaches the clerk as a sentence. */
export const CELL_EDIT_RETRY_MS: readonly number[] = [250, 500, 1000, 2000, 4000];

export interface ExcelRunDeps {
  raw: RawExcelRun;
  /** isSetSupported for any set; defaults to Office.context.requirements. */
  sets?: SetSupport;
  sleep?: (ms: number) => Promise<void>;
  retryMs?: readonly number[];
}

const codeOf = (e: unknown): unknown => (e && typeof e === "object" ? (e as { code?: unknown }).code : undefined);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createExcelRun(d: ExcelRunDeps): ExcelRun {
  if ((d.sets ?? officeSetSupport)(DELAY_SET)) return (batch) => d.raw({ delayForCellEdit: true }, batch);
  const sleep = d.sleep ?? realSleep;
  const pauses = d.retryMs ?? CELL_EDIT_RETRY_MS;
  return async (batch) => {
    for (let attempt = 0; ; attempt++) {
      let synced = false;
      try {
        return await d.raw(null, (ctx) => {
          // Own property over the prototype's method: learns whether any sync of the batch got through.
          const sync = ctx.sync.bind(ctx);
          ctx.sync = (<V>(pass?: V) => sync(pass).then((v) => ((synced = true), v))) as typeof ctx.sync;
          return batch(ctx);
        });
      } catch (e) {
        const code = codeOf(e);
        const refused = code === CELL_EDIT_CODE || (code === CELL_EDIT_DOC_CODE && !synced);
        if (!refused || attempt >= pauses.length) throw e;
        await sleep(pauses[attempt]);
      }
    }
  };
}

/** The real Excel.run behind RawExcelRun (the only Office global in this file, read at call time). */
export const officeExcelRun: RawExcelRun = (options, batch) => (options ? Excel.run(options, batch) : Excel.run(batch));
