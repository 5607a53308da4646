// 生成模板 on a workbook that may already hold a report. Decides what to write: the current plan,
// filled with every figure and text read from the workbook (by label when a table was damaged), so
// labels, formulas and formats are restored and an older layout is upgraded without losing input.
// Cells the tool did not create are never overwritten silently: they come back as conflicts for
// the host to ask about before writing. An input cell that holds a formula — 汇总's SUMs over 明细,
// or any the clerk or a later feature wrote — keeps the formula, not its current result (the
// report data carries values only), and the result counts them so the host can say so.
import { formatForYear } from "../format";
import type { FormatId } from "../format";
import { emptyReport } from "../model/report";
import type { PriorFigures, ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import { a1, parseRange } from "./a1";
import { fillPlan } from "./fill";
import { fillExplanations } from "./explain-sheet";
import { LAYOUT_VERSION, NAME } from "./names";
import { isEmptyValue, isFormula, normLabel } from "./normalize";
import { planLayout } from "./plan";
import type { RangeRead, WorkbookRead } from "./read-types";
import { readBack } from "./readback";
import type { LayoutPlan } from "./types";

export interface RelayoutOptions {
  /** Given when the clerk chose them in the task pane; otherwise the workbook's own meta decides. */
  format?: FormatId;
  year?: number | null;
  agency?: string | null;
  /**
   * The year to use when neither `year` nor the workbook's meta gives one: the host passes
   * defaultReportYear(today) (this module never reads the clock). A new workbook then gets that
   * year's format; a workbook that already has a format gets the year only when the two agree, so a
   * default never turns a 2019-format workbook into an R10 error.
   */
  defaultYear?: number;
}

export interface Conflict {
  sheet: string;
  address: string;
  existing: string;
  planned: string;
}

export interface RelayoutResult {
  /** The plan to write, its input cells already holding the workbook's figures and text. */
  plan: LayoutPlan;
  report: ReportData;
  prior?: PriorFigures;
  /** Non-empty cells the plan would change that the tool cannot show it made. Ask before writing. */
  conflicts: Conflict[];
  /** Sheets to rename back before writing (a clerk renamed them; names still pointed at them). */
  renames: { from: string; to: string }[];
  /** Sheets whose tables changed shape: clear them, then write, so no shifted remains are left. */
  rebuild: string[];
  /** The layout version the workbook had, when it was older than the current one. */
  upgradedFrom: number | null;
  /** What reading the workbook found (R10 structure findings among them). */
  findings: Finding[];
  /** Input cells (tables and 上年数据) whose formula the plan keeps instead of its current value. */
  keptFormulas: number;
}

/**
 * `read` is the one-sync read of the defined names; `sheets` the used range of each existing sheet
 * whose name the plan uses (or that a name now points at), for conflict detection.
 */
export function relayout(read: WorkbookRead, sheets: Record<string, RangeRead>, opts: RelayoutOptions = {}): RelayoutResult {
  const ours = Boolean(read.names[NAME.meta]);
  const back = ours ? readBack(read) : null;
  const known = opts.format ?? back?.meta.format ?? back?.plan.format;
  let year = opts.year !== undefined ? opts.year : (back?.meta.year ?? null);
  if (year === null && opts.year === undefined && opts.defaultYear !== undefined && (!known || formatForYear(opts.defaultYear) === known)) {
    year = opts.defaultYear;
  }
  const format = known ?? (year !== null ? formatForYear(year) : "2021");
  const agency = opts.agency !== undefined ? opts.agency : (back?.meta.agency ?? null);
  const report = back?.report ?? emptyReport(format, year, agency);
  const basePlan = planLayout(format, { year, agency });
  // A title the clerk edited is kept; the generated one follows the (possibly new) year and agency.
  const generated = back?.plan.sheets.flatMap((s) => s.cells).find((c) => c.role === "title" && c.address === "A1")?.value;
  const titled = report.title !== undefined && report.title !== generated ? report : { ...report, title: undefined };
  // The clerk's explanations ride along, so a re-layout (or an upgrade from a layout without the
  // notes sheet) never drops one.
  const filled = fillExplanations(fillPlan(basePlan, titled, back?.prior), back?.explanations ?? []);
  const { plan, kept: keptFormulas } = keepFormulas(filled, read, { ...(report.refs ?? {}), ...(back?.prior?.refs ?? {}) });

  const renames: { from: string; to: string }[] = [];
  const damaged = new Set<string>();
  for (const n of basePlan.names) {
    const r = read.names[n.name];
    if (r && r.sheet !== n.sheet && !renames.some((x) => x.from === r.sheet)) renames.push({ from: r.sheet, to: n.sheet });
    if (!r || !ours) continue;
    const p = parseRange(n.range);
    const q = parseRange(r.address);
    if (p.bottom - p.top !== q.bottom - q.top || p.right - p.left !== q.right - q.left || p.top !== q.top || p.left !== q.left) damaged.add(n.sheet);
  }
  const layoutVersion = back?.meta.layoutVersion ?? null;
  const upgradedFrom = ours && layoutVersion !== null && layoutVersion < LAYOUT_VERSION ? layoutVersion : null;
  const ownIntact = (sheet: string) => ours && upgradedFrom === null && !damaged.has(sheet);

  // Where each figure or text was read from: carried to its planned cell, so not a conflict.
  const carried = new Set<string>();
  for (const r of Object.values(report.refs ?? {})) carried.add(`${r.sheet}!${r.address}`);
  for (const r of Object.values(back?.prior?.refs ?? {})) carried.add(`${r.sheet}!${r.address}`);
  const planTexts = new Set(plan.sheets.flatMap((s) => s.cells.map((c) => normLabel(c.value))).filter((x) => x !== ""));

  const conflicts: Conflict[] = [];
  const rebuild: string[] = [];
  for (const sheet of plan.sheets) {
    const actualName = renames.find((r) => r.to === sheet.name)?.from ?? sheet.name;
    const content = sheets[actualName];
    if (!content || ownIntact(sheet.name)) continue;
    const whole = damaged.has(sheet.name);
    if (whole) rebuild.push(sheet.name);
    const planned = new Map(sheet.cells.map((c) => [c.address, c]));
    const covered = coveredByMerges(sheet.merges);
    const origin = parseRange(content.address);
    content.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (isEmptyValue(v)) return;
        const address = a1(origin.top + i, origin.left + j);
        const p = planned.get(address);
        const written = whole || p !== undefined || covered.has(address);
        if (!written) return;
        const plannedText = p?.formula ?? (p?.value === undefined ? "" : String(p.value));
        const formula = content.formulas?.[i]?.[j];
        const same = normLabel(v) === normLabel(plannedText);
        const ourOwn = ours && (isFormula(formula) || planTexts.has(normLabel(v)) || carried.has(`${actualName}!${address}`));
        if (!same && !ourOwn) conflicts.push({ sheet: actualName, address, existing: String(v), planned: plannedText });
      }),
    );
  }
  const result: RelayoutResult = { plan, report, conflicts, renames, rebuild, upgradedFrom, findings: back?.findings ?? [], keptFormulas };
  if (back?.prior) result.prior = back.prior;
  return result;
}

/** Every formula the named blocks hold, by "sheet!A1". */
function formulasByCell(read: WorkbookRead): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of Object.values(read.names)) {
    if (!r?.formulas) continue;
    const origin = parseRange(r.address);
    r.formulas.forEach((row, i) =>
      row.forEach((f, j) => {
        if (isFormula(f)) out.set(`${r.sheet}!${a1(origin.top + i, origin.left + j)}`, f as string);
      }),
    );
  }
  return out;
}

/** The plan with each input or 上年数据 cell whose figure was read from a formula cell holding that
 *  formula again, and how many such cells there are. */
function keepFormulas(plan: LayoutPlan, read: WorkbookRead, refs: Record<string, { sheet: string; address: string } | undefined>): { plan: LayoutPlan; kept: number } {
  const formulas = formulasByCell(read);
  let kept = 0;
  const sheets = plan.sheets.map((s) => ({
    ...s,
    cells: s.cells.map((c) => {
      if ((c.role !== "input" && c.role !== "prior") || !c.key) return c;
      const ref = refs[c.key];
      const f = ref ? formulas.get(`${ref.sheet}!${ref.address}`) : undefined;
      if (f === undefined) return c;
      kept++;
      // Its current result rides along for readers that do not recalculate.
      const out = { ...c, formula: f, ...(c.value !== undefined ? { result: c.value } : {}) };
      delete out.value;
      return out;
    }),
  }));
  return { plan: { ...plan, sheets }, kept };
}

/** Cells inside merges other than the top-left: merging clears them. */
function coveredByMerges(merges: string[]): Set<string> {
  const out = new Set<string>();
  for (const m of merges) {
    const r = parseRange(m);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) out.add(a1(row, col));
  }
  return out;
}

