// `xxgk explain FILE.xlsx --code CODE --cell CELL "说明"`: accepts one warning with a written reason,
// stored in the workbook exactly as the pane stores it (rule, cells, the values they held), so `check`
// and the pane show it as explained — and as stale once those values change. Errors cannot be explained.
import { buildCheckResult } from "../check/run-check";
import { cellMatches } from "../explain/cell-match";
import { ruleMatcher } from "../explain/rule-match";
import { explain, upsertExplanation } from "../explain/explanations";
import type { ExplainedFinding } from "../explain/explanations";
import { t } from "../i18n";
import { planLayout } from "../layout/plan";
import { updateWorkbook } from "../xlsx/update-workbook";
import { flag } from "./args";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { writeOutput } from "./output";
import { readReportFile } from "./read-file";
import { sayWriteError, unreadableMessage } from "./unreadable";

const codeAt = (f: ExplainedFinding) => `${f.msg.id} ${f.cells.map((c) => (c.address ? `${c.sheet}!${c.address}` : c.key)).join(",")}`;

export async function explainCommand(args: Args, io: CliIO): Promise<number> {
  const [file, text] = args.positional;
  const code = flag(args, "code");
  const cell = flag(args, "cell");
  if (!file || !text?.trim() || !code || !cell) {
    io.err(t(io.lang, "cli.explain.usage"));
    return 2;
  }
  if (!/\.xlsx$/i.test(file)) {
    io.err(t(io.lang, "cli.explain.notWorkbook", { file }));
    return 2;
  }
  let read;
  try {
    read = await readReportFile(file);
  } catch (e) {
    io.err(t(io.lang, "cli.explain.unreadable", { file, reason: unreadableMessage(e, io.lang) }));
    return 2;
  }
  const { findings } = buildCheckResult(read, io.lang);
  // CODE as `xxgk rules` lists it: a finding code, a rule id (R8) or a rule's name, as on the 说明 sheet.
  const isRule = ruleMatcher(code);
  const found = findings.filter((f) => (f.msg.id === code || (isRule !== null && isRule(f))) && f.cells.some((c) => cellMatches(c, cell)));
  const warnings = findings.filter((f) => f.severity === "warning");
  if (found.length === 0) {
    const list = warnings.map(codeAt).join("；") || t(io.lang, "cli.explain.noWarnings");
    io.err(t(io.lang, "cli.explain.notFound", { file, code, cell, list }));
    return 2;
  }
  // Several warnings sharing the cell (J7 alone, J7 with J8): the one about exactly that cell is meant.
  const exact = found.filter((f) => f.cells.every((c) => cellMatches(c, cell)));
  const finding = exact.length === 1 ? exact[0] : found[0];
  if (finding.severity !== "warning") {
    io.err(t(io.lang, "cli.explain.notWarning", { code, cell }));
    return 2;
  }
  const list = upsertExplanation(read.explanations, explain(finding, read.report, text), finding);
  const plan = planLayout(read.report.format, { year: read.report.year, agency: read.report.agency });
  const bytes = read.workbook ? await updateWorkbook(read.workbook, file, plan, read.report, { explanations: list }) : null;
  if (!bytes) {
    io.err(t(io.lang, "cli.explain.notWorkbook", { file }));
    return 2;
  }
  try {
    await writeOutput(file, bytes);
  } catch (e) {
    sayWriteError(e, file, io);
    return 2;
  }
  io.out(t(io.lang, "cli.explain.done", { file, code, cell }));
  return 0;
}
