// The parts of `xxgk consolidate`: the files `xxgk check` takes from the same PATHs (PDF included,
// the same folder walk, a note or README in a folder skipped with a line), each read and checked.
// A part is refused — with its name — when it is of another year or format, when a second report of
// the same body is among them (unless the reviewer chose one with --choose), or when it could not be
// read; any refusal stops the write, so no total ever sums a subset silently. The output itself is
// recognised by device and inode after links are resolved, never by its path string: an earlier
// result reachable inside the parts folder through a link is never read as a part.
import { promises as fs } from "fs";
import type { Stats } from "fs";
import { resolve } from "path";
import { partOf } from "../consolidate";
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { PartFigures } from "../model/report";
import { checkReport } from "../check/engine";
import type { Finding } from "../rules/types";
import { walkPaths } from "./batch-files";
import type { CliIO } from "./io";
import { readForCheck } from "./read-for-check";
import { unreadableMessage } from "./unreadable";

export interface TakenPart {
  file: string;
  part: PartFigures;
  findings: Finding[];
  format: FormatId;
}

export interface GatheredParts {
  taken: TakenPart[];
  /** Parts with errors left out under --skip-errors, by body. */
  skippedBodies: string[];
  /** Why the consolidation may not be written (one line each, already said). */
  refusals: number;
}

export interface GatherOptions {
  paths: string[];
  out: string;
  year: number;
  format: FormatId;
  skipErrors: boolean;
  /** --choose (repeatable): for each body with two reports of the year among the parts, the file to take. */
  choose?: string[];
}

const statOrNull = (p: string): Promise<Stats | null> => fs.stat(p).catch(() => null);
const sameFile = (a: Stats | null, b: Stats | null) => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/** The refusals that mean "this is no report" (a note, a README): a folder's such files are skipped. */
const NOT_A_REPORT = new Set(["import.notReport", "cli.read.notReport"]);

export async function gatherParts(opts: GatherOptions, io: CliIO): Promise<GatheredParts> {
  const output = await statOrNull(opts.out);
  const choices = await Promise.all((opts.choose ?? []).map(async (file) => ({ file, stat: await statOrNull(file), matched: false })));
  const choiceOf = (stat: Stats | null) => choices.find((c) => sameFile(c.stat, stat));
  const named = new Set(opts.paths.map((p) => resolve(p)));
  const say = (id: string, params: Record<string, string | number>) => io.err(t(io.lang, id, params));
  const result: GatheredParts = { taken: [], skippedBodies: [], refusals: 0 };
  const refuse = (id: string, params: Record<string, string | number>) => {
    say(id, params);
    result.refusals++;
  };
  // The same walk as check: every file not taken is named, a folder that cannot be read stops the write.
  const walk = await walkPaths(opts.paths);
  for (const s of walk.skipped) {
    if (sameFile(await statOrNull(s.file), output)) say("cli.consolidate.isOutput", { file: s.file, out: opts.out });
    else say("cli.consolidate.skippedFile", { file: s.file, why: s.message ?? t(io.lang, s.id, s.params) });
  }
  for (const p of walk.problems) refuse("cli.consolidate.unreadable", { file: p.file, why: unreadableMessage(p.error, io.lang) });
  const candidates: (TakenPart & { chosen: boolean })[] = [];
  for (const file of walk.files) {
    const own = await statOrNull(file);
    const choice = choiceOf(own);
    if (choice) choice.matched = true;
    if (sameFile(own, output)) {
      say("cli.consolidate.isOutput", { file, out: opts.out });
      continue;
    }
    let read;
    try {
      read = await readForCheck(file);
    } catch (e) {
      const id = (e as { msg?: { id?: string } }).msg?.id;
      if (id && NOT_A_REPORT.has(id) && !named.has(resolve(file))) say("cli.consolidate.notReport", { file });
      else refuse("cli.consolidate.unreadable", { file, why: unreadableMessage(e, io.lang) });
      continue;
    }
    const findings = checkReport(read.report, { ...(read.prior ? { prior: read.prior } : {}), readerFindings: read.findings });
    const part = partOf(read.report, findings, file);
    if (read.report.format !== opts.format) {
      refuse("cli.consolidate.formatMismatch", { file, body: part.body, partFormat: read.report.format, format: opts.format });
      continue;
    }
    if (part.year !== null && part.year !== opts.year) {
      refuse("cli.consolidate.yearMismatch", { file, body: part.body, partYear: part.year, year: opts.year });
      continue;
    }
    if (part.status === "errors" && opts.skipErrors) {
      say("cli.consolidate.skipped", { body: part.body, file });
      result.skippedBodies.push(part.body);
      continue;
    }
    candidates.push({ file, part, findings, format: read.report.format, chosen: choice !== undefined });
  }
  // A choice that names no file among the parts is refused, not ignored: the reviewer meant a file.
  for (const c of choices) if (!c.matched) refuse("cli.consolidate.chooseUnmatched", { file: c.file });
  for (const [body, group] of byBody(candidates)) {
    const kept = group.length === 1 ? group[0] : keepOne(body, group);
    if (kept) result.taken.push({ file: kept.file, part: kept.part, findings: kept.findings, format: kept.format });
  }
  return result;

  /** Of two or more reports of one body: the one --choose names, or a refusal naming them. */
  function keepOne(body: string, group: (TakenPart & { chosen: boolean })[]): (TakenPart & { chosen: boolean }) | null {
    const chosen = group.filter((p) => p.chosen);
    if (chosen.length === 1) {
      for (const other of group) if (other !== chosen[0]) say("cli.consolidate.chosen", { body, file: chosen[0].file, other: other.file });
      return chosen[0];
    }
    if (chosen.length > 1) refuse("cli.consolidate.chooseTwice", { body, file: chosen[1].file, other: chosen[0].file });
    else for (const other of group.slice(1)) refuse("cli.consolidate.duplicate", { body, year: group[0].part.year ?? opts.year, file: other.file, other: group[0].file });
    return null;
  }
}

/** Parts grouped by body, in the order each body first comes. */
function byBody<T extends { part: PartFigures }>(parts: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const p of parts) groups.set(p.part.body, [...(groups.get(p.part.body) ?? []), p]);
  return groups;
}
