// `xxgk check PATH… [--prior FILE | --prior-dir DIR] [--json] [--report SUMMARY.(xlsx|csv) [--force]]`:
// every report under the paths, one verdict each, a count at the end. Exit 0 no errors, 1 an error
// finding, 2 a file unreadable or the summary not written (DESIGN §5).
import { resolve } from "path";
import { t } from "../i18n";
import { flag } from "./args";
import type { Args } from "./args";
import { checkFile } from "./batch-check";
import type { Checked } from "./batch-check";
import { collectFiles } from "./batch-files";
import { priorIndex } from "./batch-prior";
import type { PriorSource } from "./batch-prior";
import { progressReporter } from "./batch-progress";
import { findingsText, verdictLine } from "./findings-text";
import type { CliIO } from "./io";
import { prettyJson } from "./json-text";
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

  const files = await collectFiles(args.positional, reportFile ? [reportFile] : []);
  if (files.length === 0) {
    io.err(t(io.lang, "cli.check.nothingFound", { paths: args.positional.join("、") }));
    return 2;
  }
  const progress = !json && io.progress ? progressReporter(io.progress, files.length, io.lang) : null;
  const said = new Set<string>();
  const results: Checked[] = [];
  // A file found in a folder that holds nothing of a report (a README, a note) is skipped and listed,
  // not counted as unreadable: reviewers' folders hold such files. Named on the line, it is refused.
  const named = new Set(args.positional.map((p) => resolve(p)));
  const skipped: { file: string; message: string }[] = [];
  for (const [i, file] of files.entries()) {
    progress?.step(i);
    const one = await checkFile(file, source, io.lang);
    if (progress) io.progress?.("");
    if (one.notReport && !named.has(resolve(file))) {
      skipped.push({ file, message: one.json.message ?? "" });
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
  const unpaired = source.kind === "dir" ? results.filter((r) => r.json.unpaired) : [];
  if (json) io.out(prettyJson({ files: results.map((r) => r.json), summary: counts, ...(skipped.length ? { skipped } : {}) }));
  else {
    if (skipped.length > 0) {
      io.out(t(io.lang, "cli.batch.skippedHead", { n: skipped.length }));
      for (const s of skipped) io.out(`  ${s.file}`);
    }
    // One file's verdict line is its own summary.
    if (counts.files > 1) io.out(t(io.lang, "cli.batch.summary", { ...counts }));
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
  if (reportFile && !(await writeSummary(reportFile, results, args.flags.force === true, io))) code = 2;
  return code;
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
    const index = await priorIndex(priorDir, io);
    if (!index) io.err(t(io.lang, "cli.priorDir.notFolder", { dir: priorDir }));
    return index ? { kind: "dir", index } : null;
  }
  return { kind: "own" };
}

function printVerdict(one: Checked, io: CliIO): void {
  const { json, report, findings } = one;
  if (!report) {
    io.out(t(io.lang, "cli.verdict.unreadable", { file: json.file, reason: json.message ?? "" }));
    return;
  }
  const about = [report.year ?? "?", report.agency ?? "?", report.format].join(" · ");
  io.out(verdictLine(json.file, findings, io.lang, about));
  for (const line of findingsText(findings, report.format, io.lang)) io.out(line);
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
