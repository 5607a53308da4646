// `xxgk template OUT.xlsx [--year 2024] [--agency 名称] [--format 2019|2021] [--prior LASTYEAR]`: a blank
// report workbook; with --prior its 上年数据 sheet is filled from last year's report.
import { defaultReportYear, formatForYear, isFormatId, isReportYear, MIN_REPORT_YEAR } from "../format";
import type { FormatId } from "../format";
import { t } from "../i18n";
import { planLayout } from "../layout/plan";
import { readFile } from "fs/promises";
import { keepForeign } from "../xlsx/keep-foreign";
import { writeWorkbook } from "../xlsx/write-plan";
import { flag } from "./args";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { checkOutput, writeOutput } from "./output";
import { readPriorFile } from "./prior";
import { sayWriteError } from "./unreadable";

export async function templateCommand(args: Args, io: CliIO): Promise<number> {
  const [out] = args.positional;
  if (!out) {
    io.err(t(io.lang, "cli.template.usage"));
    return 2;
  }
  if (!/\.xlsx$/i.test(out)) {
    io.err(t(io.lang, "cli.template.notXlsx", { file: out }));
    return 2;
  }
  const priorFile = flag(args, "prior");
  let exists = false;
  try {
    // A blank template never updates a workbook in place: an existing file needs --force.
    const target = await checkOutput({ path: out, kind: "xlsx", inputs: priorFile ? [priorFile] : [] });
    if (target.exists && args.flags.force !== true) {
      io.err(t(io.lang, "cli.template.exists", { file: out }));
      return 2;
    }
    exists = target.exists;
  } catch (e) {
    sayWriteError(e, out, io);
    return 2;
  }
  const yearText = flag(args, "year");
  const today = new Date();
  const year = yearText === undefined ? defaultReportYear(today) : Number(yearText);
  if (!isReportYear(year, today)) {
    io.err(t(io.lang, "cli.template.badYear", { value: yearText ?? "", min: MIN_REPORT_YEAR, max: today.getFullYear() }));
    return 2;
  }
  const formatText = flag(args, "format");
  if (formatText !== undefined && !isFormatId(formatText)) {
    io.err(t(io.lang, "cli.template.badFormat", { value: formatText }));
    return 2;
  }
  const format: FormatId = formatText ?? formatForYear(year);
  const agency = flag(args, "agency") ?? null;
  const prior = priorFile ? await readPriorFile(priorFile, year, format, io, agency) : undefined;
  if (prior === null) return 2;
  const plan = planLayout(format, { year, agency });
  try {
    const fresh = await writeWorkbook(plan, null, prior ? { prior: prior.prior } : {});
    // Over an existing workbook (--force): the template replaces our ranges; the clerk's own sheets,
    // cells outside them, notes and defined names stay (issue 19).
    const existing = exists ? await readFile(out).catch(() => null) : null;
    await writeOutput(out, existing ? await keepForeign(fresh, existing, plan, out) : fresh);
  } catch (e) {
    sayWriteError(e, out, io);
    return 2;
  }
  io.out(t(io.lang, "cli.template.done", { file: out, year, format }));
  // Defaults said aloud: a workbook for the wrong year or a nameless body is found out here, not later.
  if (yearText === undefined) io.err(t(io.lang, "cli.template.yearChosen", { year }));
  if (agency === null) io.err(t(io.lang, "cli.template.agencyBlank"));
  return 0;
}
