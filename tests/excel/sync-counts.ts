// For the bench (scripts/bench): how many context.sync() calls 生成模板 and 校验 cost, measured on the
// strict fake — the Office host's round trips, whatever the table size.
import { applyLayout } from "../../src/excel/apply-plan";
import { readReport } from "../../src/excel/read-report";
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
