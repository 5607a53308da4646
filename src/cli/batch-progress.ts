// The progress line of a long `xxgk check` on a terminal: count, share and time left, redrawn in place.
import { t } from "../i18n";
import type { Lang } from "../i18n";

export function progressLine(done: number, total: number, elapsedMs: number, lang: Lang): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
  const leftMs = done === 0 ? null : (elapsedMs / done) * (total - done);
  const left = leftMs === null ? "…" : clock(leftMs);
  return t(lang, "cli.batch.progress", { bar, done, total, left });
}

/** 75_000 ms → "1:15". */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Redraws at most every `everyMs` so a fast batch is not slowed by the terminal. */
export function progressReporter(write: (line: string) => void, total: number, lang: Lang, now: () => number = Date.now, everyMs = 100) {
  const start = now();
  let last = -Infinity;
  return {
    step(done: number): void {
      const at = now();
      if (done < total && at - last < everyMs) return;
      last = at;
      write(progressLine(done, total, at - start, lang));
    },
  };
}
