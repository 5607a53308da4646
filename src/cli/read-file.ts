// The file readers behind `xxgk import` and `xxgk check`: a workbook through the layout reader, a
// published report (.txt, .html, .docx, .pdf) through the import. A legacy .doc is let through to the import
// too: it says in a sentence to save it as .docx (and a .doc that is really HTML or .docx is read). Also the workbook writer behind `import -o`.
import { readFile, writeFile } from "fs/promises";
import { extname } from "path";
import type { Explanation } from "../explain/explanations";
import { importReportFile, problemFindings } from "../import";
import { importPdfFile } from "../import/pdf";
import { planLayout } from "../layout/plan";
import type { PriorFigures, ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import { readWorkbook } from "../xlsx/read-workbook";
import { writeWorkbook } from "../xlsx/write-plan";

export interface ReadFileResult {
  report: ReportData;
  findings: Finding[];
  /** Last year's figures, when a workbook's 上年数据 sheet holds them (for R6, R7). */
  prior?: PriorFigures;
  /** A workbook's stored explanations (说明) of accepted warnings; published reports have none. */
  explanations: Explanation[];
}

/** A file of an unsupported type; `msg` is the sentence the CLI shows. */
export class UnsupportedFileError extends Error {
  readonly msg: { id: string; params: Record<string, string | number> };
  constructor(file: string) {
    super(`unsupported file type: ${file}`);
    this.msg = { id: "cli.read.unsupported", params: { file } };
  }
}

const REPORT_TYPES = new Set([".txt", ".html", ".htm", ".text", ".md", ".docx", ".doc", ".pdf"]);

export async function readReportFile(path: string): Promise<ReadFileResult> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && !REPORT_TYPES.has(ext)) throw new UnsupportedFileError(path);
  if (ext === ".pdf") {
    // Read by pdf.js, which checks the file's size before reading it (import/pdf.ts).
    const { report, problems } = await importPdfFile(path);
    return { report, findings: problemFindings(problems, path), explanations: [] };
  }
  const bytes = await readFile(path);
  if (ext === ".xlsx") {
    const { report, findings, prior, explanations } = await readWorkbook(bytes, path);
    return prior ? { report, findings, prior, explanations } : { report, findings, explanations };
  }
  const { report, problems } = await importReportFile(new Uint8Array(bytes), { fileName: path, rejectNonReport: true });
  report.file = path;
  return { report, findings: problemFindings(problems, path), explanations: [] };
}

/** `xxgk import REPORT -o OUT.xlsx`: the template in the report's own format, filled with its figures. */
export async function writeReportWorkbook(report: ReportData, outPath: string, prior?: PriorFigures): Promise<void> {
  const plan = planLayout(report.format, { year: report.year, agency: report.agency });
  await writeFile(outPath, await writeWorkbook(plan, report, prior ? { prior } : {}));
}
