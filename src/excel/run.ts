// The one way the add-in enters Excel.run. While the clerk is typing in a cell, Excel refuses a batch
// (InvalidOperationInCellEditMode) unless it was started with `delayForCellEdit: true` (ExcelApi
// 1.11), in which case Excel holds it until the edit ends. Where 1.11 is supported that option is
// passed; elsewhere (Office 2019, 2016) a refused batch is retried quietly with growing pauses, so a
// live check that lands mid-typing still delivers its result instead of an error banner. A refused
// batch ran nothing (Excel rejects it at its first sync), so running it again is safe.
import type { ApiSupport } from "./requirements";

/** Excel.run as the pane and the ribbon use it: one batch, its result. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface RunOptions {
  delayForCellEdit?: boolean;
}

/** Excel.run itself, with options (null: the one-argument form, for hosts older than ExcelApi 1.11). */
export type RawExcelRun = <T>(options: RunOptions | null, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const CELL_EDIT_CODE = "InvalidOperationInCellEditMode";

/** Pauses before each retry (ms): about 8 s in all, then the error reaches the clerk as a sentence. */
export const CELL_EDIT_RETRY_MS: readonly number[] = [250, 500, 1000, 2000, 4000];

export interface ExcelRunDeps {
  raw: RawExcelRun;
  supports: ApiSupport;
  sleep?: (ms: number) => Promise<void>;
  retryMs?: readonly number[];
}

const isCellEdit = (e: unknown): boolean => Boolean(e && typeof e === "object" && (e as { code?: unknown }).code === CELL_EDIT_CODE);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createExcelRun(d: ExcelRunDeps): ExcelRun {
  if (d.supports("1.11")) return (batch) => d.raw({ delayForCellEdit: true }, batch);
  const sleep = d.sleep ?? realSleep;
  const pauses = d.retryMs ?? CELL_EDIT_RETRY_MS;
  return async (batch) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await d.raw(null, batch);
      } catch (e) {
        if (!isCellEdit(e) || attempt >= pauses.length) throw e;
        await sleep(pauses[attempt]);
      }
    }
  };
}

/** The real Excel.run behind RawExcelRun (the only Office global in this file, read at call time). */
export const officeExcelRun: RawExcelRun = (options, batch) => (options ? Excel.run(options, batch) : Excel.run(batch));
