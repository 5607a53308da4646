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

export interface SummaryTable {
  /** The sheet's name (汇总, 问题, 数据). */
  name: string;
  header: string[];
  /** Column widths in characters. */
  widths: number[];
  rows: SummaryValue[][];
}

/** How many findings the 汇总 row quotes before "…". */
const FIRST_FINDINGS = 3;

export function summaryTables(results: Checked[], lang: Lang, notes: BatchNote[] = []): SummaryTable[] {
  return [overview(results, lang), findingsTable(results, lang, notes), figuresTable(results, lang)];
}

const col = (lang: Lang, id: string) => t(lang, `summary.col.${id}`);

function overview(results: Checked[], lang: Lang): SummaryTable {
  const ids = ["file", "agency", "year", "format", "status", "errors", "warnings", "explained", "prior", "first"];
  const rows = results.map(({ json, report, findings }): SummaryValue[] => {
    const c = json.counts;
    const prior = json.prior?.file ?? json.unpaired ?? null;
    const open = findings.filter((f) => f.severity !== "info" && !isExplained(f));
    const first = report
      ? [...open.slice(0, FIRST_FINDINGS).map((f) => renderFinding(f, report.format, lang)), ...(open.length > FIRST_FINDINGS ? [t(lang, "summary.more", { n: open.length })] : [])].join("\n")
      : (json.message ?? "");
    return [json.file, json.agency ?? null, json.year ?? null, json.format ?? null, t(lang, `summary.status.${json.status}`), c?.errors ?? null, c?.warnings ?? null, c?.explained ?? null, prior, first];
  });
  return { name: t(lang, "summary.sheet.overview"), header: ids.map((id) => col(lang, id)), widths: [30, 24, 6, 6, 8, 6, 6, 7, 24, 60], rows };
}

/** `'表三 依申请公开'!C7` for a workbook cell; a published report has no cells, so its finding names none. */
function place(cells: FindingCell[]): string {
  const at = cells.filter((c) => c.sheet && c.address).map((c) => `'${c.sheet}'!${c.address}`);
  return at.length > 4 ? `${at.slice(0, 4).join(", ")} …` : at.join(", ");
}

function severityWord(f: ExplainedFinding, lang: Lang): string {
  return isExplained(f) ? t(lang, "cli.explained") : t(lang, `severity.${f.severity}`);
}

function findingsTable(results: Checked[], lang: Lang, notes: BatchNote[]): SummaryTable {
  const ids = ["file", "agency", "rule", "code", "severity", "cell", "message"];
  const rows: SummaryValue[][] = [];
  for (const { json, report, findings } of results) {
    if (!report) continue;
    for (const f of findings) rows.push([json.file, report.agency, f.rule, f.msg.id, severityWord(f, lang), place(f.cells), renderFinding(f, report.format, lang)]);
  }
  // Files not checked and notes about the folder (issue 18): every file found is accounted for.
  for (const n of notes) rows.push([n.file, null, null, n.code, t(lang, n.kind === "skipped" ? "summary.skipped" : "severity.warning"), "", n.message]);
  return { name: t(lang, "summary.sheet.findings"), header: ids.map((id) => col(lang, id)), widths: [30, 24, 6, 22, 8, 22, 60], rows };
}

/** A figure of the 数据 sheet: the sum of some table cells' 总计 (or a table-二/四 cell). */
interface Figure {
  id: string;
  keys: (r: ReportData) => string[];
}

const t3Rows = (prefix: string) => (r: ReportData) =>
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
export function figureOf(r: ReportData, keys: string[]): SummaryValue {
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

function figuresTable(results: Checked[], lang: Lang): SummaryTable {
  const rows = results
    .filter((r) => r.report)
    .map(({ json, report }) => [json.file, json.agency ?? null, json.year ?? null, ...FIGURES.map((f) => figureOf(report as ReportData, f.keys(report as ReportData)))]);
  const header = [col(lang, "file"), col(lang, "agency"), col(lang, "year"), ...FIGURES.map((f) => t(lang, `summary.fig.${f.id}`))];
  return { name: t(lang, "summary.sheet.figures"), header, widths: [30, 24, 6, ...FIGURES.map(() => 9)], rows };
}
