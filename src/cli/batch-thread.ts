// The worker-thread side of a folder check (batch-workers.ts starts it): takes a file's index and
// path, checks it with the same checkFile as a one-thread run, and posts the result back. The
// result crosses the thread boundary by structured clone: plain data only (report, findings, JSON).
import { isMainThread, parentPort, workerData } from "worker_threads";
import type { Lang } from "../i18n";
import { checkFile } from "./batch-check";
import type { Checked } from "./batch-check";
import type { PriorSource } from "./batch-prior";
import { unreadableMessage } from "./unreadable";

/** What a worker is started with; the marker tells this file, loaded as a thread, to serve. */
export interface BatchWorkerData {
  xxgkBatchWorker: true;
  source: PriorSource;
  lang: Lang;
  /** --no-ocr: start data, not the environment, so the option reaches the reader as a value. */
  noOcr: boolean;
}

export interface BatchJob {
  i: number;
  file: string;
}

export interface BatchDone {
  kind: "done";
  i: number;
  one: Checked;
}

/** A scanned page of file `i` begins to be read (the main thread's progress line names it). */
export interface BatchPage {
  kind: "page";
  i: number;
  page: number;
  pages: number;
}

export type BatchMessage = BatchDone | BatchPage;

export function isBatchWorkerData(data: unknown): data is BatchWorkerData {
  return typeof data === "object" && data !== null && (data as { xxgkBatchWorker?: unknown }).xxgkBatchWorker === true;
}

/** Whether this thread is a folder check's worker (then the CLI's entry does nothing else). */
export function isBatchWorker(): boolean {
  return !isMainThread && isBatchWorkerData(workerData);
}

/** Serves jobs until the pool closes the port. Exported for a bundle's entry to call (see docs/perf.md). */
export function serveBatchJobs(): void {
  const port = parentPort;
  if (!port || !isBatchWorkerData(workerData)) return;
  const { source, lang, noOcr } = workerData;
  port.on("message", (job: BatchJob) => {
    const onPage = (page: number, pages: number) => port.postMessage({ kind: "page", i: job.i, page, pages } satisfies BatchPage);
    void checkFile(job.file, source, lang, { noOcr, onPage })
      .then((one) => port.postMessage({ kind: "done", i: job.i, one } satisfies BatchDone))
      .catch((e: unknown) => {
        // checkFile answers every reader's failure itself; this is the rest (a result that would not clone).
        const one: Checked = { json: { file: job.file, status: "unreadable", message: unreadableMessage(e, lang), findings: [] }, findings: [] };
        port.postMessage({ kind: "done", i: job.i, one } satisfies BatchDone);
      });
  });
}

// Loaded as a worker's script (lib/cli/batch-thread.js, or a bundle that holds this module): serve.
if (isBatchWorker()) serveBatchJobs();
