// Telling the add-in's own writes from the clerk's. Excel raises Worksheet.onChanged for every write,
// the add-in's included (values and formats: highlight fills, validation prompts), so a live check
// that reacted to them would check, paint, hear its own paint and check again, for ever.
// - ExcelApi 1.14 says who wrote: `triggerSource` is "ThisLocalAddin" for our writes.
// - Older hosts do not: there an event raised while one of our batches runs, or within a short
//   window after it ends (Excel delivers events after the batch), is taken as ours. The price: a
//   clerk's edit in those 0.3 s is not heard by itself (the next edit, or 校验, covers it); an echo
//   arriving later costs one more check, which writes nothing when the findings are the same.
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
