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

/** 校验 as the pane runs it, on a workbook with an R1 failure (so there is something to paint). */
export async function measureCheckSyncs(format: FormatId = "2021", apiVersion = "1.8"): Promise<CheckSyncs> {
  const fx = createFakeExcel({ apiVersion });
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  await applyLayout(asExcel(fx.newContext()), { format, year: format === "2019" ? 2020 : 2024, supports });
  const t3 = planLayout(format).sheets.find((s) => s.role === "t3");
  const cell = t3?.cells.find((c) => c.key === "t3.new.natural");
  if (t3 && cell) typeInto(fx.model, cell.address, [[5]], t3.name);
  const ctx = fx.newContext();
  const read = await readReport(asExcel(ctx), { forHighlights: true });
  const afterRead = ctx.syncCount;
  await writeHighlights(asExcel(ctx), buildCheckResult(read, "zh-CN").findings, "zh-CN", read.highlightState);
  return { read: afterRead, write: ctx.syncCount - afterRead };
}
