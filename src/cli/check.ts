// `xxgk check PATH… [--prior FILE | --prior-dir DIR] [--json] [--report SUMMARY.(xlsx|csv) [--force]]`:
// every report under the paths, one verdict each, a count at the end. Exit 0 no errors, 1 an error
// finding, 2 a file unreadable or the summary not written (DESIGN §5).
import { statSync } from "fs";
import { relative, resolve, sep } from "path";
import { t } from "../i18n";
import { flag } from "./args";
import type { Args } from "./args";
import type { Checked } from "./batch-check";
import { JsonFilesStream } from "./batch-json";
import { walkPaths } from "./batch-files";
import type { FolderWalk, SkippedFile } from "./batch-files";
import { otherYearNotes, sameReportNotes, skippedNotes } from "./batch-notes";
import type { BatchNote, NoteSource } from "./batch-notes";
import { priorIndex } from "./batch-prior";
import type { PriorSource } from "./batch-prior";
import { progressReporter } from "./batch-progress";
import { checkInOrder, defaultJobs } from "./batch-workers";
import { findingsText, verdictLine } from "./findings-text";
import type { CliIO } from "./io";
import { inputAmong } from "./output";
import { oneLine } from "./terminal-text";
import { readForCheck } from "./read-for-check";
import { SummarySpool } from "./summary-spool";
import { summaryKind, writeSummary } from "./summary-write";
import { unreadableMessage } from "./unreadable";

export async function checkCommand(args: Args, io: CliIO): Promise<number> {
  if (args.positional.length === 0) {
    io.err(t(io.lang, "cli.check.noFiles"));
    return 2;
  }
  const json = args.flags.json === true;
  const reportFile = flag(args, "report");
  if (reportFile !== undefined && !summaryKind(reportFile)) {
    io.err(t(io.lang, "cli.report.badExtension", { file: reportFile }));
    return 2;
  }
  if (reportFile !== undefined && args.positional.some((p) => resolve(p) === resolve(reportFile))) {
    io.err(t(io.lang, "cli.report.isInput", { file: reportFile }));
    return 2;
  }
  const source = await priorSource(args, io);
  if (!source) return 2;

  // Nothing found is left out unnamed (issue 18), and the summary is never one of them (issue 19).
  const walk = await walkPaths(args.positional);
  if (reportFile !== undefined && !(await summaryMayReplace(reportFile, walk, source, io))) return 2;
  const files = walk.files;
  if (files.length === 0 && walk.problems.length === 0) {
    io.err(t(io.lang, "cli.check.nothingFound", { paths: args.positional.join("、") }));
    return 2;
  }
  const progress = !json && io.progress ? progressReporter(io.progress, files.length, io.lang) : null;
  const said = new Set<string>();
  // Every result is said, streamed into the JSON and spooled for the summary as it comes (in file
  // order), then dropped: memory does not grow with the folder (docs/perf.md).
  const counts: BatchCounts = { files: 0, ok: 0, warnings: 0, errors: 0, unreadable: 0 };
  const unpaired: { file: string; why: string }[] = [];
  const stream = json ? new JsonFilesStream(io.out) : null;
  const spool = reportFile ? new SummarySpool(io.lang, summaryName(args.positional)) : null;
  // A file found in a folder that holds nothing of a report (a README, a note) is skipped and listed,
  // not counted as unreadable: reviewers' folders hold such files. Named on the line, it is refused.
  const named = new Set(args.positional.map((p) => resolve(p)));
  const skipped: SkippedFile[] = [...walk.skipped];
  // What the folder notes need of each report (agency, year): kept small, so memory stays flat.
  const seen: NoteSource[] = [];
  const jobs = Number(flag(args, "jobs") ?? defaultJobs());
  const byDir = source.kind === "dir";
  try {
    // A folder or entry the walk could not read: one named line, the rest is checked.
    for (const p of walk.problems) take({ json: { file: p.file, status: "unreadable", message: unreadableMessage(p.error, io.lang), findings: [] }, findings: [] });
    // The bar stands between verdicts: cleared before one is printed, drawn again after it.
    progress?.step(0);
    const noOcr = args.flags["no-ocr"] === true;
    const onPage = progress ? (i: number, page: number, pages: number) => progress.page(i, files[i], page, pages) : undefined;
    await checkInOrder({ files, source, lang: io.lang, jobs, noOcr, ...(onPage ? { onPage } : {}) }, (i, one) => {
      if (progress) io.progress?.("");
      try {
        take(one);
      } finally {
        if (i + 1 < files.length) progress?.step(i + 1);
      }
    });
    function take(one: Checked): void {
      if (one.notReport && !named.has(resolve(one.json.file))) {
        skipped.push({ file: one.json.file, id: "cli.skip.notReport", params: {}, ...(one.json.message ? { message: one.json.message } : {}) });
        return;
      }
      if (one.report) seen.push({ file: one.json.file, agency: one.report.agency, year: one.report.year });
      counts.files++;
      counts[one.json.status]++;
      if (byDir && one.json.unpaired) unpaired.push({ file: one.json.file, why: one.json.unpaired });
      stream?.add(one.json);
      spool?.add(one);
      if (!json) printVerdict(one, io);
      // What a prior needs to be said once, not once per report that shares it.
      for (const p of one.json.prior?.problems ?? []) {
        const line = t(io.lang, "cli.prior.about", { file: one.json.prior?.file ?? "", text: p });
        if (!said.has(line)) io.err(line);
        said.add(line);
      }
    }
    const notes = [...skippedNotes(skipped, io.lang), ...sameReportNotes(seen, io.lang), ...otherYearNotes(seen, io.lang)];
    if (stream) {
      // `skipped` keeps its earlier shape (file, message) for programs that read it; `notes` has codes.
      const skippedJson = skippedNotes(skipped, io.lang).map((n) => ({ file: n.file, message: n.message }));
      stream.end({ summary: counts, ...(skipped.length ? { skipped: skippedJson } : {}), ...(notes.length ? { notes } : {}), ...(walk.links.length ? { links: walk.links } : {}) });
    } else {
      printNotes(notes, walk.links, io);
      // One file's verdict line is its own summary.
      if (counts.files + skipped.length > 1) {
        io.out(skipped.length > 0 ? countWithSkipped(counts, skipped.length, io) : t(io.lang, "cli.batch.summary", { ...counts }));
      }
      if (unpaired.length > 0) {
        io.out(t(io.lang, "cli.pair.unpairedHead", { n: unpaired.length }));
        for (const r of unpaired) io.out(`  ${oneLine(r.file)}：${oneLine(r.why)}`);
      }
    }
    if (counts.files === 0) {
      io.err(t(io.lang, "cli.check.nothingFound", { paths: args.positional.join("、") }));
      return 2;
    }
    let code = counts.unreadable > 0 ? 2 : counts.errors > 0 ? 1 : 0;
    if (reportFile && spool) {
      // The 问题 sheet lists every file not checked; notes about the folder are said above.
      spool.addNotes(notes.filter((n) => n.kind === "skipped"));
      const day = today();
      const title = { title: t(io.lang, "summary.title"), line: t(io.lang, "summary.titleLine", { folder: args.positional.join("、"), date: dayText(day), ...counts }), day };
      if (!(await writeSummary(reportFile, spool, title, args.flags.force === true, io))) code = 2;
    }
    return code;
  } finally {
    spool?.dispose();
  }
}

/** The day of the check (local midnight). */
function today(): Date {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** 2026-12-06, as the summary's title line gives the day. */
function dayText(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A file as the summary names it: relative to the folder it was found in, as given otherwise. */
export function summaryName(paths: string[]): (file: string) => string {
  const folders = paths.map((p) => resolve(p)).filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory());
  return (file) => {
    const full = resolve(file);
    const folder = folders.find((f) => full.startsWith(f + sep));
    return folder ? relative(folder, full) : file;
  };
}

/** The summary may not be any file this check reads or found: not a report checked, not a file the
 *  walk skipped, not last year's file nor one under --prior-dir — by identity, so a link or another
 *  spelling of the path counts (--force replaces the summary, never an input). */
async function summaryMayReplace(reportFile: string, walk: FolderWalk, source: PriorSource, io: CliIO): Promise<boolean> {
  const checked = [...walk.files, ...walk.skipped.map((s) => s.file)];
  const prior = source.kind === "file" ? [source.last.file] : source.kind === "dir" ? source.files : [];
  if ((await inputAmong(reportFile, checked)) !== null) io.err(t(io.lang, "cli.report.isInput", { file: reportFile }));
  else if ((await inputAmong(reportFile, prior)) !== null) io.err(t(io.lang, "cli.report.isPrior", { file: reportFile }));
  else return true;
  return false;
}

/** The closing count when files were not checked: every file found, the kinds that occurred. */
function countWithSkipped(c: BatchCounts, skipped: number, io: CliIO): string {
  const kinds = { ok: c.ok, warnings: c.warnings, errors: c.errors, unreadable: c.unreadable, skipped };
  const parts = Object.entries(kinds)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => t(io.lang, `cli.batch.part.${kind}`, { n }));
  return t(io.lang, "cli.batch.summarySkipped", { files: c.files + skipped, parts: parts.join(t(io.lang, "cli.batch.partJoin")) });
}

function printNotes(notes: BatchNote[], links: FolderWalk["links"], io: CliIO): void {
  // Files that hold no report are listed by name under their own head, as before; every other file
  // not checked is listed with why.
  const notReport = notes.filter((n) => n.code === "cli.skip.notReport");
  if (notReport.length > 0) {
    io.out(t(io.lang, "cli.batch.skippedHead", { n: notReport.length }));
    for (const s of notReport) io.out(`  ${oneLine(s.file)}`);
  }
  const skipped = notes.filter((n) => n.kind === "skipped" && n.code !== "cli.skip.notReport");
  if (skipped.length > 0) {
    io.out(t(io.lang, "cli.batch.skippedAll", { n: skipped.length }));
    for (const s of skipped) io.out(`  ${oneLine(s.file)}：${oneLine(s.message)}`);
  }
  for (const n of notes.filter((x) => x.kind === "warning")) io.out(`${t(io.lang, "severity.warning")} ${oneLine(n.message)}`);
  if (links.length > 0) {
    io.out(t(io.lang, "cli.batch.linksHead", { n: links.length }));
    for (const l of links) io.out(`  ${l.file} → ${l.target}`);
  }
}

async function priorSource(args: Args, io: CliIO): Promise<PriorSource | null> {
  const priorFile = flag(args, "prior");
  const priorDir = flag(args, "prior-dir");
  if (priorFile && priorDir) {
    io.err(t(io.lang, "cli.check.priorBoth"));
    return null;
  }
  if (priorFile) {
    try {
      return { kind: "file", last: { file: priorFile, report: (await readForCheck(priorFile, { noOcr: args.flags["no-ocr"] === true })).report } };
    } catch (e) {
      io.err(t(io.lang, "cli.check.priorUnreadable", { file: priorFile, reason: unreadableMessage(e, io.lang) }));
      return null;
    }
  }
  if (priorDir) {
    const index = await priorIndex(priorDir, io, { noOcr: args.flags["no-ocr"] === true });
    if (!index) io.err(t(io.lang, "cli.priorDir.notFolder", { dir: priorDir }));
    return index ? { kind: "dir", ...index } : null;
  }
  return { kind: "own" };
}

function printVerdict(one: Checked, io: CliIO): void {
  const { json, report, findings } = one;
  if (!report) {
    io.out(oneLine(t(io.lang, "cli.verdict.unreadable", { file: json.file, reason: json.message ?? "" })));
    return;
  }
  const about = [report.year ?? "?", report.agency ?? "?", report.format].join(" · ");
  // A workbook cell may hold a line break: each printed line stays one line (issue 19).
  io.out(oneLine(verdictLine(json.file, findings, io.lang, about)));
  for (const line of findingsText(findings, report.format, io.lang)) io.out(oneLine(line));
}

export interface BatchCounts {
  files: number;
  ok: number;
  warnings: number;
  errors: number;
  unreadable: number;
}
