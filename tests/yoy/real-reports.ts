// A real published report of ../shared/reports/real, imported (read in place, never copied into the repo).
import { readFileSync } from "fs";
import { join } from "path";
import { importReport } from "../../src/import";
import type { ReportData } from "../../src/model/report";
import { REAL_REPORTS } from "../support/shared-reports";

export function realReport(name: string): ReportData {
  return importReport(readFileSync(join(REAL_REPORTS, name), "utf8"), { fileName: name }).report;
}
