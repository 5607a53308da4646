// The bytes `xxgk consolidate` writes: the consolidated plan, and — over an existing workbook
// (--force) — everything of the clerk's the plan does not own (xlsx/keep-foreign.ts).
import type { LayoutPlan } from "../layout/types";
import type { PriorFigures, ReportData } from "../model/report";
import { keepForeign } from "../xlsx/keep-foreign";
import { writeWorkbook } from "../xlsx/write-plan";

export async function consolidatedBytes(
  plan: LayoutPlan,
  report: ReportData,
  existing: Uint8Array | null,
  out: string,
  prior?: PriorFigures,
): Promise<Uint8Array> {
  const fresh = await writeWorkbook(plan, report, prior ? { prior } : {});
  return existing ? keepForeign(fresh, existing, plan, out) : fresh;
}
