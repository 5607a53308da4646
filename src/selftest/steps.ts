// The self-test (自检): on a blank workbook it lays out, writes known figures, checks, explains the
// warning, lays out again, counts the syncs of each step, and tests that Undo survives a live check
// where it can play the clerk (the test fake can; Office.js has no way to press Ctrl+Z, so in Excel
// that step says 无法自动验证 and how to try it by hand). Each step's outcome is reported as it
// finishes. Host-free: the steps go through the host seam (src/host/types.ts), Office or WPS alike.
import { explain, upsertExplanation } from "../explain/explanations";
import type { CheckOutcome as Checked, ReportHost } from "../host/types";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { SHEET } from "../layout/names";
import { numericValue } from "../model/cell";
import { COMPUTED, KNOWN, PRIOR_CARRIED_OUT, knownFigureWrites } from "./figures";
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
  host: ReportHost;
  lang: Lang;
  /** An error as one sentence for the clerk (the pane's errorSentence, injected: selftest sits below the pane). */
  sentence: (e: unknown, lang: Lang) => string;
  environment: Environment;
  clerk?: ClerkProbe;
  /** Today: the report year is last calendar year. */
  now?: () => Date;
}

class StepFailed extends Error {}

/** `step` with the host's round trips (Office: context.sync calls) counted. */
async function counted<T>(host: ReportHost, step: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = host.roundTrips();
  const value = await step();
  return { value, syncs: host.roundTrips() - before };
}

export async function runSelftest(d: SelftestDeps, onStep: (s: StepResult) => void = () => undefined): Promise<SelftestReport> {
  const { lang, host } = d;
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
  const names = await host.sheetNames();
  const ours: string[] = Object.values(SHEET);
  const found = names.filter((n) => ours.includes(n));
  if (found.length > 0) return report(t(lang, "selftest.refused", { sheet: found[0] }));

  const syncs: Record<string, number> = {};
  const year = (d.now ?? (() => new Date()))().getFullYear() - 1;
  try {
    // 1. 生成模板.
    const lay = await counted(host, () => host.layout({ year, agency: t(lang, "selftest.agency"), format: "2021", defaultYear: year }));
    syncs.layout = lay.syncs;
    if (!lay.value.written) throw fail("layout", { count: lay.value.conflicts.length });
    say("layout", "pass", { syncs: lay.syncs });

    // 2. Known figures, and last year's carried-over count (for the warning).
    await host.writeValues(knownFigureWrites());
    await host.writePrior(PRIOR_CARRIED_OUT, "2021");
    say("write", "pass", { count: Object.keys(KNOWN).length });

    // 3. 校验: no error, the formulas computed, the R6 warning found.
    const check = await counted(host, () => host.check());
    syncs.check = check.syncs;
    verifyCheck(check.value, say, fail);

    // 4. The warning explained, and counted as explained by the next check.
    const r6 = check.value.result.findings.find((f) => f.rule === "R6")!;
    const text = t(lang, "selftest.explanation");
    const list = upsertExplanation(check.value.explanations, explain(r6, check.value.report, text));
    await host.saveExplanations(list);
    const after = await host.check();
    if (after.result.counts.explained < 1) throw fail("explain", { warnings: after.result.counts.warnings });
    say("explain", "pass");

    // 5. 生成模板 again keeps the figures and the explanation.
    const again = await host.layout({ defaultYear: year });
    const kept = await host.readAll();
    const newNatural = numericValue(kept.report.cells["t3.new.natural"]);
    if (!again.written || newNatural !== KNOWN["t3.new.natural"] || kept.explanations.length !== 1)
      throw fail("relayout", { value: String(newNatural), explanations: kept.explanations.length });
    say("relayout", "pass");

    // 6. Syncs against the budget.
    // The budget is Office's (a sync is a round trip to Excel); WPS calls are synchronous and counted, not budgeted.
    if (host.capabilities().roundTripUnit === "call") say("syncs", "pass", { layout: syncs.layout, check: syncs.check }, "selftest.syncs.calls");
    else {
      const over = syncs.layout > SYNC_BUDGET.layout || syncs.check > SYNC_BUDGET.check;
      say("syncs", over ? "fail" : "pass", { layout: syncs.layout, check: syncs.check, layoutBudget: SYNC_BUDGET.layout, checkBudget: SYNC_BUDGET.check });
    }

    // 7. Undo after a live check.
    await undoStep(d, kept.report.refs?.["t3.new.business"], say);
  } catch (e) {
    if (!(e instanceof StepFailed)) say("error", "fail", { message: d.sentence(e, lang) });
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
  await d.host.check(); // the live check after the clerk's edit
  let v: number | null = 7;
  for (let press = 0; press < UNDO_PRESSES && v !== 0; press++) {
    if (!(await d.clerk.undo())) break; // the undo stack is empty: the check cleared it
    v = numericValue((await d.host.readReport()).cells["t3.new.business"]);
  }
  say("undo", v === 0 ? "pass" : "fail", { value: String(v) });
}
