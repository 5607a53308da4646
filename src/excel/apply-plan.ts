// 生成模板 through Office.js in at most two syncs whatever the table size: the first reads what the
// workbook holds (sheets, names, the named blocks, the used range of each sheet the plan uses); the
// pure relayout() decides what to write; the second writes it all. Conflicts (cells the tool did not
// create) stop before the second sync unless the clerk agreed to overwrite.
import type { LayoutOutcome } from "../host/types";
import type { FormatId } from "../format";
import { parseRange } from "../layout/a1";
import { planLayout } from "../layout/plan";
import { relayout } from "../layout/relayout";
import type { LayoutPlan, SheetPlan } from "../layout/types";
import { UserError } from "../i18n/user-error";
import { narrow } from "./api";
import type { XContext, XWorksheet } from "./api";
import { rungVersion } from "./ladder";
import { queueWorkbookRead } from "./read-workbook";
import type { WorkbookSnapshot } from "./read-workbook";
import { officeApiSupport } from "./requirements";
import type { ApiSupport } from "./requirements";
import { queueStyles, queueValues } from "./write-cells";
import { protectionOptions, queueClear, queueMergesAndSizes, queuePrint, queueRules, queueView, queueVisibility } from "./write-sheet";
import type { HostCan } from "./write-sheet";

/** This Office cannot lay out (below ExcelApi 1.4: no NamedItemCollection.add): the clerk opens a
 *  workbook made by `xxgk template` instead. */
export class LayoutUnavailableError extends UserError {
  constructor() {
    super("excel.ladder.noLayout", { version: rungVersion("layout") });
  }
}

/** What this host's ExcelApi allows a layout to write (ladder.ts). */
export function hostCan(supports: ApiSupport): HostCan {
  return { conditional: supports("1.6"), freeze: supports("1.7"), validation: supports("1.8"), print: supports("1.9") };
}

export interface ApplyOptions {
  /** As chosen in the task pane; otherwise the workbook's own meta sheet decides (when new, the year's format). */
  format?: FormatId;
  year?: number | null;
  agency?: string | null;
  /** The year when neither `year` nor the workbook says: defaultReportYear(today), from the host. */
  defaultYear?: number;
  /** Write even over cells the tool did not create (after the clerk said so). */
  overwrite?: boolean;
  /** Requirement-set check; defaults to Office.context.requirements. */
  supports?: ApiSupport;
}

/** What 生成模板 did, as the host seam reports it (src/host/types.ts): print "skipped" without ExcelApi 1.9,
 *  validation without 1.8 (the conditional formats and 校验 still flag a wrong figure), conditional
 *  formats without 1.6; `syncs` counts this step's context.sync() calls. */
export type ApplyResult = LayoutOutcome;

/** Sheet names any plan uses: the same in both formats, read whichever format the workbook has. */
function planSheetNames(): string[] {
  return [...new Set([...planLayout("2021").sheets, ...planLayout("2019").sheets].map((s) => s.name))];
}

export async function applyLayout(context: Excel.RequestContext, opts: ApplyOptions = {}): Promise<ApplyResult> {
  const ctx = narrow(context);
  const supports = opts.supports ?? officeApiSupport;
  if (!supports(rungVersion("layout"))) throw new LayoutUnavailableError();
  let syncs = 0;
  const collect = queueWorkbookRead(ctx, planSheetNames());
  await ctx.sync();
  syncs++;
  const snap = collect();
  const decided = relayout(snap.read, snap.sheets, { format: opts.format, year: opts.year, agency: opts.agency, defaultYear: opts.defaultYear });
  const base = {
    conflicts: decided.conflicts,
    renamed: decided.renames,
    rebuilt: decided.rebuild,
    upgradedFrom: decided.upgradedFrom,
    findings: decided.findings,
    plan: decided.plan,
    keptFormulas: decided.keptFormulas,
  };
  const skipped = { print: "skipped", validation: "skipped", conditional: "skipped" } as const;
  if (decided.conflicts.length > 0 && !opts.overwrite) return { ...base, written: false, syncs, ...skipped };

  const can = hostCan(supports);
  queueWrite(ctx, decided.plan, snap, decided.renames, new Set(decided.rebuild), can);
  await ctx.sync();
  syncs++;
  const said = (on: boolean) => (on ? "applied" : "skipped");
  return { ...base, written: true, syncs, print: said(can.print), validation: said(can.validation), conditional: said(can.conditional) };
}

function queueWrite(
  ctx: XContext,
  plan: LayoutPlan,
  snap: WorkbookSnapshot,
  renames: { from: string; to: string }[],
  rebuild: Set<string>,
  can: HostCan,
): void {
  const wb = ctx.workbook;
  // Recalculating after every queued write would make a large batch slow; Excel recalculates once
  // at the end of the sync (1.6). Screen-updating suspension is newer (1.9) and optional.
  if (can.conditional) wb.application.suspendApiCalculationUntilNextSync();
  if (can.print) wb.application.suspendScreenUpdatingUntilNextSync();

  const existing = new Set(snap.read.sheetNames.map((n) => n.toLowerCase()));
  for (const r of renames) {
    wb.worksheets.getItem(r.from).name = r.to;
    existing.delete(r.from.toLowerCase());
    existing.add(r.to.toLowerCase());
  }
  const sheets = new Map<SheetPlan, XWorksheet>();
  for (const s of plan.sheets) {
    const had = existing.has(s.name.toLowerCase());
    const ws = had ? wb.worksheets.getItem(s.name) : wb.worksheets.add(s.name);
    // Writing to a protected sheet fails; unprotecting an unprotected one is harmless.
    if (had) ws.protection.unprotect();
    sheets.set(s, ws);
  }
  for (const [s, ws] of sheets) {
    const old = snap.sheets[renames.find((r) => r.to === s.name)?.from ?? s.name];
    queueClear(ws, s, rebuild.has(s.name) && old ? parseRange(old.address) : null, can);
    queueValues(ws, s, plan);
    queueStyles(ws, s, plan);
    queueMergesAndSizes(ws, s);
    queueRules(ws, s, plan, can);
    queueView(ws, s, can);
    if (can.print) queuePrint(ws, s);
  }
  for (const n of plan.names) {
    // Re-pointing a name means deleting and adding it: NamedItem.formula is settable only from 1.7
    // and then keeps the old name's scope quirks; delete + add is the same on every version.
    if (snap.existingNames.has(n.name)) wb.names.getItem(n.name).delete();
    wb.names.add(n.name, sheets.get(plan.sheets.find((s) => s.name === n.sheet)!)!.getRange(n.range));
  }
  // Show before hiding, so the workbook never has no visible sheet in between.
  const ordered = [...sheets].sort(([a], [b]) => Number(a.visibility !== "visible") - Number(b.visibility !== "visible"));
  for (const [s, ws] of ordered) queueVisibility(ws, s);
  for (const [s, ws] of sheets) if (s.protect) ws.protection.protect(protectionOptions());
  const first = ordered.find(([s]) => s.visibility === "visible");
  if (first) first[1].activate();
}

