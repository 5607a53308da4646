// Import of published reports (PDF text, "|" or tab tables, HTML pages, Word .docx) into report data,
// offline. Every source is first brought to lines (lines.ts); everything after that is shared.
// Bad or odd input never throws past decodeBytes / docxLines: what cannot be read becomes an ImportProblem.
import { getFormat } from "../format";
import { T4 } from "../format/common";
import type { FormatSpec, NarrativeSectionId, SectionId } from "../format";
import { emptyReport } from "../model/report";
import type { ReportData } from "../model/report";
import { restoreInertText } from "../model/inert-text";
import { decodeBytes } from "./decode";
import { docxLines, isZip } from "./docx";
import { detectFormat } from "./format-detect";
import { htmlLines } from "./html-lines";
import { textLines } from "./lines";
import type { Line } from "./lines";
import { findMeta } from "./meta";
import { labelKey } from "./normalize";
import { joinParagraphs } from "./paragraphs";
import { problem, whereIn } from "./problems";
import type { ImportProblem, TableId } from "./problems";
import { findSections } from "./sections";
import type { SectionMap, Span } from "./sections";
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
  const { lines, pageTitle } = source === "html" ? fromHtml(text) : { lines: textLines(restoreInertText(text)), pageTitle: "" };
  return importLines(lines, pageTitle, source, opts);
}

/** Reads a published report file's bytes, whatever its kind: a Word .docx (a zip holding
 *  word/document.xml; unzipping is asynchronous), else text or HTML as importReport. Throws a UserError
 *  for a damaged .docx, and for other files that are not text (a legacy .doc among them). */
export async function importReportFile(bytes: Uint8Array, opts: ImportOptions = {}): Promise<ImportResult> {
  if (!isZip(bytes)) return importReport(bytes, opts);
  const { lines, title } = await docxLines(bytes);
  return importLines(lines, title, "docx", opts);
}

/** The shared reader: title and meta, sections, the three tables and the narrative from lines. */
function importLines(lines: Line[], pageTitle: string, source: ImportResult["source"], opts: ImportOptions): ImportResult {
  const problems: ImportProblem[] = [];

  const meta = findMeta(lines, pageTitle, opts.fileName ?? "");
  if (meta.title === null) problems.push(problem("", "import.title.missing", "warning"));
  const sections = findSections(lines, meta.after);
  for (const s of sections.missing) {
    problems.push(problem(`「${s.title}」`, "import.section.missing", "warning", { title: s.title }));
  }
  const regions = tableRegions(lines, sections);
  const tableKey = (["t2", "t3", "t4"] as const).map((t) => regions[t].map((l) => labelKey(l.text)).join("")).join("");
  const format = getFormat(detectFormat(tableKey, meta.year));

  const report = emptyReport(format.id, meta.year, meta.agency);
  if (meta.title !== null) report.title = meta.title;
  if (opts.fileName !== undefined) report.file = opts.fileName;
  // With a table heading missing, regions overlap and rows of other tables are expected in them.
  const strict = !sections.missing.some((s) => s.table);
  for (const table of ["t2", "t3", "t4"] as const) {
    const read = readTable(table, regions[table], format, strict);
    Object.assign(report.cells, read.cells);
    for (const p of read.problems) problems.push(p); // no spread: one per row, and rows are unbounded
    if (read.found === 0) {
      problems.push(problem(whereIn(table), "import.table.missing", "error", { title: tableTitle(format, table) }));
    }
  }
  for (const id of ["0", "1", "5", "6"] as NarrativeSectionId[]) {
    const span = sections.spans[id];
    if (!span) continue;
    const body = joinParagraphs(lines.slice(span.start, span.end), span.rest);
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

const TABLE_SECTION: Record<TableId, SectionId> = { t2: "2", t3: "3", t4: "4" };

/**
 * Each table's lines: its section's body. When a table's heading is missing its lines lie inside the
 * section before it; then the region runs from the previous heading found to the next one, and label
 * matching picks out the table's own rows.
 */
function tableRegions(lines: Line[], sections: SectionMap): Record<TableId, Line[]> {
  const spans = sections.spans;
  const region = (t: TableId): Line[] => {
    const span: Span | undefined = spans[TABLE_SECTION[t]];
    if (span) return lines.slice(span.start, span.end);
    if (t === "t4") return fromAnchor(lines, spans["3"] ?? spans["2"] ?? spans["1"], T4_ANCHOR);
    const ids: SectionId[] = ["1", "2", "3", "4", "5", "6"];
    const own = ids.indexOf(TABLE_SECTION[t]);
    const before = ids.slice(0, own).reverse().find((id) => spans[id]);
    const after = ids.slice(own + 1).find((id) => spans[id]);
    const start = before ? (spans[before] as Span).start : (spans["0"]?.start ?? 0);
    const end = after ? (spans[after] as Span).start - 1 : lines.length;
    return lines.slice(start, Math.max(start, end));
  };
  return { t2: region("t2"), t3: region("t3"), t4: region("t4") };
}

const T4_ANCHOR = labelKey(T4.groups[0].label);

/** Table 四 without its heading: from the first line that names 行政复议 after `after` to the next heading. */
function fromAnchor(lines: Line[], after: Span | undefined, anchor: string): Line[] {
  const from = after?.start ?? 0;
  for (let i = from; i < lines.length; i++) {
    if (!labelKey(lines[i].text).includes(anchor)) continue;
    const end = lines.findIndex((l, j) => j > i && /^[五六]、/.test(l.text));
    return lines.slice(i, end < 0 ? lines.length : end);
  }
  return [];
}

function tableTitle(f: FormatSpec, t: TableId): string {
  return f.sections.find((s) => s.table === t)?.title ?? t;
}
