// Last year's reference figures (上年数据) from last year's report — a workbook or a published report,
// whichever way it was read — for this year's report: 结转下年度继续办理 per table-三 column (R6) and
// 现行有效件数 per table-二 row (R7), keyed by this year's keys, with what the clerk should know about
// them. Pure: the CLI (template/import --prior) and the task pane (导入上年数据) both call it.
//
// Nothing here refuses: a prior report of another year is said (the clerk may know better, e.g. a
// corrected report), blank or unreadable figures are left blank and said, and a 2019-format prior (a
// report on 2020) has no 现行有效件数 in the 2021 sense, so R7 cannot use it.
import { cellKey, getFormat } from "../format";
import type { CellKey, FormatId } from "../format";
import { agencyKey, sameAgency } from "./agency-name";
import { cellText } from "./cell";
import type { CellValue } from "./cell";
import type { PriorFigures, ReportData } from "./report";

const IN_FORCE = "inForce";

export interface PriorProblem {
  /** i18n id under "prior.*"; params fill its placeholders. */
  id: string;
  params: Record<string, string | number>;
  severity: "warning" | "info";
}

/** One figure of the 上年数据 sheet as found in last year's report (for showing what was found). */
export interface PriorItem {
  key: CellKey;
  /** "结转下年度继续办理 · 自然人", "现行有效件数 · 规章". */
  label: string;
  /** The number taken, or null when left blank. */
  value: number | null;
}

export interface PriorImport {
  /** Only clean numbers; a figure left blank is absent from `cells`. No refs: they would name last year's file. */
  prior: PriorFigures;
  /** Every figure the 上年数据 sheet of this year's format holds, in sheet order. */
  items: PriorItem[];
  problems: PriorProblem[];
  /** What the prior report said about itself. */
  source: { year: number | null; agency: string | null; format: FormatId };
}

/** The keys of the 上年数据 sheet of a format, with their labels, in the sheet's order. */
export function priorItems(format: FormatId): { key: CellKey; label: string }[] {
  const f = getFormat(format);
  const out: { key: CellKey; label: string }[] = [];
  const carried = f.t3.rows.find((r) => r.key === "carriedOut");
  if (carried) for (const c of f.t3.columns) out.push({ key: cellKey("t3", "carriedOut", c.key), label: `${shortLabel(carried.label)} · ${c.label}` });
  for (const g of f.t2) {
    const col = g.columns.find((c) => c.key === IN_FORCE);
    if (col) for (const r of g.rows) out.push({ key: cellKey("t2", r.key, IN_FORCE), label: `${col.label} · ${r.label}` });
  }
  return out;
}

/** "四、结转下年度继续办理" → "结转下年度继续办理". */
const shortLabel = (label: string): string => label.replace(/^[一二三四五六七八九十]+、/, "");

/**
 * `last`: last year's report as read. `year` and `format`: this year's report (the workbook's). The
 * figures come from `last`'s own table-三 结转下年度继续办理 row and table-二 现行有效件数 column.
 */
/** Whether last year's report is last year's report of this agency: the one check behind every
 *  --prior (check, import, template, draft, export --yoy) and the pane's 上年 file (issue 18). */
export function priorMismatch(last: Pick<ReportData, "year" | "agency">, year: number | null, agency?: string | null): PriorProblem[] {
  const problems: PriorProblem[] = [];
  const expected = year === null ? null : year - 1;
  if (last.year === null) {
    problems.push(expected === null ? { id: "prior.yearUnknown", params: {}, severity: "warning" } : { id: "prior.yearUnknownExpected", params: { expected }, severity: "warning" });
  } else if (expected !== null && last.year !== expected) {
    problems.push({ id: "prior.yearMismatch", params: { prior: last.year, year: year as number, expected }, severity: "warning" });
  }
  // Another agency's figures make every 同比 sentence false; a name that differs only by its higher
  // place in front (sameAgency) is the same agency.
  if (agency && last.agency && agencyKey(agency) !== agencyKey(last.agency) && !sameAgency(agency, last.agency)) {
    problems.push({ id: "prior.otherAgency", params: { prior: last.agency, agency }, severity: "warning" });
  }
  return problems;
}

export function priorFromLastReport(last: ReportData, year: number | null, format: FormatId, agency?: string | null): PriorImport {
  const problems: PriorProblem[] = priorMismatch(last, year, agency);

  const wanted = priorItems(format);
  const lastHasInForce = getFormat(last.format).t2.some((g) => g.columns.some((c) => c.key === IN_FORCE));
  const wantsInForce = wanted.some((w) => w.key.endsWith(`.${IN_FORCE}`));
  if (wantsInForce && !lastHasInForce) {
    problems.push({ id: "prior.format2019", params: { year: last.year ?? "?" }, severity: "warning" });
  }

  const cells: Record<CellKey, CellValue> = {};
  const items: PriorItem[] = [];
  const blank: string[] = [];
  const unread: string[] = [];
  for (const w of wanted) {
    const isInForce = w.key.endsWith(`.${IN_FORCE}`);
    if (isInForce && !lastHasInForce) {
      items.push({ ...w, value: null });
      continue; // said once above
    }
    const v = last.cells[w.key];
    if (v && v.kind === "number" && Number.isFinite(v.value)) {
      cells[w.key] = { kind: "number", value: v.value };
      items.push({ ...w, value: v.value });
      if (v.value < 0 || !Number.isInteger(v.value)) {
        problems.push({ id: "prior.notCount", params: { label: w.label, value: v.value }, severity: "warning" });
      }
      continue;
    }
    items.push({ ...w, value: null });
    if (!v || v.kind === "blank") blank.push(w.label);
    else if (v.kind === "unread") unread.push(w.label);
    else if (v.kind === "text" && v.guess !== undefined) {
      problems.push({ id: "prior.unreadableGuess", params: { label: w.label, raw: cellText(v), guess: v.guess }, severity: "warning" });
    } else problems.push({ id: "prior.unreadable", params: { label: w.label, raw: cellText(v) }, severity: "warning" });
  }
  if (blank.length > 0) problems.push({ id: "prior.blank", params: { labels: blank.join("、"), n: blank.length }, severity: "warning" });
  if (unread.length > 0) problems.push({ id: "prior.unread", params: { labels: unread.join("、"), n: unread.length }, severity: "warning" });
  if (Object.keys(cells).length === 0) problems.push({ id: "prior.none", params: {}, severity: "warning" });

  return {
    prior: { year: last.year, cells },
    items,
    problems,
    source: { year: last.year, agency: last.agency, format: last.format },
  };
}
