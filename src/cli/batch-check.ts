// One file of `xxgk check`: read, pick last year's figures, run every rule, and keep what the
// verdict line, the JSON and the summary workbook need.
import { buildCheckResult } from "../check/run-check";
import type { CheckCounts } from "../check/run-check";
import type { ExplainedFinding } from "../explain/explanations";
import type { Lang } from "../i18n";
import { isUserError } from "../i18n/user-error";
import type { ReportData } from "../model/report";
import type { ScanOptions } from "../ocr/read-scan";
import { choosePrior } from "./batch-prior";
import type { PriorSource } from "./batch-prior";
import { findingJson } from "./findings-json";
import type { FindingJson } from "./findings-json";
import type { FileStatus } from "./findings-text";
import { readForCheck } from "./read-for-check";
import { figureCells } from "./summary-data";
import { unreadableMessage } from "./unreadable";

/** A file's entry in `check --json` (DESIGN §5, with a few fields more). */
export interface FileJson {
  file: string;
  status: FileStatus;
  message?: string;
  year?: number | null;
  agency?: string | null;
  format?: string;
  counts?: CheckCounts;
  /** Where last year's figures came from, and what was said about them. */
  prior?: { file: string; problems: string[] };
  /** --prior-dir: why this report has no report of last year. */
  unpaired?: string;
  findings: FindingJson[];
  /** Set when the file's pages were read by OCR (a scanned PDF, a picture). */
  ocr?: true;
  /** Each figure the OCR read, with its confidence (0–100); uncertain ones are unread, not here. */
  ocrCells?: { page: number; row: string; column: number; value: string; confidence: number }[];
}

/** What a folder check reads of a report after its rules ran: the verdict line's year, agency and
 *  format, and the cells of the summary's 数据 sheet. Nothing more crosses from a worker or waits for
 *  its turn in file order, so the main thread's memory does not grow with a report's size (a long
 *  narrative, a workbook's cell references) nor with the number of files (docs/perf.md). */
export type ReportGist = Pick<ReportData, "format" | "year" | "agency" | "cells">;

export interface Checked {
  json: FileJson;
  /** For the verdict lines and the summary workbook; absent when the file could not be read. */
  report?: ReportGist;
  findings: ExplainedFinding[];
  /** The file was read but holds nothing of a report (a README, a note): a folder's such files are skipped. */
  notReport?: true;
}

/** The refusals that mean "this is no report" rather than "this report is damaged". */
const NOT_A_REPORT = new Set(["import.notReport", "cli.read.notReport"]);

/** `options`: --no-ocr, and who hears of each scanned page read (the progress line). */
export async function checkFile(file: string, source: PriorSource, lang: Lang, options: ScanOptions = {}): Promise<Checked> {
  try {
    const read = await readForCheck(file, options);
    const { report } = read;
    const choice = choosePrior(source, report, read.prior, lang);
    // The workbook's stored explanations (说明) turn the warnings they cover into explained ones.
    const checked = buildCheckResult({ ...read, prior: choice.prior }, lang);
    const json: FileJson = {
      file,
      status: checked.status,
      year: report.year,
      agency: report.agency,
      format: report.format,
      counts: checked.counts,
      findings: checked.findings.map((f) => findingJson(f, report.format, lang)),
    };
    if (choice.file) json.prior = { file: choice.file, problems: choice.problems };
    if (choice.unpaired) json.unpaired = choice.unpaired;
    if (read.ocr) {
      json.ocr = true;
      json.ocrCells = read.ocr.confidences;
    }
    return { json, report: reportGist(report), findings: checked.findings };
  } catch (e) {
    const one: Checked = { json: { file, status: "unreadable", message: unreadableMessage(e, lang), findings: [] }, findings: [] };
    if (isUserError(e) && NOT_A_REPORT.has(e.msg.id)) one.notReport = true;
    return one;
  }
}

function reportGist(r: ReportData): ReportGist {
  return { format: r.format, year: r.year, agency: r.agency, cells: figureCells(r) };
}
