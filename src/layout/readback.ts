// From what a host read (one sync: the named ranges and the sheet names) to report data. The plan is
// rebuilt from the workbook's own meta sheet (format, year, agency), so a 2019-format workbook is read
// as 2019 — and flagged (R10) when its year needs the 2021 format.
import { cellInfos, formatForYear, getFormat, isFormatId, isReportYear } from "../format";
import type { CellKey, FormatId, NarrativeSectionId } from "../format";
import { fromMark, readCell, SHARE_MARK, UNKNOWN, UNKNOWN_MARK, UNREAD_MARK } from "../model/cell";
import type { CellValue } from "../model/cell";
import type { ValueKind } from "../format/types";
import { emptyReport } from "../model/report";
import type { CellRef, PriorFigures, ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import { t } from "../i18n";
import { parseRange } from "./a1";
import { META_FIELDS } from "./meta-sheet";
import { explanationsFromRead } from "./notes-sheet";
import { explanationsFromSheet } from "./explain-sheet";
import type { Explanation } from "../explain/explanations";
import { NAME, textName } from "./names";
import { joinSection } from "./narrative-text";
import { isEmptyValue, normLabel } from "./normalize";
import { planLayout } from "./plan";
import type { RangeRead, WorkbookRead } from "./read-types";
import { readRegion } from "./region-read";
import type { FigureRead } from "./region-read";
import { r10 } from "./r10";
import { equations } from "../rules/equations";
import type { LayoutPlan, MetaField, SheetRole } from "./types";

export interface Meta {
  format: FormatId | null;
  year: number | null;
  agency: string | null;
  layoutVersion: number | null;
}

export interface ReadBackResult {
  report: ReportData;
  /** Last year's figures from the 上年数据 sheet, when any were entered. */
  prior?: PriorFigures;
  findings: Finding[];
  plan: LayoutPlan;
  meta: Meta;
  /** The clerk's explanations of accepted warnings, from the notes sheet (none when it is absent). */
  explanations: Explanation[];
}

/** Every defined name a host should load: the union over both formats' plans (two plans to build,
 *  so once per process: every read of every host asks for it). */
let names: readonly string[] | undefined;
export function namesToRead(): readonly string[] {
  names ??= [...new Set([...planLayout("2021").names, ...planLayout("2019").names].map((n) => n.name))];
  return names;
}

export function readMeta(range: RangeRead | null | undefined, today = new Date()): { meta: Meta; findings: Finding[] } {
  const meta: Meta = { format: null, year: null, agency: null, layoutVersion: null };
  const findings: Finding[] = [];
  if (!range) return { meta, findings };
  const fields = new Map<string, unknown>();
  for (const row of range.values) if (typeof row[0] === "string") fields.set(row[0].trim(), row[1]);
  const bad = (field: MetaField, value: unknown) =>
    findings.push(r10("error", "layout.r10.metaBad", { field, value: String(value) }, NAME.meta));
  for (const field of META_FIELDS) {
    const v = fields.get(field);
    if (isEmptyValue(v)) continue;
    if (field === "format") {
      if (isFormatId(String(v))) meta.format = String(v) as FormatId;
      else bad(field, v);
    } else if (field === "agency") meta.agency = String(v).trim();
    else {
      const n = Number(v);
      // The year as `xxgk template --year` takes it: 1e20 is an integer, but no report's year.
      const ok = field === "year" ? isReportYear(n, today) : Number.isSafeInteger(n);
      if (ok) meta[field] = n;
      else bad(field, v);
    }
  }
  return { meta, findings };
}

/** Table 三's height says the format when the meta sheet is gone: 23 rows (2019) or 25 (2021). */
function formatByShape(read: WorkbookRead, year: number | null): FormatId {
  const t3 = read.names[NAME.t3];
  if (t3) {
    for (const id of ["2021", "2019"] as FormatId[]) {
      const planned = planLayout(id).names.find((n) => n.name === NAME.t3);
      if (planned && t3.values.length === parseRange(planned.range).bottom - parseRange(planned.range).top + 1) return id;
    }
  }
  return year === null ? "2021" : formatForYear(year);
}

export function readBack(read: WorkbookRead): ReadBackResult {
  const { meta, findings } = readMeta(read.names[NAME.meta]);
  let format = meta.format;
  if (!format) {
    format = formatByShape(read, meta.year);
    findings.push(r10(read.names[NAME.meta] ? "error" : "warning", "layout.r10.metaMissing", { format }, NAME.meta));
  }
  const plan = planLayout(format, { year: meta.year, agency: meta.agency });
  const result = readBackWithPlan(plan, read);
  result.findings.unshift(...findings);
  result.meta = meta;
  return result;
}

const WHAT: Partial<Record<SheetRole, string>> = { t2: "layout.what.t2", t3: "layout.what.t3", t4: "layout.what.t4", prior: "layout.what.prior" };
const REGION_NAMES = new Set<string>([NAME.t2, NAME.t3, NAME.t4, NAME.prior]);

export function readBackWithPlan(plan: LayoutPlan, read: WorkbookRead): ReadBackResult {
  const f = getFormat(plan.format);
  const report = emptyReport(plan.format, plan.year, plan.agency);
  const refs: Record<CellKey, CellRef> = {};
  const findings: Finding[] = [];
  const priorCells: PriorFigures["cells"] = {};
  const priorRefs: Record<CellKey, CellRef> = {};
  const infos = cellInfos(f);
  const renamed = new Set<string>();
  const unread: Record<string, FigureRead[]> = {};
  const summed = new Set<CellKey>();

  // Every key gets a ref where the plan put it; a figure actually read moves it to where it was.
  for (const s of plan.sheets)
    for (const c of s.cells) if (c.key && c.role !== "prior") refs[c.key] = { sheet: s.name, address: c.address };

  for (const name of plan.names.filter((n) => REGION_NAMES.has(n.name))) {
    const sheet = plan.sheets.find((s) => s.name === name.sheet);
    if (!sheet) continue;
    const range = read.names[name.name];
    if (range && range.sheet !== sheet.name && !renamed.has(sheet.name)) {
      renamed.add(sheet.name);
      findings.push(r10("info", "layout.r10.sheetRenamed", { expected: sheet.name, actual: range.sheet }, name.name));
    }
    const what = t("zh-CN", WHAT[sheet.role] ?? sheet.name);
    const region = readRegion(sheet, name, range, what);
    findings.push(...region.findings);
    for (const fig of region.figures) {
      if (sheet.role === "prior") {
        const v = figureCell(fig, "count");
        if (v.kind !== "blank") priorCells[fig.key] = v;
        priorRefs[fig.key] = ref(fig);
      } else {
        const v = figureCell(fig, infos.get(fig.key)?.kind ?? "count");
        report.cells[fig.key] = v;
        refs[fig.key] = ref(fig);
        if (fig.formula && /^=SUM\(/i.test(fig.formula)) summed.add(fig.key);
        if (v.kind === "unread" && !v.unknown) (unread[sheet.name] ??= []).push(fig);
      }
    }
  }
  findings.push(...unreadFindings(report, unread));
  unknownTotals(report, summed);
  report.refs = refs;
  readText(plan, read, report, findings);

  // A format that does not suit the year is rules/structure.ts's finding (R10.formatForYear), for
  // workbooks and published reports alike: one owner, so it is reported once.
  const result: ReadBackResult = {
    report,
    findings,
    plan,
    meta: { format: plan.format, year: plan.year, agency: plan.agency, layoutVersion: plan.layoutVersion },
    explanations: storedExplanations(read),
  };
  if (Object.keys(priorCells).length > 0) result.prior = { year: plan.year === null ? null : plan.year - 1, cells: priorCells, refs: priorRefs };
  return result;
}

/** The 说明 sheet's table; a workbook laid out before it (layout 2) keeps them on the notes sheet. */
function storedExplanations(read: WorkbookRead): Explanation[] {
  const table = read.names[NAME.explanations];
  return table ? explanationsFromSheet(table) : explanationsFromRead(read.names[NAME.notes]);
}

const ref = (fig: FigureRead): CellRef => ({ sheet: fig.sheet, address: fig.address });

/**
 * Figures an import could not read from the source, still to be typed in: an error, as the source's
 * reading problem was, naming the cells (DESIGN §5: an unread cell is not blank and not 0). The old
 * single （六） row's figure, kept in its sub-rows' cells, is a warning as the import's was; its cells
 * share it with the other marked cells of their column.
 */
function unreadFindings(report: ReportData, unread: Record<string, FigureRead[]>): Finding[] {
  const out: Finding[] = [];
  for (const figs of Object.values(unread)) {
    const column = (key: string) => key.replace(/^(t3)\.[^.]+\./, "$1.*.");
    for (const fig of figs) {
      const c = report.cells[fig.key];
      if (c.kind === "unread" && c.share) c.share.keys = figs.filter((g) => column(g.key) === column(fig.key) && (report.cells[g.key] as { share?: unknown }).share).map((g) => g.key);
    }
    for (const shared of [false, true]) {
      const group = figs.filter((fig) => Boolean((report.cells[fig.key] as { share?: unknown }).share) === shared);
      if (group.length === 0) continue;
      const cells = group.map((fig) => ({ key: fig.key, sheet: fig.sheet, address: fig.address }));
      const params = { sheet: group[0].sheet, address: group[0].address, n: group.length, mark: shared ? SHARE_MARK : UNREAD_MARK };
      out.push({ rule: "R10", severity: shared ? "warning" : "error", cells, msg: { id: shared ? "layout.r10.shareMark" : "layout.r10.unreadMark", params } });
    }
  }
  return out;
}

/**
 * A template total (=SUM) over a cell that is unknown (the pane's 汇总 fills the inputs with formulas
 * over 明细, whose 未知 the SUM skips): its number is a partial sum, so it is unknown too — never
 * checked as if it were whole. Totals over totals settle in a second pass.
 */
function unknownTotals(report: ReportData, summed: Set<CellKey>): void {
  const isUnknown = (k: CellKey) => (report.cells[k] as { unknown?: true } | undefined)?.unknown === true;
  for (let pass = 0; pass < 3; pass++)
    for (const eq of equations(getFormat(report.format))) {
      const total = eq.total;
      if (total && summed.has(total) && !isUnknown(total) && eq.right.some(isUnknown)) report.cells[total] = UNKNOWN;
    }
}

/** A figure as read: the import's 未读 mark is unread; a 汇总 formula's 未知 is unknown (typed, it is text). */
function figureCell(fig: FigureRead, kind: ValueKind): CellValue {
  const marked = fromMark(fig.value);
  if (marked) return marked;
  if (typeof fig.value === "string" && fig.value.trim() === UNKNOWN_MARK && fig.formula) return UNKNOWN;
  return readCell(fig.value, kind);
}

/** The title and narrative cells, one defined name each; section 一's parts joined into one text. */
function readText(plan: LayoutPlan, read: WorkbookRead, report: ReportData, findings: Finding[]): void {
  const f = getFormat(plan.format);
  const single = (name: string): string | undefined => {
    const r = read.names[name];
    if (!r) return undefined;
    const v = r.values[0]?.[0];
    return isEmptyValue(v) ? "" : String(v);
  };
  const title = single(NAME.title);
  if (title !== undefined && normLabel(title) !== "") report.title = title;
  const parts: Partial<Record<NarrativeSectionId, Record<string, string>>> = {};
  for (const s of plan.sheets)
    for (const c of s.cells.filter((x) => x.role === "narrative" && x.section)) {
      const section = c.section as NarrativeSectionId;
      const name = textName(section, c.part);
      const text = single(name);
      if (text === undefined) {
        const what = t("zh-CN", "layout.what.text", { section: c.part ?? section });
        findings.push(r10("error", "layout.r10.nameMissing", { what, name }, name, { sheet: s.name, address: c.address }));
        continue;
      }
      (parts[section] ??= {})[c.part ?? ""] = text;
    }
  for (const [section, p] of Object.entries(parts) as [NarrativeSectionId, Record<string, string>][]) {
    const spec = f.sections.find((s) => s.id === section);
    const text = spec?.subheads ? joinSection(p, spec.subheads) : (p[""] ?? "");
    if (text.trim() !== "") report.narrative[section] = text;
  }
}
