// Parts for consolidation tests: the sample report's tables scaled by k (scaling keeps every balance),
// under another body's name — "injected parts" beside the fixtures' own reports.
import type { ReportData } from "../../src/model/report";
import { sampleReport } from "../support/reports";

export function scaledSample(k: number, agency: string): ReportData {
  const r = sampleReport();
  r.agency = agency;
  for (const [key, c] of Object.entries(r.cells)) if (c.kind === "number") r.cells[key] = { kind: "number", value: c.value * k };
  return r;
}
