// `xxgk consolidate PATH… -o 汇总.xlsx --agency NAME --year Y [--force] [--skip-errors]`: the bodies'
// reports (files, or folders taken recursively) read, checked and added into one workbook whose
// tables are formulas over its 明细 sheet. With --force an existing consolidated workbook is kept and
// its bodies added to or replaced by name; the output is written to a temporary file, then renamed.
import { existsSync } from "fs";
import { readdir, stat } from "fs/promises";
import { extname, join, resolve } from "path";
import { consolidate, consolidatedPlan, mergeParts, partOf } from "../consolidate";
import { cellLabel } from "../rules/cell-label";
import { formatForYear, getFormat } from "../format";
import { t } from "../i18n";
import { isUserError, userSentence } from "../i18n/user-error";
import type { PartFigures } from "../model/report";
import { checkReport, hasErrors } from "../check/engine";
import { renderFinding } from "../rules/render";
import type { Finding } from "../rules/types";
import { writeWorkbook } from "../xlsx/write-plan";
import { flag } from "./args";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { writeOutput } from "./output";
import type { ReadFileResult } from "./read-file";
import { readOrSay } from "./unreadable";

const PART_TYPES = new Set([".xlsx", ".txt", ".html", ".htm", ".docx", ".md"]);
const MARK = { ok: "✔", warnings: "△", errors: "✘" } as const;

/** The files under PATHs: files as given, folders walked (report types only, no Office lock files). */
async function partFiles(paths: string[], out: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (p: string, given: boolean): Promise<void> => {
    const s = await stat(p).catch(() => null);
    if (s?.isDirectory()) {
      for (const name of (await readdir(p)).sort()) await walk(join(p, name), false);
    } else if (given || (PART_TYPES.has(extname(p).toLowerCase()) && !/^~\$/.test(p.split(/[\\/]/).pop() ?? ""))) {
      if (resolve(p) !== resolve(out)) files.push(p);
    }
  };
  for (const p of paths) await walk(p, true);
  return files;
}

interface Settings {
  out: string;
  agency: string;
  year: number;
  existing: ReadFileResult | null;
}

async function settings(args: Args, io: CliIO): Promise<Settings | null> {
  const out = flag(args, "o", "out");
  if (!out || args.positional.length === 0 || !/\.xlsx$/i.test(out)) {
    io.err(t(io.lang, "cli.consolidate.usage"));
    return null;
  }
  let existing: ReadFileResult | null = null;
  if (existsSync(out)) {
    if (args.flags.force !== true) {
      io.err(t(io.lang, "cli.consolidate.exists", { file: out }));
      return null;
    }
    existing = await readOrSay(out, io, "cli.verdict.unreadable");
    if (!existing) return null;
    if (!existing.report.parts) {
      io.err(t(io.lang, "cli.consolidate.notConsolidated", { file: out }));
      return null;
    }
  }
  const yearText = flag(args, "year");
  if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
    io.err(t(io.lang, "cli.consolidate.badYear", { value: yearText }));
    return null;
  }
  const agency = flag(args, "agency") ?? existing?.report.agency ?? null;
  const year = yearText !== undefined ? Number(yearText) : existing?.report.year ?? null;
  if (!agency || year === null) {
    io.err(t(io.lang, "cli.consolidate.needAgencyYear"));
    return null;
  }
  return { out, agency, year, existing };
}

function partLine(io: CliIO, part: PartFigures, findings: Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return t(io.lang, "cli.consolidate.part", {
    mark: MARK[part.status],
    body: part.body,
    file: part.file ?? "",
    status: t(io.lang, `consolidate.status.${part.status}`),
    findings: errors + warnings > 0 ? t(io.lang, "cli.consolidate.partFindings", { errors, warnings }) : "",
  });
}

export async function consolidateCommand(args: Args, io: CliIO): Promise<number> {
  const s = await settings(args, io);
  if (!s) return 2;
  const format = s.existing?.report.format ?? formatForYear(s.year);
  let unreadable = false;
  let partErrors = false;
  const incoming: PartFigures[] = [];
  for (const file of await partFiles(args.positional, s.out)) {
    const read = await readOrSay(file, io, "cli.verdict.unreadable");
    if (!read) {
      unreadable = true;
      continue;
    }
    const findings = checkReport(read.report, { ...(read.prior ? { prior: read.prior } : {}), readerFindings: read.findings });
    const part = partOf(read.report, findings, file);
    if (read.report.format !== format) {
      io.err(t(io.lang, "cli.consolidate.formatMismatch", { file, body: part.body, partFormat: read.report.format, format }));
      continue;
    }
    if (part.status === "errors" && args.flags["skip-errors"] === true) {
      io.err(t(io.lang, "cli.consolidate.skipped", { body: part.body, file }));
      continue;
    }
    if (part.year !== null && part.year !== s.year) {
      io.err(t(io.lang, "cli.consolidate.yearMismatch", { file, body: part.body, partYear: part.year, year: s.year }));
    }
    io.out(partLine(io, part, findings));
    // Taken in with its problems listed, so the clerk can see what the totals inherit.
    for (const f of findings.filter((x) => x.severity !== "info")) io.out(`    ${t(io.lang, `severity.${f.severity}`)} ${renderFinding(f, read.report.format, io.lang)}`);
    if (part.status === "errors") partErrors = true;
    if (s.existing?.report.parts?.some((p) => p.body === part.body)) io.err(t(io.lang, "cli.consolidate.replaced", { body: part.body }));
    incoming.push(part);
  }
  const parts = mergeParts(s.existing?.report.parts ?? [], incoming);
  if (parts.length === 0) {
    io.err(t(io.lang, "cli.consolidate.noParts"));
    return 2;
  }
  const { report, gaps } = consolidate(format, parts, s.year, s.agency);
  if (s.existing) {
    report.narrative = s.existing.report.narrative;
    if (s.existing.report.title) report.title = s.existing.report.title;
  }
  if (gaps.length > 0) {
    const [g] = gaps;
    io.err(t(io.lang, "cli.consolidate.gaps", { n: gaps.length, cell: cellLabel(getFormat(format), g.key, io.lang), bodies: g.bodies.join("、") }));
  }
  const plan = consolidatedPlan(format, parts, { year: s.year, agency: s.agency, lang: io.lang });
  try {
    const prior = s.existing?.prior;
    await writeOutput(s.out, await writeWorkbook(plan, report, prior ? { prior } : {}));
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.err(userSentence(e, io.lang));
    return 2;
  }
  io.err(t(io.lang, "cli.consolidate.written", { file: s.out, n: parts.length }));
  if (unreadable) return 2;
  return partErrors || hasErrors(checkReport(report)) ? 1 : 0;
}
