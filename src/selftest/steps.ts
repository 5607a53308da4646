// The self-test (自检): on a blank workbook it lays out, writes known figures, checks, explains the
// warning, selects the warning's cell, lays out again, counts the round trips of each step (on
// Office, Excel.run's final sync included: office.js adds one after every batch), and tests that
// Undo survives a live check where it can play the clerk (the test fake can; Office.js has no way to
// press Ctrl+Z, so in Excel that step says 无法自动验证 and how to try it by hand). Where the host
// cannot lay out (Office 2016 volume-licensed, below the ExcelApi ladder's layout rung) the test runs
// on a report workbook just made by `xxgk template` and still empty, and says the layout steps are
// 不适用 there. It writes only into such a workbook: anything else is refused, untouched. Each step's
// outcome is reported as it finishes. Host-free: the steps go through the host seam
// (src/host/types.ts), Office or WPS alike.
import { explain, upsertExplanation } from "../explain/explanations";
import type { CheckOutcome as Checked, ReportHost } from "../host/types";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { CellKey } from "../format";
import { SHEET } from "../layout/names";
import { planLayout } from "../layout/plan";
import { numericValue } from "../model/cell";
import { COMPUTED, KNOWN, PRIOR_CARRIED_OUT, knownFigureWrites } from "./figures";
import type { Environment, SelftestReport, StepResult, StepStatus } from "./types";

export { SYNC_BUDGET } from "../host/sync-budget";

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

  const can = host.capabilities();
  // 0. A blank workbook only (where the host cannot lay out: a report workbook still empty): the
  // test writes a sample report and would mix it into a real one, and hiding sheets clears Undo.
  const refusal = await (can.layout ? notBlank(host) : notFreshTemplate(host, can.layoutNeeds));
  if (refusal) return report(t(lang, refusal.id, refusal.params));

  const syncs: Record<string, number> = {};
  const year = (d.now ?? (() => new Date()))().getFullYear() - 1;
  try {
    // 1. 生成模板.
    if (can.layout) {
      const lay = await counted(host, () => host.layout({ year, agency: t(lang, "selftest.agency"), format: "2021", defaultYear: year }));
      syncs.layout = lay.syncs;
      if (!lay.value.written) throw fail("layout", { count: lay.value.conflicts.length });
      say("layout", "pass", { syncs: lay.syncs });
    } else say("layout", "unavailable", { version: can.layoutNeeds });

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
    const list = upsertExplanation(check.value.explanations, explain(r6, check.value.report, text), r6);
    await host.saveExplanations(list);
    const after = await host.check();
    if (after.result.counts.explained < 1) throw fail("explain", { warnings: after.result.counts.warnings });
    say("explain", "pass");

    // 5. A click on the warning selects its cell (Worksheet.activate, Range.select: ExcelApi 1.1).
    const cell = r6.cells.find((c) => c.sheet && c.address);
    if (cell?.sheet && cell.address) {
      const at = { sheet: cell.sheet, address: cell.address };
      await host.select([at]);
      say("select", "pass", { sheet: at.sheet, address: at.address });
    }

    // 6. 生成模板 again keeps the figures and the explanation.
    const again = can.layout ? await host.layout({ defaultYear: year }) : null;
    const kept = await host.readAll();
    const newNatural = numericValue(kept.report.cells["t3.new.natural"]);
    if ((again && !again.written) || newNatural !== KNOWN["t3.new.natural"] || kept.explanations.length !== 1)
      throw fail("relayout", { value: String(newNatural), explanations: kept.explanations.length });
    if (can.layout) say("relayout", "pass");
    else say("relayout", "unavailable", { version: can.layoutNeeds });

    // 7. Round trips against the budget: Office's (a sync is a round trip to Excel, the final sync
    // of Excel.run counted); WPS calls are synchronous and counted, not budgeted.
    const layoutSyncs = syncs.layout ?? 0;
    if (!can.syncBudget) say("syncs", "pass", { layout: layoutSyncs, check: syncs.check }, "selftest.syncs.calls");
    else {
      const over = layoutSyncs > can.syncBudget.layout || syncs.check > can.syncBudget.check;
      say("syncs", over ? "fail" : "pass", { layout: layoutSyncs, check: syncs.check, layoutBudget: can.syncBudget.layout, checkBudget: can.syncBudget.check });
    }

    // 8. Undo after a live check.
    await undoStep(d, kept.report.refs?.["t3.new.business"], say);
  } catch (e) {
    if (!(e instanceof StepFailed)) say("error", "fail", { message: d.sentence(e, lang) });
  }
  return report(null);
}

type Say = (id: string, status: StepStatus, params?: Record<string, string | number>, detail?: string) => void;

interface Refusal {
  id: string;
  params: Record<string, string>;
}

/** Why the workbook is not blank: a report sheet, a sheet with any content, or a defined name. */
async function notBlank(host: ReportHost): Promise<Refusal | null> {
  const ours: string[] = Object.values(SHEET);
  const report = (await host.sheetNames()).find((n) => ours.includes(n));
  if (report) return { id: "selftest.refused", params: { sheet: report } };
  const contents = host.contents ? await host.contents() : null;
  if (contents?.filledSheet) return { id: "selftest.refusedNotBlank", params: { sheet: contents.filledSheet } };
  if (contents?.definedName) return { id: "selftest.refusedNames", params: { name: contents.definedName } };
  return null;
}

/** Where the host cannot lay out: the workbook must be a report just made by `xxgk template`, every
 *  figure, text and explanation still empty. */
async function notFreshTemplate(host: ReportHost, version: string): Promise<Refusal | null> {
  const read = await host.readAll();
  const r = read.report;
  const params = { version };
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

/** Ctrl+Z presses allowed: where the add-in's own writes are undoable too, the first may undo its paint. */
export const UNDO_PRESSES = 3;

async function undoStep(d: SelftestDeps, cell: { sheet: string; address: string } | undefined, say: Say): Promise<void> {
  if (!d.clerk || !cell) return say("undo", "unverified");
  // Microsoft: ExcelApi 1.20 "adds undo support for Excel JavaScript APIs"; below it any write
  // through the API clears the clerk's undo stack, so the first check that paints must clear Undo
  // there (a check whose findings did not change writes nothing and keeps it). Not a fault the
  // add-in can fix.
  if (!d.host.capabilities().undoableWrites) return say("undo", "unverified", {}, "selftest.undo.perpetual");
  await d.clerk.type(cell.sheet, cell.address, 7);
  await d.host.check(); // the live check after the clerk's edit
  let v: number | null = 7;
  for (let press = 0; press < UNDO_PRESSES && v !== 0; press++) {
    if (!(await d.clerk.undo())) break; // the undo stack is empty: the check cleared it
    v = numericValue((await d.host.readReport()).cells["t3.new.business"]);
  }
  say("undo", v === 0 ? "pass" : "fail", { value: String(v) });
}
