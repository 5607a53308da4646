// The demo's workbook: the sample report (a real published one, sample-report.ts) read by the same
// importer as `xxgk import`, laid out by the same plan and filled the same way as the workbook the
// command line writes, but held in memory (src/memory-host/) instead of an .xlsx file.
import { importReport } from "../import";
import { fillPlan } from "../layout/fill";
import { fillNotes } from "../layout/notes-sheet";
import { planLayout } from "../layout/plan";
import { MemoryWorkbook } from "../memory-host/workbook";
import { writePlan } from "../memory-host/write-plan";
import { SAMPLE_REPORT_TEXT } from "./sample-report";

export function sampleWorkbook(text: string = SAMPLE_REPORT_TEXT): MemoryWorkbook {
  const { report } = importReport(text);
  const plan = fillNotes(fillPlan(planLayout(report.format, { year: report.year, agency: report.agency }), report), []);
  const wb = new MemoryWorkbook();
  writePlan(wb, { plan, renames: [], rebuild: new Map() });
  return wb;
}
