// Writes the sample report (tests/fixtures/reports/sample-2024-panyu-hrss.expected.json) into the template, one
// workbook per table with only that sheet visible, for scripts/render-layout.sh to print to PNG.
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { planLayout } from "../src/layout/plan";
import type { SheetRole } from "../src/layout/types";
import { fromJson } from "../src/model/report";
import type { ReportJson } from "../src/model/report";
import { writeWorkbook } from "../src/xlsx/write-plan";

async function main(root: string, outDir: string): Promise<void> {
  const json = JSON.parse(readFileSync(join(root, "tests/fixtures/reports/sample-2024-panyu-hrss.expected.json"), "utf8")) as ReportJson;
  const report = fromJson(json);
  for (const role of ["t2", "t3", "t4", "narrative"] as SheetRole[]) {
    const plan = planLayout(report.format, { year: report.year, agency: report.agency });
    // One sheet per file, so the PDF's first page is that table.
    const keep = plan.sheets.filter((s) => s.role === role);
    const only = { ...plan, sheets: keep, names: plan.names.filter((n) => keep.some((s) => s.name === n.sheet)) };
    writeFileSync(join(outDir, `layout-${role}.xlsx`), await writeWorkbook(only, report));
  }
}

main(process.argv[2], process.argv[3]).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
