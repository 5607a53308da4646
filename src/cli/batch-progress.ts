// The progress line of a long `xxgk check` on a terminal: count, share and time left, redrawn in place;
// while a scan or a picture is read by OCR (seconds a page), which file and page.
import { basename } from "path";
import { t } from "../i18n";
import type { Lang } from "../i18n";

/** A file whose scanned pages are being read: its name and the page begun, of how many. */
export interface PageReading {
  file: string;
  page: number;
  pages: number;
}

export function progressLine(done: number, total: number, elapsedMs: number, lang: Lang, reading?: PageReading): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
  const leftMs = done === 0 ? null : (elapsedMs / done) * (total - done);
  const left = leftMs === null ? "…" : clock(leftMs);
  const line = t(lang, "cli.batch.progress", { bar, done, total, left });
  // The file's own name only: its folder would push the page off a terminal's line.
  return reading ? `${line}${t(lang, "cli.batch.progressPage", { file: basename(reading.file), page: reading.page, pages: reading.pages })}` : line;
}

/** 75_000 ms → "1:15". */
export function clock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Redraws at most every `everyMs` so a fast batch is not slowed by the terminal; a page begun is
 *  drawn at once (pages come seconds apart). */
export function progressReporter(write: (line: string) => void, total: number, lang: Lang, now: () => number = Date.now, everyMs = 100) {
  const start = now();
  let last = -Infinity;
  let done = 0;
  /** The page being read, and the index of its file among the files checked. */
  let reading: (PageReading & { i: number }) | null = null;
  const draw = (at: number) => {
    last = at;
    write(progressLine(done, total, at - start, lang, reading ?? undefined));
  };
  return {
    /** `n` files are done (in file order): a page of one of them is no longer being read. */
    step(n: number): void {
      done = n;
      if (reading && reading.i < n) reading = null;
      const at = now();
      if (n < total && at - last < everyMs) return;
      draw(at);
    },
    /** File `i` (named `file`) begins its scanned page `page` of `pages`. */
    page(i: number, file: string, page: number, pages: number): void {
      if (i < done) return;
      reading = { i, file, page, pages };
      draw(now());
    },
  };
}
