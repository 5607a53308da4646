// workbook.xml, its relationships, the shared strings and the cell formats: what a report read needs
// besides the sheets themselves. Each read as ExcelJS reads it, so both readers give the same report.
import { attrs, decodeXml, elements, runText } from "./xml";

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

export function relationships(xml: string | null, base: string): Relationship[] {
  if (!xml) return [];
  return [...elements(xml, "Relationship")]
    .filter((r) => r.attrs.Id && r.attrs.Target)
    .map((r) => ({ id: r.attrs.Id, type: (r.attrs.Type ?? "").split("/").pop() ?? "", target: partPath(base, r.attrs.Target) }));
}

export function workbookInfo(xml: string, rels: Relationship[]): WorkbookInfo {
  const sheets = [...elements(xml, "sheet")].map((s, i) => ({
    name: s.attrs.name ?? "",
    path: rels.find((r) => r.id === s.attrs.id)?.target ?? null,
    order: Number(s.attrs.sheetId ?? i + 1),
  }));
  sheets.sort((a, b) => a.order - b.order);
  const names = new Map<string, string[]>();
  for (const d of elements(xml, "definedName")) {
    const name = d.attrs.name;
    if (name) names.set(name, [...(names.get(name) ?? []), decodeXml(d.inner)]);
  }
  const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(xml);
  const date1904 = pr ? /^(1|true)$/.test(attrs(pr[1]).date1904 ?? "") : false;
  return { sheets, names, date1904 };
}

export function sharedStrings(xml: string | null): string[] {
  return xml ? [...elements(xml, "si")].map((si) => runText(si.inner)) : [];
}

/** Built-in formats ExcelJS knows as dates (its defaultnumformats with a date letter). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS's test: a y m d h M s b outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** For each cell style index (`s`), whether its number format shows a date. */
export function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const f of elements(xml, "numFmt")) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? "");
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!xfs) return [];
  return [...elements(xfs[1], "xf")].map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
  });
}
