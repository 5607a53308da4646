// workbook.xml, its relationships, the shared strings and the cell formats: what a report read needs
// besides the sheets themselves. Each read as ExcelJS reads it, so both readers give the same report.
import { parseXml, RunText } from "./xml";

export interface SheetEntry {
  name: string;
  /** The part, e.g. "xl/worksheets/sheet3.xml". */
  path: string | null;
  order: number;
}

export interface WorkbookInfo {
  /** In sheetId order (the order ExcelJS lists worksheets in). */
  sheets: SheetEntry[];
  /** Each defined name's references (several when a name is defined more than once). */
  names: Map<string, string[]>;
  date1904: boolean;
}

/** "worksheets/sheet1.xml" beside xl/workbook.xml, or "/xl/worksheets/sheet1.xml" from the root. */
function partPath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `${base}${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

export interface Relationship {
  id: string;
  /** The last segment of its type URI: "worksheet", "sharedStrings", "styles". */
  type: string;
  target: string;
}

export function relationships(xml: string | null, base: string, part: string): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  parseXml(xml, part, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target) out.push({ id: a.Id, type: (a.Type ?? "").split("/").pop() ?? "", target: partPath(base, a.Target) });
    },
  });
  return out;
}

export function workbookInfo(xml: string, rels: Relationship[], part: string): WorkbookInfo {
  const sheets: SheetEntry[] = [];
  const names = new Map<string, string[]>();
  let date1904 = false;
  let defining: string | null = null;
  let ref = "";
  parseXml(xml, part, {
    open(name, a) {
      if (name === "sheet") {
        sheets.push({ name: a.name ?? "", path: rels.find((r) => r.id === a.id)?.target ?? null, order: Number(a.sheetId ?? sheets.length + 1) });
      } else if (name === "definedName") {
        defining = a.name || null;
        ref = "";
      } else if (name === "workbookPr") date1904 = /^(1|true)$/.test(a.date1904 ?? "");
    },
    text(t) {
      if (defining !== null) ref += t;
    },
    close(name) {
      if (name !== "definedName" || defining === null) return;
      names.set(defining, [...(names.get(defining) ?? []), ref]);
      defining = null;
    },
  });
  sheets.sort((a, b) => a.order - b.order);
  return { sheets, names, date1904 };
}

export function sharedStrings(xml: string | null, part: string): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const run = new RunText();
  let inItem = false;
  parseXml(xml, part, {
    open(name) {
      if (name === "si") {
        inItem = true;
        run.reset();
      } else if (inItem) run.open(name);
    },
    text(t) {
      if (inItem) run.add(t);
    },
    close(name) {
      if (name === "si") {
        out.push(run.text);
        inItem = false;
      } else if (inItem) run.close(name);
    },
  });
  return out;
}

/** Built-in formats ExcelJS knows as dates (its defaultnumformats with a date letter). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's test: a y m d h M s b outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** For each cell style index (`s`), whether its number format shows a date. */
export function dateStyles(xml: string | null, part: string): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inXfs = false;
  let sawXfs = false;
  parseXml(xml, part, {
    open(name, a) {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inXfs = sawXfs = true;
      // Only cellXfs' own <xf>: cellStyleXfs holds the named styles, not the cells'.
      else if (name === "xf" && inXfs) ids.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inXfs = false;
    },
  });
  if (!sawXfs) return [];
  return ids.map((id) => {
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
  });
}
