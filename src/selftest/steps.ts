// The self-test (自检): on a blank workbook it lays out, writes known figures, checks, explains the
// warning, selects the warning's cell, lays out again, counts the syncs of each step (Excel.run's
// final sync included: office.js adds one after every batch), and tests that Undo survives a live
// check where it can play the clerk (the test fake can; Office.js has no way to press Ctrl+Z, so in
// Excel that step says 无法自动验证 and how to try it by hand). Below the layout rung (ExcelApi 1.4,
// Office 2016 volume-licensed) the add-in cannot lay out, so the test runs on a report workbook just
// made by `xxgk template` and still empty, and says the layout steps are 不适用 there. It writes
// only into such a workbook: anything else is refused, untouched. Each step's outcome is reported as
// it finishes. Office-free: the Excel steps come through `run` (the pane's own Excel.run wrapper).
import { applyLayout } from "../excel/apply-plan";
import { narrow } from "../excel/api";
import { checkWorkbook } from "../excel/check-workbook";
import type { Checked } from "../excel/check-workbook";
import { saveExplanations } from "../excel/explanations";
import { writePriorFigures } from "../excel/prior";
import { rungVersion } from "../excel/ladder";
import { readReport } from "../excel/read-report";
import type { ApiSupport } from "../excel/requirements";
import { selectCells } from "../excel/select";
import type { ExcelRun } from "../excel/run";
import { explain, upsertExplanation } from "../explain/explanations";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { CellKey } from "../format";
import { SHEET } from "../layout/names";
import { planLayout } from "../layout/plan";
import { numericValue } from "../model/cell";
import { errorSentence } from "../taskpane/errors";
import { COMPUTED, KNOWN, PRIOR_CARRIED_OUT, writeKnownFigures } from "./figures";
import type { Environment, SelftestReport, StepResult, StepStatus } from "./types";

/** context.sync() budgets (DESIGN §4: one sync per step where the work allows), each with the final
 *  sync office.js adds to every Excel.run (ClientRequestContext._runCommon): layout = read + write +
 *  final; check = read + paint + final, and one more on ExcelApi 1.1, which lists the names first. */
export const SYNC_BUDGET = { layout: 3, check: 3, checkWithoutNullObjects: 4 } as const;

/** Plays the clerk in a host that can (the test fake): types into a cell, presses Ctrl+Z. */
export interface ClerkProbe {
  type(sheet: string, address: string, value: number): Promise<void> | void;
  /** True when there was something to undo. */
  undo(): Promise<boolean> | boolean;
}

export interface SelftestDeps {
  run: ExcelRun;
  lang: Lang;
  supports?: ApiSupport;
  environment: Environment;
  clerk?: ClerkProbe;
  /** Today: the report year is last calendar year. */
  now?: () => Date;
}

class StepFailed extends Error {}

/** The batch `batch` runs with context.sync counted. */
async function counted<T>(run: ExcelRun, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<{ value: T; syncs: number }> {
  let syncs = 0;
  const value = await run((ctx) => {
    const sync = ctx.sync.bind(ctx);
    // Own property over the prototype's method: every caller in the batch goes through it.
    ctx.sync = (<V>(pass?: V) => {
      syncs++;
      return sync(pass);
    }) as typeof ctx.sync;
    return batch(ctx);
  });
  return { value, syncs };
}

export async function runSelftest(d: SelftestDeps, onStep: (s: StepResult) => void = () => undefined): Promise<SelftestReport> {
  const { lang, run } = d;
  const steps: StepResult[] = [];
  const say: Say = (id, status, params = {}, detail = `selftest.${id}.${status}`) => {
    const step = { id, status, detail: t(lang, detail, params) };
    steps.push(step);
    onStep(step);
  };
  const fail = (id: string, params: Record<string, string | number> = {}): StepFailed => {
    say(id, "fail", params);
    return new StepFailed();
  };
  const report = (refused: string | null): SelftestReport => ({ refused, steps, environment: d.environment });

  const supports: ApiSupport = d.supports ?? (() => true);
  const canLayout = supports(rungVersion("layout"));
  // 0. A blank workbook only (below the layout rung: a report workbook still empty): the test
  // writes a sample report and would mix it into a real one, and hiding sheets clears Undo.
  const refusal = await (canLayout ? notBlank(run) : notFreshTemplate(run, supports));
  if (refusal) return report(t(lang, refusal.id, refusal.params));

  const syncs: Record<string, number> = {};
  const year = (d.now ?? (() => new Date()))().getFullYear() - 1;
  try {
    // 1. 生成模板.
    if (canLayout) {
      const lay = await counted(run, (ctx) => applyLayout(ctx, { year, agency: t(lang, "selftest.agency"), format: "2021", defaultYear: year, supports }));
      syncs.layout = lay.syncs;
      if (!lay.value.written) throw fail("layout", { count: lay.value.conflicts.length });
      say("layout", "pass", { syncs: lay.syncs });
    } else say("layout", "unavailable", { version: rungVersion("layout") });

    // 2. Known figures, and last year's carried-over count (for the warning).
    await run(async (ctx) => {
      await writeKnownFigures(ctx);
      await writePriorFigures(ctx, PRIOR_CARRIED_OUT, "2021");
    });
    say("write", "pass", { count: Object.keys(KNOWN).length });

    // 3. 校验: no error, the formulas computed, the R6 warning found.
    const check = await counted(run, (ctx) => checkWorkbook(ctx, lang, supports));
    syncs.check = check.syncs;
    verifyCheck(check.value, say, fail);

    // 4. The warning explained, and counted as explained by the next check.
    const r6 = check.value.result.findings.find((f) => f.rule === "R6")!;
    const text = t(lang, "selftest.explanation");
    const list = upsertExplanation(check.value.explanations, explain(r6, check.value.report, text));
    await run((ctx) => saveExplanations(ctx, list));
    const after = await run((ctx) => checkWorkbook(ctx, lang, supports));
    if (after.result.counts.explained < 1) throw fail("explain", { warnings: after.result.counts.warnings });
    say("explain", "pass");

    // 5. A click on the warning selects its cell (Worksheet.activate, Range.select: ExcelApi 1.1).
    const cell = r6.cells.find((c) => c.sheet && c.address);
    if (cell?.sheet && cell.address) {
      const at = { sheet: cell.sheet, address: cell.address };
      await run((ctx) => selectCells(ctx, [at]));
      say("select", "pass", { sheet: at.sheet, address: at.address });
    }

    // 6. 生成模板 again keeps the figures and the explanation.
    if (canLayout) await run((ctx) => applyLayout(ctx, { defaultYear: year, supports }));
    const kept = await run((ctx) => readReport(ctx, { supports }));
    const newNatural = numericValue(kept.report.cells["t3.new.natural"]);
    if (newNatural !== KNOWN["t3.new.natural"] || kept.explanations.length !== 1)
      throw fail("relayout", { value: String(newNatural), explanations: kept.explanations.length });
    if (canLayout) say("relayout", "pass");
    else say("relayout", "unavailable", { version: rungVersion("layout") });

    // 7. Syncs against the budget (Excel.run's final sync counted).
    const checkBudget = supports("1.4") ? SYNC_BUDGET.check : SYNC_BUDGET.checkWithoutNullObjects;
    const layoutSyncs = syncs.layout ?? 0;
    const over = layoutSyncs > SYNC_BUDGET.layout || syncs.check > checkBudget;
    say("syncs", over ? "fail" : "pass", { layout: layoutSyncs, check: syncs.check, layoutBudget: SYNC_BUDGET.layout, checkBudget });

    // 8. Undo after a live check.
    await undoStep(d, kept.report.refs?.["t3.new.business"], say);
  } catch (e) {
    if (!(e instanceof StepFailed)) say("error", "fail", { message: errorSentence(e, lang) });
  }
  return report(null);
}

type Say = (id: string, status: StepStatus, params?: Record<string, string | number>, detail?: string) => void;

interface Refusal {
  id: string;
  params: Record<string, string>;
}

/** Why the workbook is not blank: a sheet with any content, or a defined name (ExcelApi 1.4 reads). */
async function notBlank(run: ExcelRun): Promise<Refusal | null> {
  return run(async (context): Promise<Refusal | null> => {
    const ctx = narrow(context);
    const sheets = ctx.workbook.worksheets.load("items/name");
    const names = ctx.workbook.names.load("items/name");
    await ctx.sync();
    const used = sheets.items.map((w) => ({ name: w.name, range: w.getUsedRangeOrNullObject().load("address") }));
    await ctx.sync();
    const ours: string[] = Object.values(SHEET);
    const report = used.find((u) => ours.includes(u.name));
    if (report) return { id: "selftest.refused", params: { sheet: report.name } };
    const filled = used.find((u) => !u.range.isNullObject);
    if (filled) return { id: "selftest.refusedNotBlank", params: { sheet: filled.name } };
    if (names.items.length > 0) return { id: "selftest.refusedNames", params: { name: names.items[0].name } };
    return null;
  });
}

/** Below the layout rung: the workbook must be a report just made by `xxgk template`, every figure,
 *  text and explanation still empty (ExcelApi 1.1 reads only). */
async function notFreshTemplate(run: ExcelRun, supports: ApiSupport): Promise<Refusal | null> {
  const read = await run((ctx) => readReport(ctx, { supports }));
  const r = read.report;
  const params = { version: rungVersion("layout") };
  if (!read.laidOut) return { id: "selftest.refusedNoTemplate", params };
  // The figures the clerk types (totals are formulas and read 0 in an empty report).
  const inputs = planLayout(r.format).sheets.flatMap((sh) => sh.cells.filter((c) => c.role === "input" && c.key).map((c) => c.key as CellKey));
  const empty =
    inputs.every((k) => r.cells[k] === undefined || r.cells[k]?.kind === "blank") &&
    Object.values(r.narrative ?? {}).every((x) => !x || !x.trim()) &&
    read.explanations.length === 0 &&
    Object.values(read.prior?.cells ?? {}).every((c) => c === undefined || c.kind === "blank");
  return empty ? null : { id: "selftest.refusedFilled", params };
}

function verifyCheck(c: Checked, say: Say, fail: (id: string, params: Record<string, string | number>) => StepFailed): void {
  const total = Object.entries(COMPUTED).every(([k, v]) => numericValue(c.report.cells[k]) === v);
  const r6 = c.result.findings.some((f) => f.rule === "R6");
  const { errors, warnings } = c.result.counts;
  if (errors > 0 || !total || !r6) throw fail("check", { errors, warnings, total: String(numericValue(c.report.cells["t3.total.natural"])) });
  say("check", "pass", { errors, warnings });
}

/** The ExcelApi from which the add-in's own writes join the undo stack (excel-api-1-20-requirement-set). */
export const UNDOABLE_WRITES = "1.20";

/** Ctrl+Z presses allowed: where the add-in's own writes are undoable too, the first may undo its paint. */
export const UNDO_PRESSES = 3;

async function undoStep(d: SelftestDeps, cell: { sheet: string; address: string } | undefined, say: Say): Promise<void> {
  if (!d.clerk || !cell) return say("undo", "unverified");
  // Microsoft: ExcelApi 1.20 "adds undo support for Excel JavaScript APIs"; below it any write
  // through the API clears the clerk's undo stack, so the first check that paints must clear Undo
  // there (a check whose findings did not change writes nothing and keeps it). Not a fault the
  // add-in can fix.
  if (!(d.supports ?? (() => false))(UNDOABLE_WRITES)) return say("undo", "unverified", {}, "selftest.undo.perpetual");
  await d.clerk.type(cell.sheet, cell.address, 7);
  await d.run((ctx) => checkWorkbook(ctx, d.lang, d.supports)); // the live check after the clerk's edit
  let v: number | null = 7;
  for (let press = 0; press < UNDO_PRESSES && v !== 0; press++) {
    if (!(await d.clerk.undo())) break; // the undo stack is empty: the check cleared it
    v = numericValue((await d.run((ctx) => readReport(ctx, d.supports ? { supports: d.supports } : {}))).report.cells["t3.new.business"]);
  }
  say("undo", v === 0 ? "pass" : "fail", { value: String(v) });
}
