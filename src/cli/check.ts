// `xxgk check FILE... [--prior FILE] [--json]`: exit 0 no errors, 1 an error finding, 2 a file unreadable.
import { buildCheckResult } from "../check/run-check";
import { t } from "../i18n";
import { priorFrom } from "../model/report";
import type { PriorFigures } from "../model/report";
import { flag } from "./args";
import type { Args } from "./args";
import { findingJson } from "./findings-json";
import { prettyJson } from "./json-text";
import type { FindingJson } from "./findings-json";
import { findingsText, statusOf, verdictLine } from "./findings-text";
import type { FileStatus } from "./findings-text";
import type { CliIO } from "./io";
import { readReportFile } from "./read-file";
import { unreadableMessage } from "./unreadable";

interface FileResult {
  file: string;
  status: FileStatus;
  message?: string;
  year?: number | null;
  agency?: string | null;
  format?: string;
  findings: FindingJson[];
}

export async function checkCommand(args: Args, io: CliIO): Promise<number> {
  const files = args.positional;
  if (files.length === 0) {
    io.err(t(io.lang, "cli.check.noFiles"));
    return 2;
  }
  let prior: PriorFigures | undefined;
  const priorFile = flag(args, "prior");
  if (priorFile) {
    try {
      prior = priorFrom((await readReportFile(priorFile)).report);
    } catch (e) {
      io.err(t(io.lang, "cli.check.priorUnreadable", { file: priorFile, reason: unreadableMessage(e, io.lang) }));
      return 2;
    }
  }
  const json = args.flags.json === true;
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const read = await readReportFile(file);
      const { report } = read;
      // --prior wins; else the figures a workbook's 上年数据 sheet holds. The workbook's stored
      // explanations (说明) turn the warnings they cover into explained ones.
      const priorOfFile = prior ?? read.prior;
      const checked = buildCheckResult({ ...read, ...(priorOfFile ? { prior: priorOfFile } : {}) }, io.lang);
      const findings = checked.findings;
      const status = statusOf(findings);
      results.push({
        file,
        status,
        year: report.year,
        agency: report.agency,
        format: report.format,
        findings: findings.map((f) => findingJson(f, report.format, io.lang)),
      });
      if (!json) {
        const about = [report.year ?? "?", report.agency ?? "?", report.format].join(" · ");
        io.out(verdictLine(file, findings, io.lang, about));
        for (const line of findingsText(findings, report.format, io.lang)) io.out(line);
      }
    } catch (e) {
      const message = unreadableMessage(e, io.lang);
      results.push({ file, status: "unreadable", message, findings: [] });
      if (!json) io.out(t(io.lang, "cli.verdict.unreadable", { file, reason: message }));
    }
  }
  if (json) io.out(prettyJson({ files: results }));
  if (results.some((r) => r.status === "unreadable")) return 2;
  return results.some((r) => r.status === "errors") ? 1 : 0;
}
