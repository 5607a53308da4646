// Shared test data: the sample report (a district bureau's 2024 report, its PDF text as extracted)
// and small ways to vary it.
import * as fs from "fs";
import * as path from "path";
import { getFormat } from "../../../src/format";
import type { NarrativeSectionId } from "../../../src/format";
import { fromJson } from "../../../src/model/report";
import type { ReportData, ReportJson } from "../../../src/model/report";
import type { Finding, Rule } from "../../../src/rules/types";
import { SAMPLE_JSON } from "../../support/reports";

// The narrative as the PDF's text lines (line breaks mid-sentence), with the sample's figures.
const RAW_NARRATIVE = path.join(__dirname, "../../fixtures/narrative/sample-2024-panyu-hrss.json");

export function sampleJson(): ReportJson {
  const { narrative } = JSON.parse(fs.readFileSync(RAW_NARRATIVE, "utf8")) as Pick<ReportJson, "narrative">;
  return { ...SAMPLE_JSON, narrative };
}

/** The sample report; `cells` overrides table values by canonical key. */
export function sample(cells: Record<string, number | null> = {}): ReportData {
  const r = fromJson(sampleJson());
  for (const [k, v] of Object.entries(cells)) r.cells[k] = v === null ? { kind: "blank" } : { kind: "number", value: v };
  return r;
}

/** The sample's tables with this narrative instead of its own. */
export function withNarrative(narrative: Partial<Record<NarrativeSectionId, string>>, cells: Record<string, number | null> = {}): ReportData {
  const r = sample(cells);
  r.narrative = narrative;
  return r;
}

export function run(rule: Rule, report: ReportData): Finding[] {
  return rule.run({ report, format: getFormat(report.format) });
}
