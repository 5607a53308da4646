// The file readers behind `xxgk import`, `check` and `export`: a workbook through the layout reader, a
// published report (.txt, .html, .docx, .pdf, or a picture of one: .png, .jpg, .tif) through the import. A legacy .doc is let through to the import
// too: it says in a sentence to save it as .docx (and a .doc that is really HTML or .docx is read).
// Every read is bounded by the bytes actually read (import/read-input.ts: only a regular file, no
// further than its kind's limit); a zip's unpacked size is checked before it is inflated.
import { promises as fs } from "fs";
import { extname } from "path";
import type { Explanation } from "../explain/explanations";
import { UserError } from "../i18n/user-error";
import { importReportFile, problemFindings } from "../import";
import { importImageFile } from "../import/image";
import { importPdfFile } from "../import/pdf";
import { isEncryptedOffice } from "../import/decode";
import { checkZip, IMAGE_EXTENSIONS, inputKindOf } from "../import/limits";
import { openPathOf } from "../import/raw-names";
import { readInput } from "../import/read-input";
import { planLayout } from "../layout/plan";
import type { PriorFigures, ReportData } from "../model/report";
import type { OcrSummary, ScanOptions } from "../ocr/read-scan";
import type { Finding } from "../rules/types";
import { readWorkbook } from "../xlsx/read-workbook";
import { writeWorkbook } from "../xlsx/write-plan";
import { writeOutput } from "./output";

export interface ReadFileResult {
  report: ReportData;
  findings: Finding[];
  /** Last year's figures, when a workbook's 上年数据 sheet holds them (for R6, R7). */
  prior?: PriorFigures;
  /** A workbook's stored explanations (说明) of accepted warnings; published reports have none. */
  explanations: Explanation[];
  /** A workbook's own bytes: a workbook-to-workbook copy starts from them, so nothing in it is lost. */
  workbook?: Uint8Array;
  /** Set when (some of) a PDF's pages were read by OCR. */
  ocr?: OcrSummary;
}

// The finding names at most this many uncertain cells (the rest are counted).
const NAMED_CELLS = 10;

/** An info finding: the report was read by OCR, and which figures it was unsure of (they are unread). */
function ocrFinding(ocr: OcrSummary, file: string): Finding {
  // page/row/column of each: the row as printed (Chinese in either language).
  const named = ocr.uncertain.slice(0, NAMED_CELLS).map((c) => `${c.page}/${c.row || "?"}/${c.column}`);
  if (ocr.uncertain.length > NAMED_CELLS) named.push("…");
  const params = { pages: ocr.pages.join("、"), figures: ocr.figures, uncertain: ocr.uncertain.length, cells: named.join("、") };
  return { rule: "R10", severity: "info", cells: [], file, msg: { id: named.length > 0 ? "import.ocr.readUnsure" : "import.ocr.read", params } };
}

const REPORT_TYPES = new Set([".txt", ".html", ".htm", ".text", ".md", ".docx", ".doc", ".pdf", ...IMAGE_EXTENSIONS]);

/** `options`: whether scans and pictures are read by OCR (--no-ocr), and who hears of each page. */
export async function readReportFile(path: string, options: ScanOptions = {}): Promise<ReadFileResult> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && !REPORT_TYPES.has(ext)) {
    // A folder named on the line is said to be one, whatever its name ends with.
    const stat = await fs.stat(openPathOf(path)).catch(() => null);
    if (stat?.isDirectory()) throw new UserError("cli.file.isDir", { file: path });
    throw new UserError("cli.read.unsupported", { file: path });
  }
  if (ext === ".pdf" || IMAGE_EXTENSIONS.includes(ext)) {
    // A PDF read by PDFium (import/pdf.ts), bounded in bytes, pages, inflated bytes and time; a
    // picture by the OCR alone (import/image.ts), bounded in bytes, pixels, pages and time.
    const { report, problems, ocr } = ext === ".pdf" ? await importPdfFile(path, options) : await importImageFile(path, options);
    const findings = problemFindings(problems, path);
    if (ocr) findings.unshift(ocrFinding(ocr, path));
    return { report, findings, explanations: [], ...(ocr ? { ocr } : {}) };
  }
  // Bounded by the bytes read, not by the size stat reports; only a regular file is opened.
  const bytes = await readInput(path, inputKindOf(path));
  if (ext === ".xlsx") {
    if (isEncryptedOffice(bytes)) throw new UserError("io.read.encrypted", { file: path });
    checkZip("xlsx", bytes);
    const { report, findings, prior, explanations } = await readWorkbook(bytes, path);
    return { report, findings, explanations, workbook: bytes, ...(prior ? { prior } : {}) };
  }
  const { report, problems } = await importReportFile(bytes, { fileName: path, rejectNonReport: true });
  report.file = path;
  return { report, findings: problemFindings(problems, path), explanations: [] };
}

/** A fresh report workbook: the template in the report's own format, filled with its figures. */
export async function writeReportWorkbook(report: ReportData, outPath: string, prior?: PriorFigures): Promise<void> {
  const plan = planLayout(report.format, { year: report.year, agency: report.agency });
  await writeOutput(outPath, await writeWorkbook(plan, report, prior ? { prior } : {}));
}
