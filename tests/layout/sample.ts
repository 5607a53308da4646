// The sample report (a district bureau's 2024 report) as report data, for layout and xlsx tests.
import { readFileSync } from "fs";
import { join } from "path";
import { fromJson } from "../../src/model/report";
import type { ReportData, ReportJson } from "../../src/model/report";

export const SAMPLE_JSON = JSON.parse(
  readFileSync(join(__dirname, "../fixtures/sample-2024-panyu-hrss.json"), "utf8"),
) as ReportJson;

export const sampleReport = (): ReportData => fromJson(SAMPLE_JSON);
