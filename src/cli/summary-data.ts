// The reviewer's summary of a batch as plain tables (DESIGN §5 `--report`): 汇总 one row per report,
// 问题 every finding, 数据 each report's key figures side by side. Pure; summary-xlsx.ts and
// summary-csv.ts only write them.
import { isExplained } from "../check/run-check";
import type { ExplainedFinding } from "../explain/explanations";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { ReportData } from "../model/report";
import { renderFinding } from "../rules/render";
import type { FindingCell } from "../rules/types";
import type { Checked } from "./batch-check";
import type { BatchNote } from "./batch-notes";

export type SummaryValue = string | number | null;

/** How a column is printed: text left, long text wrapped, counts and figures right, the result coloured. */
export type ColumnKind = "text" | "long" | "number" | "status";

export interface SummaryColumn {
  header: string;
  /** Width in Excel units (a CJK character is two). */
  width: number;
  kind: ColumnKind;
}

export interface SummarySheet {
  /** The sheet's name (汇总, 问题, 数据). */
  name: string;
  columns: SummaryColumn[];
}

/** A whole table at once (tests, small batches); a folder check streams rows instead (summary-spool.ts). */
export interface SummaryTable extends SummarySheet {
  header: string[];
  widths: number[];
  rows: SummaryValue[][];
}

/** How many findings the 汇总 row quotes before "…". */
const FIRST_FINDINGS = 3;

const col = (lang: Lang, id: string) => t(lang, `summary.col.${id}`);
const column = (lang: Lang, id: string, width: number, kind: ColumnKind = "text"): SummaryColumn => ({ header: col(lang, id), width, kind });

/** The three sheets' columns, the same for every batch. */
export function summarySheets(lang: Lang): SummarySheet[] {
  const overview = [
    column(lang, "file", 30),
    column(lang, "agency", 30),
    column(lang, "year", 6, "number"),
    column(lang, "format", 6),
    column(lang, "status", 9, "status"),
    column(lang, "errors", 6, "number"),
    column(lang, "warnings", 6, "number"),
    column(lang, "explained", 8, "number"),
    column(lang, "prior", 24),
    column(lang, "first", 64, "long"),
  ];
  const findings = [
    column(lang, "file", 30),
    column(lang, "agency", 30),
    column(lang, "rule", 6),
    column(lang, "ruleName", 18),
    column(lang, "severity", 9, "status"),
    column(lang, "cell", 22),
    column(lang, "message", 64, "long"),
    column(lang, "code", 28),
  ];
  // A figure's header is up to 14 CJK characters: wrapped on two lines in a column of 16.
  const figures = [column(lang, "file", 30), column(lang, "agency", 30), column(lang, "year", 6, "number"), ...FIGURES.map((f) => ({ header: t(lang, `summary.fig.${f.id}`), width: f.id.endsWith("InForce") || f.id === "fees" ? 16 : 10, kind: "number" as const }))];
  return [
    { name: t(lang, "summary.sheet.overview"), columns: overview },
    { name: t(lang, "summary.sheet.findings"), columns: findings },
    { name: t(lang, "summary.sheet.figures"), columns: figures },
  ];
}

/** One report's rows for each sheet: one 汇总 row, a 问题 row per finding, one 数据 row when it was read.
 *  `name` gives the file as the summary shows it (relative to the folder checked). */
export function summaryRows(one: Checked, lang: Lang, name: (file: string) => string = (f) => f): SummaryValue[][][] {
  const { json, report, findings } = one;
  const file = name(json.file);
  const c = json.counts;
  const prior = json.prior?.file ?? json.unpaired ?? null;
  const open = findings.filter((f) => f.severity !== "info" && !isExplained(f));
  const first = report
    ? [...open.slice(0, FIRST_FINDINGS).map((f) => renderFinding(f, report.format, lang)), ...(open.length > FIRST_FINDINGS ? [t(lang, "summary.more", { n: open.length })] : [])].join("\n")
    : (json.message ?? "");
  const overview = [file, json.agency ?? null, json.year ?? null, json.format ?? null, t(lang, `summary.status.${json.status}`), c?.errors ?? null, c?.warnings ?? null, c?.explained ?? null, prior, first];
  if (!report) return [[overview], [], []];
  const found = findings.map((f) => [file, report.agency, f.rule, t(lang, `rule.${f.rule}.name`), severityWord(f, lang), place(f.cells), renderFinding(f, report.format, lang), f.msg.id]);
  const figures = [file, json.agency ?? null, json.year ?? null, ...FIGURES.map((f) => figureOf(report, f.keys(report)))];
  return [[overview], found, [figures]];
}

export function summaryTables(results: Checked[], lang: Lang, name?: (file: string) => string): SummaryTable[] {
  const tables = summarySheets(lang).map((sheet) => ({ ...sheet, header: sheet.columns.map((c) => c.header), widths: sheet.columns.map((c) => c.width), rows: [] as SummaryValue[][] }));
  for (const one of results) summaryRows(one, lang, name).forEach((rows, i) => tables[i].rows.push(...rows));
  return tables;
}

/** 问题 rows for files not checked and notes about the folder (issue 18), in the findings sheet's
 *  columns: file, agency, rule, rule name, severity, cell, message, code. */
export function noteRows(notes: BatchNote[], lang: Lang, name: (file: string) => string = (f) => f): SummaryValue[][] {
  return notes.map((n) => [name(n.file), null, null, null, t(lang, n.kind === "skipped" ? "summary.skipped" : "severity.warning"), "", n.message, n.code]);
}

/** `'表三 依申请公开'!C7` for a workbook cell; a published report has no cells, so its finding names none. */
function place(cells: FindingCell[]): string {
  const at = cells.filter((c) => c.sheet && c.address).map((c) => `'${c.sheet}'!${c.address}`);
  return at.length > 4 ? `${at.slice(0, 4).join(", ")} …` : at.join(", ");
}

function severityWord(f: ExplainedFinding, lang: Lang): string {
  return isExplained(f) ? t(lang, "cli.explained") : t(lang, `severity.${f.severity}`);
}

/** The cells the 数据 sheet reads, and no others: all a folder check keeps of a report's figures. */
export function figureCells(r: Pick<ReportData, "cells">): ReportData["cells"] {
  const out: ReportData["cells"] = {};
  for (const f of FIGURES) for (const k of f.keys(r)) if (r.cells[k] !== undefined) out[k] = r.cells[k];
  return out;
}

/** A figure of the 数据 sheet: the sum of some table cells' 总计 (or a table-二/四 cell). */
interface Figure {
  id: string;
  keys: (r: Pick<ReportData, "cells">) => string[];
}

const t3Rows = (prefix: string) => (r: Pick<ReportData, "cells">) =>
  Object.keys(r.cells).filter((k) => new RegExp(`^t3\\.${prefix}\\d*\\.total$`).test(k));
const fixed = (...keys: string[]) => () => keys;

const FIGURES: Figure[] = [
  { id: "new", keys: fixed("t3.new.total") },
  { id: "carriedIn", keys: fixed("t3.carriedIn.total") },
  { id: "granted", keys: fixed("t3.granted.total") },
  { id: "partial", keys: fixed("t3.partial.total") },
  { id: "withheld", keys: t3Rows("withheld") },
  { id: "unable", keys: t3Rows("unable") },
  { id: "refused", keys: t3Rows("refused") },
  { id: "other", keys: t3Rows("other") },
  { id: "total", keys: fixed("t3.total.total") },
  { id: "carriedOut", keys: fixed("t3.carriedOut.total") },
  { id: "review", keys: fixed("t4.review.total") },
  { id: "suits", keys: fixed("t4.suitDirect.total", "t4.suitAfterReview.total") },
  { id: "regulationsInForce", keys: fixed("t2.regulations.inForce") },
  { id: "normativeInForce", keys: fixed("t2.normative.inForce") },
  { id: "license", keys: fixed("t2.license.decisions") },
  { id: "penalty", keys: fixed("t2.penalty.decisions") },
  { id: "coercion", keys: fixed("t2.coercion.decisions") },
  { id: "fees", keys: fixed("t2.fees.amount") },
];

/** The sum when every cell is a figure; a single cell as written when it is text; blank otherwise —
 *  never a zero the report did not state. */
export function figureOf(r: Pick<ReportData, "cells">, keys: string[]): SummaryValue {
  if (keys.length === 0) return null;
  let sum = 0;
  for (const k of keys) {
    const v = r.cells[k];
    if (v?.kind === "number") sum += v.value;
    else if (keys.length === 1 && (v?.kind === "text" || v?.kind === "nodata")) return v.raw;
    else return null;
  }
  return Math.round(sum * 1e6) / 1e6;
}
