// The workbook `xxgk import -o` writes, without losing what the tool knows (issue 11):
// - OUT exists (no --force): it must be a report workbook of this layout, and it is updated in place
//   — the clerk's own sheets, notes and cells stay; anything else is refused with a sentence.
// - REPORT is a workbook: the copy starts from REPORT's own bytes, so its explanations (说明), 上年数据,
//   extra sheets and notes travel with it.
// - otherwise a fresh workbook from the template, with the explanations and last year's figures.
import { readInput } from "../import/read-input";
import { planLayout } from "../layout/plan";
import type { PriorFigures, ReportData } from "../model/report";
import { UserError } from "../i18n/user-error";
import { NAME } from "../layout/names";
import { readMeta } from "../layout/readback";
import { loadWorkbook, workbookRead } from "../xlsx/read-workbook";
import { updateWorkbook } from "../xlsx/update-workbook";
import { writeWorkbook } from "../xlsx/write-plan";
import { existsError, writeError } from "./output";
import type { OutputCheck } from "./output";
import type { ReadFileResult } from "./read-file";

export interface WorkbookTarget {
  prior?: PriorFigures;
  target: OutputCheck;
  force: boolean;
}

/** The bytes to write, and whether they update OUT in place (the command says so). */
export async function reportWorkbookBytes(read: ReadFileResult, out: string, opts: WorkbookTarget): Promise<{ bytes: Uint8Array; inPlace: boolean }> {
  const { report, explanations } = read;
  const plan = planLayout(report.format, { year: report.year, agency: report.agency });
  const keep = { ...(opts.prior ? { prior: opts.prior } : {}), ...(explanations.length > 0 ? { explanations } : {}) };
  if (opts.target.exists && !opts.force) {
    let existing: Uint8Array;
    try {
      // Bounded like every input: the workbook updated in place is read too.
      existing = await readInput(out, "xlsx");
    } catch (e) {
      throw writeError(out, e);
    }
    // Another body's or another year's workbook is not updated in place by accident (its labels and
    // 上年数据 would then belong to nobody): said, and --force needed.
    const updated = await updateWorkbook(existing, out, plan, report, keep);
    const other = updated ? await otherReport(existing, out, report) : null;
    if (other) throw new UserError("io.write.otherReport", { file: out, ...other });
    if (updated) return { bytes: updated, inPlace: true };
    throw existsError(out, (await isReportWorkbook(existing, out)) ? "io.write.otherLayout" : "io.write.notReportWorkbook");
  }
  if (read.workbook) {
    const copied = await updateWorkbook(read.workbook, report.file ?? out, plan, report, keep);
    if (copied) return { bytes: copied, inPlace: false };
  }
  return { bytes: await writeWorkbook(plan, report, keep), inPlace: false };
}

/** What makes the workbook at `file` another report than `report`: its agency or year, when both say. */
async function otherReport(bytes: Uint8Array, file: string, report: ReportData): Promise<Record<string, string | number> | null> {
  let meta;
  try {
    meta = readMeta(workbookRead(await loadWorkbook(bytes, file)).names[NAME.meta]).meta;
  } catch {
    return null; // not a workbook we can read: updateWorkbook refuses it with its own sentence
  }
  const agency = (s: string | null) => (s ?? "").trim();
  const otherAgency = agency(meta.agency) !== "" && agency(report.agency) !== "" && agency(meta.agency) !== agency(report.agency);
  const otherYear = meta.year !== null && report.year !== null && meta.year !== report.year;
  if (!otherAgency && !otherYear) return null;
  return { agency: agency(meta.agency) || "?", year: meta.year ?? "?", reportAgency: agency(report.agency) || "?", reportYear: report.year ?? "?" };
}

/** A workbook with any of the report's defined names (made by this tool, of some version). */
async function isReportWorkbook(bytes: Uint8Array, file: string): Promise<boolean> {
  try {
    return Object.values(workbookRead(await loadWorkbook(bytes, file)).names).some((r) => r !== null);
  } catch {
    return false;
  }
}
