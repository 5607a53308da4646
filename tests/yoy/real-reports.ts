// The real published reports in ../shared/reports/real (read in place, never copied into the repo).
// Looked for upwards from here, since a worktree sits one level deeper than the main checkout.
import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { importReport } from "../../src/import";
import type { ReportData } from "../../src/model/report";

function realDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, "shared", "reports", "real");
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("shared/reports/real not found above the repository");
}

export function realReport(name: string): ReportData {
  return importReport(readFileSync(join(realDir(), name), "utf8"), { fileName: name }).report;
}
