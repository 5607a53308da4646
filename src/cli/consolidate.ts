// `xxgk consolidate PATH… -o 汇总.xlsx --agency NAME --year Y [--force] [--skip-errors] [--choose FILE]…`:
// the bodies' reports (the files `xxgk check` takes from the same PATHs: consolidate-parts.ts) read,
// checked and added into one workbook whose tables are formulas over its 明细 sheet. With --force an
// existing consolidated workbook is kept — its other bodies, the clerk's own sheets and cells
// (consolidate-write.ts) — and its bodies added to or replaced by name; the output is written to a
// temporary file, then renamed. Exit 2 when any part was refused or unreadable (nothing written).
import { existsSync } from "fs";
import { consolidate, consolidatedPlan, mergeParts } from "../consolidate";
import { cellLabel } from "../rules/cell-label";
import { formatForYear, getFormat } from "../format";
import { t } from "../i18n";
import { isUserError, userSentence } from "../i18n/user-error";
import type { PartFigures } from "../model/report";
import { checkReport, hasErrors } from "../check/engine";
import { renderFinding } from "../rules/render";
import type { Finding } from "../rules/types";
import { flag, flagList } from "./args";
import { consolidatedBytes } from "./consolidate-write";
import { gatherParts } from "./consolidate-parts";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { readOrSay } from "./unreadable";
import { checkOutput, writeOutput } from "./output";
import type { ReadFileResult } from "./read-file";

const MARK = { ok: "✔", warnings: "△", errors: "✘" } as const;

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

/** One --choose value: a file, or a comma list of files ("a.xlsx,b.xlsx"; a name with a comma is taken whole when it exists). */
function choiceFiles(value: string): string[] {
  if (existsSync(value)) return [value];
  return value.split(/[,，]/).map((f) => f.trim()).filter((f) => f !== "");
}

export async function consolidateCommand(args: Args, io: CliIO): Promise<number> {
  const s = await settings(args, io);
  if (!s) return 2;
  const format = s.existing?.report.format ?? formatForYear(s.year);
  const choose = flagList(args, "choose").flatMap(choiceFiles);
  const skipErrors = args.flags["skip-errors"] === true;
  const gathered = await gatherParts({ paths: args.positional, out: s.out, year: s.year, format, skipErrors, choose }, io);
  let partErrors = false;
  for (const { part, findings, format: partFormat } of gathered.taken) {
    io.out(partLine(io, part, findings));
    // Taken in with its problems listed, so the clerk can see what the totals inherit.
    for (const f of findings.filter((x) => x.severity !== "info")) io.out(`    ${t(io.lang, `severity.${f.severity}`)} ${renderFinding(f, partFormat, io.lang)}`);
    if (part.status === "errors") partErrors = true;
    if (s.existing?.report.parts?.some((p) => p.body === part.body)) io.err(t(io.lang, "cli.consolidate.replaced", { body: part.body }));
  }
  // A refused or unreadable part: nothing is written, since the totals would leave it out unseen.
  if (gathered.refusals > 0) {
    io.err(t(io.lang, "cli.consolidate.refused", { n: gathered.refusals, file: s.out }));
    return 2;
  }
  const incoming = gathered.taken.map((p) => p.part);
  // --skip-errors means what it says: a body left out now is not kept from the earlier 明细 either.
  const earlier = (s.existing?.report.parts ?? []).filter((p) => {
    const drop = gathered.skippedBodies.includes(p.body) && !incoming.some((x) => x.body === p.body);
    if (drop) io.err(t(io.lang, "cli.consolidate.droppedEarlier", { body: p.body }));
    return !drop;
  });
  const parts = mergeParts(earlier, incoming);
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
    await checkOutput({ path: s.out, kind: "xlsx", inputs: gathered.taken.map((p) => p.file) });
    const prior = s.existing?.prior;
    await writeOutput(s.out, await consolidatedBytes(plan, report, s.existing?.workbook ?? null, s.out, prior));
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.err(userSentence(e, io.lang));
    return 2;
  }
  io.err(t(io.lang, "cli.consolidate.written", { file: s.out, n: parts.length }));
  return partErrors || hasErrors(checkReport(report)) ? 1 : 0;
}
