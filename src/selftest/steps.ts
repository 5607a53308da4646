// The self-test (自检): on a blank workbook it lays out, writes known figures, checks, explains the
// warning, lays out again, counts the syncs of each step, and tests that Undo survives a live check
// where it can play the clerk (the test fake can; Office.js has no way to press Ctrl+Z, so in Excel
// that step says 无法自动验证 and how to try it by hand). Each step's outcome is reported as it
// finishes. Office-free: the Excel steps come through `run` (the pane's own Excel.run wrapper).
import { applyLayout } from "../excel/apply-plan";
import { narrow } from "../excel/api";
import { checkWorkbook } from "../excel/check-workbook";
import type { Checked } from "../excel/check-workbook";
import { saveExplanations } from "../excel/explanations";
import { writePriorFigures } from "../excel/prior";
import { readReport } from "../excel/read-report";
import type { ApiSupport } from "../excel/requirements";
import type { ExcelRun } from "../excel/run";
import { explain, upsertExplanation } from "../explain/explanations";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { SHEET } from "../layout/names";
import { numericValue } from "../model/cell";
import { errorSentence } from "../taskpane/errors";
import { COMPUTED, KNOWN, PRIOR_CARRIED_OUT, writeKnownFigures } from "./figures";
import type { Environment, SelftestReport, StepResult, StepStatus } from "./types";

/** context.sync() budgets (DESIGN §4: one sync per step where the work allows). */
export const SYNC_BUDGET = { layout: 2, check: 2 } as const;

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

  // 0. A blank workbook only: the test writes a sample report and would mix it into a real one.
  const names = await run(async (ctx) => {
    const ws = narrow(ctx).workbook.worksheets.load("items/name");
    await ctx.sync();
    return ws.items.map((w) => w.name);
  });
  const ours: string[] = Object.values(SHEET);
  const found = names.filter((n) => ours.includes(n));
  if (found.length > 0) return report(t(lang, "selftest.refused", { sheet: found[0] }));

  const syncs: Record<string, number> = {};
  const year = (d.now ?? (() => new Date()))().getFullYear() - 1;
  try {
    // 1. 生成模板.
    const lay = await counted(run, (ctx) => applyLayout(ctx, { year, agency: t(lang, "selftest.agency"), format: "2021", defaultYear: year, ...(d.supports ? { supports: d.supports } : {}) }));
    syncs.layout = lay.syncs;
    if (!lay.value.written) throw fail("layout", { count: lay.value.conflicts.length });
    say("layout", "pass", { syncs: lay.syncs });

    // 2. Known figures, and last year's carried-over count (for the warning).
    await run(async (ctx) => {
      await writeKnownFigures(ctx);
      await writePriorFigures(ctx, PRIOR_CARRIED_OUT, "2021");
    });
    say("write", "pass", { count: Object.keys(KNOWN).length });

    // 3. 校验: no error, the formulas computed, the R6 warning found.
    const check = await counted(run, (ctx) => checkWorkbook(ctx, lang));
    syncs.check = check.syncs;
    verifyCheck(check.value, say, fail);

    // 4. The warning explained, and counted as explained by the next check.
    const r6 = check.value.result.findings.find((f) => f.rule === "R6")!;
    const text = t(lang, "selftest.explanation");
    const list = upsertExplanation(check.value.explanations, explain(r6, check.value.report, text));
    await run((ctx) => saveExplanations(ctx, list));
    const after = await run((ctx) => checkWorkbook(ctx, lang));
    if (after.result.counts.explained < 1) throw fail("explain", { warnings: after.result.counts.warnings });
    say("explain", "pass");

    // 5. 生成模板 again keeps the figures and the explanation.
    const again = await run((ctx) => applyLayout(ctx, { defaultYear: year, ...(d.supports ? { supports: d.supports } : {}) }));
    const kept = await run((ctx) => readReport(ctx));
    const newNatural = numericValue(kept.report.cells["t3.new.natural"]);
    if (!again.written || newNatural !== KNOWN["t3.new.natural"] || kept.explanations.length !== 1)
      throw fail("relayout", { value: String(newNatural), explanations: kept.explanations.length });
    say("relayout", "pass");

    // 6. Syncs against the budget.
    const over = syncs.layout > SYNC_BUDGET.layout || syncs.check > SYNC_BUDGET.check;
    say("syncs", over ? "fail" : "pass", { layout: syncs.layout, check: syncs.check, layoutBudget: SYNC_BUDGET.layout, checkBudget: SYNC_BUDGET.check });

    // 7. Undo after a live check.
    await undoStep(d, kept.report.refs?.["t3.new.business"], say);
  } catch (e) {
    if (!(e instanceof StepFailed)) say("error", "fail", { message: errorSentence(e, lang) });
  }
  return report(null);
}

type Say = (id: string, status: StepStatus, params?: Record<string, string | number>, detail?: string) => void;

function verifyCheck(c: Checked, say: Say, fail: (id: string, params: Record<string, string | number>) => StepFailed): void {
  const total = Object.entries(COMPUTED).every(([k, v]) => numericValue(c.report.cells[k]) === v);
  const r6 = c.result.findings.some((f) => f.rule === "R6");
  const { errors, warnings } = c.result.counts;
  if (errors > 0 || !total || !r6) throw fail("check", { errors, warnings, total: String(numericValue(c.report.cells["t3.total.natural"])) });
  say("check", "pass", { errors, warnings });
}

/** Ctrl+Z presses allowed: where the add-in's own writes are undoable too, the first may undo its paint. */
export const UNDO_PRESSES = 3;

async function undoStep(d: SelftestDeps, cell: { sheet: string; address: string } | undefined, say: Say): Promise<void> {
  if (!d.clerk || !cell) return say("undo", "unverified");
  // Microsoft: only hosts with ExcelUndoApiAll put add-in writes on the undo stack; elsewhere any
  // write through the API clears it, so the first check that paints must clear Undo there (a check
  // whose findings did not change writes nothing and keeps it). Not a fault the add-in can fix.
  if (!d.environment.sets.some((s) => s.name === "ExcelUndoApiAll" && s.supported)) return say("undo", "unverified", {}, "selftest.undo.perpetual");
  await d.clerk.type(cell.sheet, cell.address, 7);
  await d.run((ctx) => checkWorkbook(ctx, d.lang)); // the live check after the clerk's edit
  let v: number | null = 7;
  for (let press = 0; press < UNDO_PRESSES && v !== 0; press++) {
    if (!(await d.clerk.undo())) break; // the undo stack is empty: the check cleared it
    v = numericValue((await d.run((ctx) => readReport(ctx))).report.cells["t3.new.business"]);
  }
  say("undo", v === 0 ? "pass" : "fail", { value: String(v) });
}
