// A folder check over every core: files are handed to worker threads one at a time and their results
// given back in file order, so the text, --json, the progress bar and the summary come out exactly as
// a one-thread run gives them. One file, or no loadable worker script, is checked in this thread. How a worker finds its code in each way the CLI is shipped: workerScript below.
import { existsSync } from "fs";
import { availableParallelism } from "os";
import { join } from "path";
import { setFlagsFromString } from "v8";
import { Worker } from "worker_threads";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { checkFile } from "./batch-check";
import type { Checked } from "./batch-check";
import type { PriorSource } from "./batch-prior";
import type { BatchJob, BatchMessage, BatchWorkerData } from "./batch-thread";

/** One worker per core by default (a 2-core machine: 2). */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

// Results that may wait for a slower earlier file, per worker: bounds memory when one file is slow.
const AHEAD_PER_WORKER = 16;

/**
 * How far a thread's heap may grow past what survived its last full collection before the next one.
 * V8 lets it grow up to 4× on a machine with much memory; a worker's live objects are ~25 MB, but each
 * file leaves dead ones behind (inflated zip parts, a document's XML as one string: large objects, freed
 * only by a full collection), so its heap climbed to 90–105 MB before one — reached only after about
 * 1,000 files, which made the peak of 2,000 files 1.3× that of 200 though nothing was kept (measured
 * with v8.getHeapStatistics per 100 files; docs/perf.md). At 100% (twice the live objects) the peak of
 * 2,000 files stays within ~1.15× of 200's, for ~25 full collections instead of ~14 and ~8% more CPU
 * (50%: 55 collections, ~15% more CPU, no flatter). Process-wide (V8 has no per-isolate switch); V8
 * reads it at every collection, and a folder check is the process's whole job.
 */
export const HEAP_GROWING_PERCENT = 100;
export interface BatchRun {
  files: string[];
  source: PriorSource;
  lang: Lang;
  jobs: number;
  /** --no-ocr. */
  noOcr: boolean;
  /** Hears file `i`'s scanned page `page` of `pages` begin, from whichever thread reads it. */
  onPage?: (i: number, page: number, pages: number) => void;
}

/**
 * The script a worker thread runs, or null to check in this thread:
 * - the compiled CLI (lib/): batch-thread.js beside this file;
 * - one bundled script (esbuild/webpack of main): the bundle itself, __filename, whose batch-thread
 *   module serves when loaded as a worker (the bundle's entry must not run the CLI in a worker: see
 *   bin/xxgk.js, `isMainThread`);
 * - a Node single executable: the bundle's text from the executable's asset "xxgk.js" (node:sea),
 *   run with eval; without that asset, this thread.
 * Under ts-jest the sources are .ts, which a worker cannot load: this thread.
 */
export function workerScript(): { script: string; eval: boolean } | null {
  const sea = seaBundle();
  if (sea) return { script: sea, eval: true };
  const beside = join(__dirname, "batch-thread.js");
  if (existsSync(beside)) return { script: beside, eval: false };
  return __filename.endsWith(".js") ? { script: __filename, eval: false } : null;
}

function seaBundle(): string | null {
  try {
    const sea = process.getBuiltinModule("node:sea") as { isSea(): boolean; getAsset(key: string, encoding: string): string } | undefined;
    return sea?.isSea() ? sea.getAsset("xxgk.js", "utf8") : null;
  } catch {
    return null;
  }
}

/** Checks every file, calling `each` once per file in file order. */
export async function checkInOrder(run: BatchRun, each: (i: number, one: Checked) => void): Promise<void> {
  // --jobs 1 on a folder runs on one worker too: the main thread then only orders, prints and
  // spools, and a worker's heap, measured, stays flat over a long run where the main thread's grew
  // (2,000 files peaked 1.3× higher than 200 in one thread; on workers 1.04×, docs/perf.md).
  const script = run.files.length > 1 ? workerScript() : null;
  if (!script) {
    for (const [i, file] of run.files.entries()) {
      const onPage = run.onPage && ((page: number, pages: number) => run.onPage?.(i, page, pages));
      each(i, await checkFile(file, run.source, run.lang, { noOcr: run.noOcr, ...(onPage ? { onPage } : {}) }));
    }
    return;
  }
  await checkOnWorkers(run, Math.min(run.jobs, run.files.length), script, each);
}

function checkOnWorkers(run: BatchRun, n: number, script: { script: string; eval: boolean }, each: (i: number, one: Checked) => void): Promise<void> {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const { files } = run;
  const waiting = new Map<number, Checked>();
  const busy = new Map<Worker, number>();
  let nextJob = 0;
  let nextOut = 0;
  const window = AHEAD_PER_WORKER * n;
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    let over = false;
    const finish = (e?: unknown) => {
      if (over) return;
      over = true;
      for (const w of workers) void w.terminate();
      if (e) reject(e instanceof Error ? e : new Error(String(e)));
      else resolve();
    };
    const deliver = () => {
      try {
        for (let one = waiting.get(nextOut); one; one = waiting.get(nextOut)) {
          waiting.delete(nextOut);
          each(nextOut, one);
          nextOut++;
        }
      } catch (e) {
        finish(e);
        return;
      }
      if (nextOut === files.length) finish();
      else for (const w of workers) if (!busy.has(w)) give(w);
    };
    const give = (w: Worker) => {
      if (nextJob >= files.length || nextJob - nextOut >= window) return;
      const job: BatchJob = { i: nextJob++, file: files[nextJob - 1] };
      busy.set(w, job.i);
      w.postMessage(job);
    };
    const start = (): Worker => {
      const data: BatchWorkerData = { xxgkBatchWorker: true, source: run.source, lang: run.lang, noOcr: run.noOcr };
      const w = new Worker(script.script, { eval: script.eval, workerData: data, stdout: false, stderr: false });
      w.on("message", (done: BatchMessage) => {
        if (done.kind === "page") {
          // Only the file still being read is named: a page message that crossed its result is late.
          if (busy.get(w) === done.i) run.onPage?.(done.i, done.page, done.pages);
          return;
        }
        busy.delete(w);
        waiting.set(done.i, done.one);
        deliver();
      });
      // A worker that dies (out of its memory on one file): that file is unreadable, said in one
      // sentence, and a fresh worker takes the rest.
      w.on("exit", () => {
        const i = busy.get(w);
        if (over || i === undefined) return;
        busy.delete(w);
        workers.splice(workers.indexOf(w), 1);
        waiting.set(i, { json: { file: files[i], status: "unreadable", message: t(run.lang, "cli.batch.workerDied"), findings: [] }, findings: [] });
        const fresh = start();
        workers.push(fresh);
        deliver();
      });
      w.on("error", () => undefined);
      return w;
    };
    for (let k = 0; k < n; k++) workers.push(start());
    for (const w of workers) give(w);
  });
}
