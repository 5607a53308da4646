// For the bench (scripts/bench): how many context.sync() calls 生成模板 and 校验 cost, measured on the
// strict fake — the Office host's round trips, whatever the table size.
import { applyLayout } from "../../src/excel/apply-plan";
import { buildCheckResult } from "../../src/check/run-check";
import { writeHighlights } from "../../src/excel/highlights";
import { readReport } from "../../src/excel/read-report";
import { planLayout } from "../../src/layout/plan";
import { typeInto } from "../fake-excel/structure";
import type { FormatId } from "../../src/format";
import { createFakeExcel } from "../fake-excel";
import type { FakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";

export interface SyncCounts {
  layoutSyncs: number;
  readSyncs: number;
  /** A second 生成模板 over the laid-out workbook. */
  relayoutSyncs: number;
}

export async function measureSyncCounts(format: FormatId = "2021", apiVersion = "1.8"): Promise<SyncCounts> {
  const fx = createFakeExcel({ apiVersion });
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  const layout = fx.newContext();
  await applyLayout(asExcel(layout), { format, year: format === "2019" ? 2020 : 2024, supports });
  const read = fx.newContext();
  await readReport(asExcel(read));
  const again = fx.newContext();
  await applyLayout(asExcel(again), { supports });
  return { layoutSyncs: layout.syncCount, readSyncs: read.syncCount, relayoutSyncs: again.syncCount };
}

export interface CheckSyncs {
  /** readReport(…, {forHighlights: true}). */
  read: number;
  /** writeHighlights with the state that read returned. */
  write: number;
}

/** 校验 as the pane runs it: read, the pure check, highlights; the syncs that only read and those that wrote. */
async function check(fx: FakeExcel): Promise<CheckSyncs> {
  const ctx = fx.newContext();
  const read = await readReport(asExcel(ctx), { forHighlights: true });
  await writeHighlights(asExcel(ctx), buildCheckResult(read, "zh-CN").findings, read.highlightState);
  return { read: ctx.syncCount - ctx.stats.writeSyncs, write: ctx.stats.writeSyncs };
}

/** A laid-out workbook with an R1 failure typed into 表三 (so there is something to paint). */
async function withR1Failure(format: FormatId, apiVersion: string): Promise<{ fx: FakeExcel; retype: () => void }> {
  const fx = createFakeExcel({ apiVersion });
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  await applyLayout(asExcel(fx.newContext()), { format, year: format === "2019" ? 2020 : 2024, supports });
  const t3 = planLayout(format).sheets.find((s) => s.role === "t3");
  const cell = t3?.cells.find((c) => c.key === "t3.new.natural");
  const retype = () => {
    if (t3 && cell) typeInto(fx.model, cell.address, [[5]], t3.name);
  };
  retype();
  return { fx, retype };
}

export async function measureCheckSyncs(format: FormatId = "2021", apiVersion = "1.8"): Promise<CheckSyncs> {
  return check((await withR1Failure(format, apiVersion)).fx);
}

/** The check after an edit that changes no finding (the same figure typed again): the live check's
 *  common case. It must read once and write nothing. */
export async function measureNoopEditSyncs(format: FormatId = "2021", apiVersion = "1.8"): Promise<CheckSyncs> {
  const { fx, retype } = await withR1Failure(format, apiVersion);
  await check(fx);
  retype();
  return check(fx);
}
