// Telling the add-in's own writes from the clerk's. Excel raises Worksheet.onChanged for every data
// write, the add-in's included (values and formulas; not fills or validation, which are format
// changes: excel-add-ins-events.md), so a live check that reacted to a layout's echo would re-check.
// - ExcelApi 1.14 says who wrote: `triggerSource` is "ThisLocalAddin" for our writes.
// - Older hosts do not: there an event raised while one of our data-writing batches runs, or within
//   a short window after it ends (Excel delivers events after the batch), is taken as ours. Only
//   those batches are wrapped (src/excel/host.ts): a check paints and writes the unwatched notes
//   sheet, so a clerk's edit during a check is heard. The price: an edit in the 0.3 s after a layout,
//   汇总 or import is not heard by itself (the next edit, or 校验, covers it). WPS's SheetChange says
//   nothing of who wrote, so there the same window applies.
/** A host's way of running one batch of work (Excel.run on Office; a synchronous call on WPS). */
export type BatchRun<C> = <T>(batch: (context: C) => Promise<T>) => Promise<T>;

/** Events arriving up to this long after our last batch ended are taken as its echo (no triggerSource). */
export const WRITE_WINDOW_MS = 300;

export interface OwnWrites<C> {
  /** `run` whose batches are known as the add-in's own while they run. */
  wrap(run: BatchRun<C>): BatchRun<C>;
  /** True when an onChanged event (its args as Excel hands them over) came from the add-in itself. */
  isOwn(args: unknown): boolean;
}

export interface OwnWritesOptions {
  /** ExcelApi 1.14 (WorksheetChangedEventArgs.triggerSource) is supported. */
  triggerSource: boolean;
  /** Milliseconds, monotonic enough for a window (Date.now in the pane). */
  now: () => number;
  windowMs?: number;
}

/** `C`: the context a host's batch receives (Excel's RequestContext; nothing on WPS). */
export function createOwnWrites<C = unknown>(opts: OwnWritesOptions): OwnWrites<C> {
  const windowMs = opts.windowMs ?? WRITE_WINDOW_MS;
  let running = 0;
  let lastEnd = -Infinity;
  return {
    wrap: (run) => async (batch) => {
      running++;
      try {
        return await run(batch);
      } finally {
        running--;
        lastEnd = opts.now();
      }
    },
    isOwn(args) {
      const source = args && typeof args === "object" ? (args as { triggerSource?: unknown }).triggerSource : undefined;
      if (opts.triggerSource && typeof source === "string") return source === "ThisLocalAddin";
      return running > 0 || opts.now() - lastEnd <= windowMs;
    },
  };
}
