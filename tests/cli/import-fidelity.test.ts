// The published figures survive `xxgk import -o`: the error findings of check(import(x)) are those of
// check(x), for every fixture and real report (DESIGN §5: a figure the report printed is kept as printed).
import { readdirSync } from "fs";
import { join } from "path";
import { readReportFile } from "../../src/cli/read-file";
import { reportWorkbookBytes } from "../../src/cli/report-workbook";
import { checkReport } from "../../src/check/engine";
import type { Finding } from "../../src/rules/types";
import type { ReadFileResult } from "../../src/cli/read-file";
import type { ReportData } from "../../src/model/report";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { REAL_REPORTS, SHARED_REPORTS } from "../support/shared-reports";

const FIXTURES = join(__dirname, "..", "fixtures", "reports");
const sources = [
  ...readdirSync(FIXTURES).filter((f) => !f.endsWith(".json")).map((f) => join(FIXTURES, f)),
  ...(SHARED_REPORTS ? [join(SHARED_REPORTS, "sample-2024-panyu-hrss.txt")] : []),
  ...(SHARED_REPORTS ? readdirSync(REAL_REPORTS).filter((f) => /\.(txt|pdf)$/.test(f)).map((f) => join(REAL_REPORTS, f)) : []),
];

const errorsOf = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule} ${f.msg.id} ${f.cells.map((c) => c.key).sort().join(",")}`)
    .sort();

/** The errors a reviewer sees. The source's reading problems (R10, said of the source's rows) become,
 *  in the workbook, the cells marked 未读 (one R10 error naming them): compared as the cells unread. */
function seen(report: ReportData, findings: Finding[], reading: Finding[]): string[] {
  const rules = errorsOf(findings.filter((f) => !reading.includes(f) && f.msg.id !== "layout.r10.unreadMark" && f.msg.id !== "layout.r10.shareMark"));
  const unread = Object.entries(report.cells).filter(([, c]) => c.kind === "unread").map(([k]) => k).sort();
  const readingErrors = reading.some((f) => f.severity === "error") || findings.some((f) => f.msg.id === "layout.r10.unreadMark");
  return [...rules, ...(readingErrors ? [`unread: ${unread.join(",")}`] : [])];
}

async function roundTrip(read: ReadFileResult) {
  const { bytes } = await reportWorkbookBytes(read, "out.xlsx", { target: { exists: false }, force: false });
  return readWorkbook(bytes, "out.xlsx");
}

describe("check(import(x)) finds the errors check(x) finds", () => {
  it.each(sources)("%s", async (file) => {
    const read = await readReportFile(file);
    const before = seen(read.report, checkReport(read.report, { readerFindings: read.findings }), read.findings);
    const back = await roundTrip(read);
    const layoutFindings = back.findings.filter((f) => f.msg.id !== "layout.r10.unreadMark" && f.msg.id !== "layout.r10.shareMark");
    const after = seen(back.report, checkReport(back.report, { readerFindings: back.findings, ...(back.prior ? { prior: back.prior } : {}) }), layoutFindings);
    expect(after).toEqual(before);
  }, 60_000);
});
