// The summary's rows as a folder check makes them, kept in temporary files (one JSON line a row)
// rather than in memory, so a check of 2,000 files needs no more memory than one of 200; the
// workbook or CSV is written from them at the end (the title row needs the final counts).
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createInterface } from "readline";
import type { Lang } from "../i18n";
import type { Checked } from "./batch-check";
import type { BatchNote } from "./batch-notes";
import { noteRows, summaryRows, summarySheets } from "./summary-data";
import type { SummarySheet, SummaryValue } from "./summary-data";

export class SummarySpool {
  readonly sheets: SummarySheet[];
  /** Rows written per sheet. */
  readonly counts: number[];
  /** Every file the summary lists (the writer checks it never replaces one of them). */
  readonly files: string[] = [];
  private readonly dir: string;
  private readonly fds: number[];

  constructor(
    private readonly lang: Lang,
    private readonly name: (file: string) => string,
  ) {
    this.sheets = summarySheets(lang);
    this.counts = this.sheets.map(() => 0);
    this.dir = mkdtempSync(join(tmpdir(), "xxgk-summary-"));
    this.fds = this.sheets.map((_, i) => openSync(join(this.dir, `${i}.jsonl`), "w"));
  }

  add(one: Checked): void {
    this.files.push(one.json.file);
    summaryRows(one, this.lang, this.name).forEach((rows, i) => {
      for (const row of rows) writeSync(this.fds[i], `${JSON.stringify(row)}\n`);
      this.counts[i] += rows.length;
    });
  }

  /** Files not checked (issue 18), on the 问题 sheet after the reports' findings: every file found
   *  is accounted for. */
  addNotes(notes: BatchNote[]): void {
    const rows = noteRows(notes, this.lang, this.name);
    for (const row of rows) writeSync(this.fds[1], `${JSON.stringify(row)}\n`);
    this.counts[1] += rows.length;
  }

  /** The rows of sheet i, in the order they were added (call after the last add). */
  async *rows(i: number): AsyncGenerator<SummaryValue[]> {
    const lines = createInterface({ input: createReadStream(join(this.dir, `${i}.jsonl`), "utf8"), crlfDelay: Infinity });
    for await (const line of lines) if (line !== "") yield JSON.parse(line) as SummaryValue[];
  }

  close(): void {
    for (const fd of this.fds.splice(0)) closeSync(fd);
  }

  dispose(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
