// Import of published reports (PDF text, "|" or tab tables, HTML pages, Word .docx) into report data,
// offline. Every source is first brought to lines (lines.ts); everything after that is shared.
// Bad or odd input never throws past decodeBytes / docxLines: what cannot be read becomes an ImportProblem.
import { getFormat } from "../format";
import type { FormatSpec, NarrativeSectionId } from "../format";
import { UNREAD } from "../model/cell";
import { emptyReport } from "../model/report";
import type { ReportData } from "../model/report";
import { restoreInertLine } from "../model/inert-text";
import { decodeBytes, isEncryptedOffice } from "./decode";
import { UserError } from "../i18n/user-error";
import { docxLines, isZip } from "./docx";
import { detectFormat } from "./format-detect";
import { htmlLines } from "./html-lines";
import { textLines } from "./lines";
import type { Line } from "./lines";
import { findMeta } from "./meta";
import { labelKey } from "./normalize";
import { joinParagraphs } from "./paragraphs";
import { problem } from "./problems";
import type { ImportProblem, TableId } from "./problems";
import { findSections } from "./sections";
import { narrativeEnd, tableRanges } from "./regions";
import { tableRows } from "./table-rows";
import { readT2, readT3, readT4 } from "./tables";
import type { TableRead } from "./tables";

export { decodeBytes } from "./decode";
export { isZip } from "./docx";
export { problemFindings } from "./problems";
export type { ImportProblem } from "./problems";

export interface ImportResult {
  report: ReportData;
  problems: ImportProblem[];
  source: "text" | "html" | "docx";
}

export interface ImportOptions {
  fileName?: string;
  /** Throw "not a report" (one sentence) when nothing of a report is found, instead of returning
   *  a report of unread cells: for the CLI, where a reviewer points it at arbitrary files. */
  rejectNonReport?: boolean;
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml|<head[\s>]|<body[\s>]|<meta[\s>]|<table[\s>])/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text) || (/<table[\s>]/i.test(text) && /<\/t[dr]\s*>/i.test(text));
}

/** Reads a published report given as text or HTML (a string, or bytes in UTF-8/GBK). Throws a
 *  UserError only when bytes are not text at all (a .docx among them: see importReportFile). */
export function importReport(input: Uint8Array | string, opts: ImportOptions = {}): ImportResult {
  const text = (typeof input === "string" ? input : decodeBytes(input)).replace(/^\ufeff/, "");
  const source = looksLikeHtml(text) ? "html" : "text";
  // A field our .txt export made inert ('=…) reads back as it was typed.
  const { lines, pageTitle } = source === "html" ? fromHtml(text) : { lines: textLines(text, restoreInertLine), pageTitle: "" };
  return importLines(lines, pageTitle, source, opts);
}

/** Reads a published report file's bytes, whatever its kind: a Word .docx (a zip holding
 *  word/document.xml; unzipping is asynchronous), else text or HTML as importReport. Throws a UserError
 *  for a damaged .docx, and for other files that are not text (a legacy .doc among them). */
export async function importReportFile(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  // An Office file with an open password is no zip either: say so first, whatever its name.
  if (isEncryptedOffice(bytes)) throw new UserError("io.read.encrypted");
  // A file named .docx that is not a zip is damaged or mislabelled: one sentence, not a report of nulls.
  if (!isZip(bytes) && /\.docx$/i.test(opts.fileName ?? "")) throw new UserError("import.docx.notZip");
  const result = isZip(bytes) ? await fromDocx(bytes, opts) : importReport(bytes, opts);
  if (opts.rejectNonReport && isNotAReport(result)) throw new UserError("import.notReport");
  return result;
}

async function fromDocx(bytes: Uint8Array, opts: ImportOptions): Promise<ImportResult> {
  const { lines, title } = await docxLines(bytes);
  return importLines(lines, title, "docx", opts);
}

/** Nothing of a report was found: no title, at most one section heading (a note or README may say
 *  "表三"), and not one table row read whole. A folder of reports often holds such a file beside them;
 *  checking it as a report would list a page of false errors. */
function isNotAReport(r: ImportResult): boolean {
  const missing = (id: string) => r.problems.filter((p) => p.msg.id === id).length;
  const read = Object.values(r.report.cells).filter((c) => c.kind !== "unread").length;
  return missing("import.title.missing") === 1 && missing("import.section.missing") >= 5 && read < MIN_CELLS_OF_A_REPORT;
}

/** Fewer figures than one row of 表三 (7) is no report's table. */
const MIN_CELLS_OF_A_REPORT = 7;

/** The shared reader: title and meta, sections, the three tables and the narrative from lines. */
function importLines(lines: Line[], pageTitle: string, source: ImportResult["source"], opts: ImportOptions): ImportResult {
  const problems: ImportProblem[] = [];

  const meta = findMeta(lines, pageTitle, opts.fileName ?? "");
  if (meta.title === null) problems.push(problem({}, "import.title.missing", "warning"));
  const sections = findSections(lines, meta.after);
  const ranges = tableRanges(lines, sections);
  const regions = { t2: lines.slice(...ranges.t2), t3: lines.slice(...ranges.t3), t4: lines.slice(...ranges.t4) };
  const tableKey = (["t2", "t3", "t4"] as const).map((t) => regions[t].map((l) => labelKey(l.text)).join("")).join("");
  const format = getFormat(detectFormat(tableKey, meta.year));

  const report = emptyReport(format.id, meta.year, meta.agency);
  // Nothing is blank until the source shows it blank: a cell no row was read into is unread.
  for (const key of Object.keys(report.cells)) report.cells[key] = UNREAD;
  if (meta.title !== null) report.title = meta.title;
  if (opts.fileName !== undefined) report.file = opts.fileName;
  // With a table heading missing, regions overlap and rows of other tables are expected in them.
  const strict = !sections.missing.some((s) => s.table);
  const found = new Set<TableId>();
  for (const table of ["t2", "t3", "t4"] as const) {
    const read = readTable(table, regions[table], format, strict);
    Object.assign(report.cells, read.cells);
    for (const p of read.problems) problems.push(p); // no spread: one per row, and rows are unbounded
    if (read.found === 0) {
      problems.push(problem({ table }, "import.table.missing", "error", { title: tableTitle(format, table) }));
    } else found.add(table);
  }
  // A table's heading worded or numbered otherwise is no problem once the table itself is found.
  for (const s of sections.missing.filter((x) => !(x.table && found.has(x.table)))) {
    problems.push(problem({}, "import.section.missing", "warning", { title: s.title }));
  }
  for (const id of ["0", "1", "5", "6"] as NarrativeSectionId[]) {
    const span = sections.spans[id];
    if (!span) continue;
    const body = joinParagraphs(lines.slice(span.start, narrativeEnd(lines, span, ranges)), span.rest);
    if (body !== "") report.narrative[id] = body;
  }
  return { report, problems, source };
}

function fromHtml(html: string): { lines: Line[]; pageTitle: string } {
  const { lines, title } = htmlLines(html);
  return { lines, pageTitle: title };
}

function readTable(table: TableId, lines: Line[], f: FormatSpec, strict: boolean): TableRead {
  const rows = tableRows(lines);
  if (table === "t2") return readT2(rows, f, strict);
  if (table === "t3") return readT3(rows, f, strict);
  return readT4(rows, f);
}

function tableTitle(f: FormatSpec, t: TableId): string {
  return f.sections.find((s) => s.table === t)?.title ?? t;
}
