// `xxgk import REPORT [-o OUT.xlsx [--prior LASTYEAR] [--force]] [--json]`: read a published report (or
// a workbook). The written workbook's 上年数据 sheet holds --prior's figures, else those of REPORT when
// it is a workbook. OUT is checked before anything is read (output.ts); an existing OUT that is a
// report workbook of this layout is updated in place, keeping the clerk's other sheets and cells.
import { t } from "../i18n";
import { toJson } from "../model/report";
import { checkReport } from "../check/engine";
import { renderFinding } from "../rules/render";
import { flag } from "./args";
import { prettyJson } from "./json-text";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { checkOutput, writeOutput } from "./output";
import type { OutputCheck } from "./output";
import { readPriorFile } from "./prior";
import { reportWorkbookBytes } from "./report-workbook";
import { readOrSay, sayWriteError } from "./unreadable";

export async function importCommand(args: Args, io: CliIO): Promise<number> {
  const [file] = args.positional;
  if (!file) {
    io.err(t(io.lang, "cli.import.noFile"));
    return 2;
  }
  const out = flag(args, "o", "out");
  const priorFile = flag(args, "prior");
  if (priorFile && !out) {
    io.err(t(io.lang, "cli.import.priorNeedsOut"));
    return 2;
  }
  let target: OutputCheck = { exists: false };
  if (out) {
    try {
      target = await checkOutput({ path: out, kind: "xlsx", inputs: priorFile ? [file, priorFile] : [file] });
    } catch (e) {
      sayWriteError(e, out, io);
      return 2;
    }
  }
  const scan = { noOcr: args.flags["no-ocr"] === true };
  const read = await readOrSay(file, io, "cli.verdict.unreadable", scan);
  if (!read) return 2;
  const { report, findings } = read;
  for (const f of findings) io.err(`${t(io.lang, `severity.${f.severity}`)} ${renderFinding(f, report.format, io.lang)}`);
  if (out) {
    const fromFile = priorFile ? await readPriorFile(priorFile, report.year, report.format, io, report.agency, scan) : undefined;
    if (fromFile === null) return 2;
    const prior = fromFile ? fromFile.prior : read.prior;
    let inPlace: boolean;
    try {
      const made = await reportWorkbookBytes(read, out, { prior, target, force: args.flags.force === true });
      await writeOutput(out, made.bytes);
      inPlace = made.inPlace;
    } catch (e) {
      sayWriteError(e, out, io);
      return 2;
    }
    io.err(t(io.lang, inPlace ? "io.write.updated" : "cli.import.written", { file: out }));
  }
  if (args.flags.json === true) io.out(prettyJson(toJson(report)));
  else if (!out) {
    io.out(
      t(io.lang, "cli.import.summary", {
        file,
        year: report.year ?? "?",
        agency: report.agency ?? "?",
        format: report.format,
        filled: Object.values(report.cells).filter((c) => c.kind !== "blank" && c.kind !== "unread").length,
        cells: Object.keys(report.cells).length,
      }),
    );
  }
  // The report's own errors (R1–R10 on the figures as printed, which the workbook keeps): counted, so
  // a reviewer importing a report with errors is not told it went well; `xxgk check` lists them.
  const all = checkReport(report, { readerFindings: findings, ...(read.prior ? { prior: read.prior } : {}) });
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.filter((f) => f.severity === "warning").length;
  if (errors + warnings > 0) io.err(t(io.lang, errors > 0 ? "cli.import.hasErrors" : "cli.import.hasWarnings", { file, errors, warnings }));
  return errors > 0 ? 1 : 0;
}
