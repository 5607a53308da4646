// `xxgk demo-files DIR`: the sample report (a real published one, shipped in the program) and a blank
// template for the coming report year, so the README's quick starts run as written on any machine.
// Existing files are kept unless --force.
import { promises as fs } from "fs";
import { join } from "path";
import { SAMPLE_REPORT_NAME, SAMPLE_REPORT_TEXT } from "../demo/sample-report";
import { defaultReportYear, formatForYear } from "../format";
import { t } from "../i18n";
import { planLayout } from "../layout/plan";
import { writeWorkbook } from "../xlsx/write-plan";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { checkOutput, existsError, writeOutput } from "./output";
import { sayWriteError } from "./unreadable";

export const TEMPLATE_NAME = "blank-template.xlsx";

export async function demoFilesCommand(args: Args, io: CliIO): Promise<number> {
  const [dir] = args.positional;
  if (!dir) {
    io.err(t(io.lang, "cli.demoFiles.usage"));
    return 2;
  }
  const files = [
    { path: join(dir, SAMPLE_REPORT_NAME), kind: "txt" as const },
    { path: join(dir, TEMPLATE_NAME), kind: "xlsx" as const },
  ];
  try {
    await fs.mkdir(dir, { recursive: true });
    for (const f of files) {
      const target = await checkOutput({ path: f.path, kind: f.kind, inputs: [] });
      if (target.exists && args.flags.force !== true) throw existsError(f.path);
    }
  } catch (e) {
    sayWriteError(e, dir, io);
    return 2;
  }
  const year = defaultReportYear(new Date());
  const template = await writeWorkbook(planLayout(formatForYear(year), { year, agency: null }), null, {});
  for (const [f, bytes] of [
    [files[0], new TextEncoder().encode(SAMPLE_REPORT_TEXT)],
    [files[1], template],
  ] as const) {
    try {
      await writeOutput(f.path, bytes);
    } catch (e) {
      sayWriteError(e, f.path, io);
      return 2;
    }
  }
  io.out(t(io.lang, "cli.demoFiles.done", { sample: files[0].path, template: files[1].path, year }));
  return 0;
}
