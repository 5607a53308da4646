// `xxgk check PATH… [--prior FILE | --prior-dir DIR] [--json] [--report SUMMARY.(xlsx|csv) [--force]]`:
// every report under the paths, one verdict each, a count at the end. Exit 0 no errors, 1 an error
// finding, 2 a file unreadable or the summary not written (DESIGN §5).
import { resolve } from "path";
import { t } from "../i18n";
import { flag } from "./args";
import type { Args } from "./args";
import { checkFile } from "./batch-check";
import type { Checked } from "./batch-check";
import { walkPaths } from "./batch-files";
import type { FolderWalk } from "./batch-files";
import { otherYearNotes, sameReportNotes, skippedNotes } from "./batch-notes";
import type { BatchNote } from "./batch-notes";
import { priorIndex } from "./batch-prior";
import type { PriorSource } from "./batch-prior";
import { progressReporter } from "./batch-progress";
import { findingsText, verdictLine } from "./findings-text";
import type { CliIO } from "./io";
import { prettyJson } from "./json-text";
import { inputAmong } from "./output";
import { oneLine } from "./terminal-text";
import { readForCheck } from "./read-for-check";
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
  // A folder or entry the walk could not read: one named line, the rest is checked.
  const results: Checked[] = walk.problems.map((p) => ({ json: { file: p.file, status: "unreadable", message: unreadableMessage(p.error, io.lang), findings: [] }, findings: [] }));
  if (!json) for (const r of results) printVerdict(r, io);
  // A file found in a folder that holds nothing of a report (a README, a note) is skipped and listed,
  // not counted as unreadable: reviewers' folders hold such files. Named on the line, it is refused.
  const named = new Set(args.positional.map((p) => resolve(p)));
  const skipped = [...walk.skipped];
  for (const [i, file] of files.entries()) {
    progress?.step(i);
    const one = await checkFile(file, source, io.lang);
    if (progress) io.progress?.("");
    if (one.notReport && !named.has(resolve(file))) {
      skipped.push({ file, id: "cli.skip.notReport", params: {}, ...(one.json.message ? { message: one.json.message } : {}) });
      continue;
    }
    results.push(one);
    if (!json) printVerdict(one, io);
    // What a prior needs to be said once, not once per report that shares it.
    for (const p of one.json.prior?.problems ?? []) {
      const line = t(io.lang, "cli.prior.about", { file: one.json.prior?.file ?? "", text: p });
      if (!said.has(line)) io.err(line);
      said.add(line);
    }
  }
  const counts = tally(results);
  const notes = [...skippedNotes(skipped, io.lang), ...sameReportNotes(results, io.lang), ...otherYearNotes(results, io.lang)];
  const unpaired = source.kind === "dir" ? results.filter((r) => r.json.unpaired) : [];
  if (json) {
    const summary = counts;
    const extra = { ...(notes.length ? { notes } : {}), ...(walk.links.length ? { links: walk.links } : {}) };
    // `skipped` keeps its earlier shape (file, message) for programs that read it; `notes` has codes.
    const skippedJson = skippedNotes(skipped, io.lang).map((n) => ({ file: n.file, message: n.message }));
    io.out(prettyJson({ files: results.map((r) => r.json), summary, ...(skipped.length ? { skipped: skippedJson } : {}), ...extra }));
  } else {
    printNotes(notes, walk.links, io);
    // One file's verdict line is its own summary.
    if (counts.files + skipped.length > 1) {
      io.out(skipped.length > 0 ? countWithSkipped(counts, skipped.length, io) : t(io.lang, "cli.batch.summary", { ...counts }));
    }
    if (unpaired.length > 0) {
      io.out(t(io.lang, "cli.pair.unpairedHead", { n: unpaired.length }));
      for (const r of unpaired) io.out(`  ${r.json.file}：${r.json.unpaired ?? ""}`);
    }
  }
  if (results.length === 0) {
    io.err(t(io.lang, "cli.check.nothingFound", { paths: args.positional.join("、") }));
    return 2;
  }
  let code = counts.unreadable > 0 ? 2 : counts.errors > 0 ? 1 : 0;
  // The 问题 sheet lists every file not checked; notes about the folder are said above.
  const skippedRows = notes.filter((n) => n.kind === "skipped");
  if (reportFile && !(await writeSummary(reportFile, results, args.flags.force === true, io, skippedRows))) code = 2;
  return code;
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
      return { kind: "file", last: { file: priorFile, report: (await readForCheck(priorFile)).report } };
    } catch (e) {
      io.err(t(io.lang, "cli.check.priorUnreadable", { file: priorFile, reason: unreadableMessage(e, io.lang) }));
      return null;
    }
  }
  if (priorDir) {
    const found = await priorIndex(priorDir, io);
    if (!found) io.err(t(io.lang, "cli.priorDir.notFolder", { dir: priorDir }));
    return found ? { kind: "dir", ...found } : null;
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

export function tally(results: Checked[]): BatchCounts {
  const c: BatchCounts = { files: results.length, ok: 0, warnings: 0, errors: 0, unreadable: 0 };
  for (const r of results) c[r.json.status]++;
  return c;
}
