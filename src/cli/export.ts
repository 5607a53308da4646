// `xxgk export FILE -o OUT.(docx|txt|md) [--narrative-only] [--yoy [--prior LAST]] [--force]`: a workbook
// or a published report out as a Word document, plain text or Markdown; the kind follows OUT's
// extension. --yoy adds a 同比 summary table, from last year's report (--prior, read like `xxgk draft
// --prior`) or the workbook's 上年数据 sheet. OUT is checked before anything is read and never replaces
// a file without --force (output.ts).
// Exit 0 written; 2 a usage error, FILE unreadable or OUT not written (the exit codes of every command).
import { t } from "../i18n";
import { exportKindOf, exportReport } from "../export";
import { priorFrom } from "../model/report";
import type { PriorFigures } from "../model/report";
import { checkReport } from "../check/engine";
import { renderFinding } from "../rules/render";
import { comparedRows } from "../yoy/compare";
import { flag } from "./args";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { checkOutput, existsError, writeOutput } from "./output";
import { sayPriorMismatch } from "./prior";
import { readOrSay, sayWriteError } from "./unreadable";

export async function exportCommand(args: Args, io: CliIO): Promise<number> {
  const [file] = args.positional;
  if (!file) {
    io.err(t(io.lang, "export.noFile"));
    return 2;
  }
  const out = flag(args, "o", "out");
  if (!out) {
    io.err(t(io.lang, "export.noOutput"));
    return 2;
  }
  const yoy = args.flags.yoy === true;
  const priorFile = flag(args, "prior");
  if (priorFile && !yoy) {
    io.err(t(io.lang, "export.yoy.priorWithoutYoy"));
    return 2;
  }
  // Checked before reading so a typo in -o costs nothing.
  const kind = exportKindOf(out);
  if (!kind) {
    io.err(t(io.lang, "export.unknownExtension", { file: out }));
    return 2;
  }
  try {
    const target = await checkOutput({ path: out, kind, inputs: priorFile ? [file, priorFile] : [file] });
    if (target.exists && args.flags.force !== true) throw existsError(out);
  } catch (e) {
    sayWriteError(e, out, io);
    return 2;
  }
  const read = await readOrSay(file, io, "export.unreadable");
  if (!read) return 2;
  // The export shows what the file says, errors included: each error and warning of it is named, so
  // nobody publishes a document believing it was checked.
  const findings = checkReport(read.report, { readerFindings: read.findings, ...(read.prior ? { prior: read.prior } : {}) }).filter((f) => f.severity !== "info");
  for (const f of findings) io.err(`${t(io.lang, `severity.${f.severity}`)} ${renderFinding(f, read.report.format, io.lang)}`);
  if (findings.length > 0) {
    const errors = findings.filter((f) => f.severity === "error").length;
    io.err(t(io.lang, "export.readProblems", { file, n: findings.length, errors, warnings: findings.length - errors }));
  }
  const narrativeOnly = args.flags["narrative-only"] === true;
  let prior: PriorFigures | undefined;
  if (yoy) {
    const last = priorFile ? await readOrSay(priorFile, io, "cli.prior.unreadable") : null;
    if (priorFile && !last) return 2;
    if (priorFile && last) sayPriorMismatch(priorFile, last.report, read.report, io);
    prior = last ? priorFrom(last.report) : read.prior;
    if (!prior) {
      io.err(t(io.lang, "export.yoy.noPrior", { file }));
      return 2;
    }
  }
  const bytes = await exportReport(read.report, kind, { narrativeOnly, ...(prior ? { yoy: prior } : {}) });
  try {
    await writeOutput(out, bytes);
  } catch (e) {
    sayWriteError(e, out, io);
    return 2;
  }
  io.err(t(io.lang, narrativeOnly ? "export.written.narrative" : "export.written.full", { file: out }));
  if (prior) {
    const n = comparedRows(read.report, prior).length;
    io.err(n > 0 ? t(io.lang, "export.written.yoy", { n, year: prior.year ?? "?" }) : t(io.lang, "export.yoy.nothing"));
  }
  return 0;
}
