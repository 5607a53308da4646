// Shared set-up for the host tests: a strict fake workbook, the host's three operations on fresh
// contexts (each pane action is its own Excel.run), and typing figures as a clerk would.
import { applyLayout } from "../../src/excel/apply-plan";
import type { ApplyOptions, ApplyResult } from "../../src/excel/apply-plan";
import { readReport } from "../../src/excel/read-report";
import type { ReadReportResult } from "../../src/excel/read-report";
import { selectCells } from "../../src/excel/select";
import type { CellRef, ReportData } from "../../src/model/report";
import { createFakeExcel } from "../fake-excel";
import type { FakeExcel } from "../fake-excel";
import type { ProfileName } from "../fake-excel/profiles";
import { asExcel } from "../fake-excel/adapter";
import { shown, typeInto } from "../fake-excel/structure";

export interface Host {
  fx: FakeExcel;
  apply(opts?: ApplyOptions): Promise<ApplyResult & { counted: number; blockWrites: number }>;
  read(): Promise<ReadReportResult & { counted: number }>;
  select(refs: CellRef[]): Promise<number>;
}

/** A laid-out-workbook host on the fake: `profile` picks the Office host (profiles.ts), `apiVersion` overrides its ExcelApi. */
export function host(apiVersion?: string, profile?: ProfileName): Host {
  const fx = createFakeExcel({ apiVersion: apiVersion ?? (profile ? undefined : "1.8"), profile });
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  return {
    fx,
    async apply(opts = {}) {
      const ctx = fx.newContext();
      const r = await applyLayout(asExcel(ctx), { supports, ...opts });
      expect(ctx.pending).toBe(0);
      return { ...r, counted: ctx.syncCount, blockWrites: ctx.stats.blockWrites };
    },
    async read() {
      const ctx = fx.newContext();
      const r = await readReport(asExcel(ctx));
      return { ...r, counted: ctx.syncCount };
    },
    async select(refs) {
      const ctx = fx.newContext();
      await selectCells(asExcel(ctx), refs);
      return ctx.syncCount;
    },
  };
}

export function refOf(report: ReportData, key: string): CellRef {
  const r = report.refs?.[key];
  if (!r) throw new Error(`no ref for ${key}`);
  return r;
}

/** Types a figure into the cell that holds `key`, as the clerk would. */
export function typeKey(h: Host, report: ReportData, key: string, value: string | number): void {
  const r = refOf(report, key);
  typeInto(h.fx.model, r.address, [[value]], r.sheet);
}

export function shownKey(h: Host, report: ReportData, key: string): string | number | boolean {
  const r = refOf(report, key);
  return shown(h.fx.model, r.address, r.sheet);
}
