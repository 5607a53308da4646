// The light .xlsx reader behind `xxgk check` (and, later, the pane's consolidation): from the file's
// bytes straight to the WorkbookRead the Office host fills — only workbook.xml, its relationships,
// the shared strings, the cell formats and the sheets a defined name points at — without building
// ExcelJS's whole workbook model. Gives what src/xlsx/read-workbook.ts gives (a test compares them
// on every kind of workbook), several times faster; no Node API, so a browser can run it too.
import { parseSheetRef } from "../../layout/a1";
import { namesToRead, readBack } from "../../layout/readback";
import type { ReadBackResult } from "../../layout/readback";
import { readGrid } from "../../layout/read-types";
import type { RangeRead, WorkbookRead } from "../../layout/read-types";
import { PARTS_NAME } from "../../consolidate/names";
import { partsFromValues } from "../../consolidate/read-parts";
import { LightReadError } from "./errors";
import { cellIndex, sheetCells } from "./sheet-cells";
import type { CellContext, SheetCells } from "./sheet-cells";
import { dateStyles, relationships, sharedStrings, workbookInfo } from "./workbook-parts";
import type { SheetEntry, WorkbookInfo } from "./workbook-parts";
import { XmlPartError } from "./xml";
import { ZipParts } from "./zip-parts";
import type { PartLimits } from "./zip-parts";

/** ExcelJS keeps a defined name's reference only when it is absolute ($A$1); so do we. */
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

const ABSOLUTE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

export async function readWorkbookLight(bytes: Uint8Array, fileName: string, limits?: PartLimits): Promise<ReadBackResult> {
  const read = await workbookReadLight(bytes, fileName, limits);
  if (Object.values(read.names).every((r) => r === null)) throw new LightReadError(fileName, "cli.read.notReport");
  const result = readBack(read);
  result.report.file = fileName;
  // A consolidated workbook's 明细 sheet: the parts its tables sum, for R12 (src/consolidate).
  if (read.parts) result.report.parts = partsFromValues(read.parts.values);
  for (const f of result.findings) f.file = fileName;
  return result;
}

export async function workbookReadLight(
  bytes: Uint8Array,
  fileName: string,
  limits?: PartLimits,
): Promise<WorkbookRead & { parts: RangeRead | null }> {
  const zip = await ZipParts.open(bytes, fileName, limits);
  try {
    return await readParts(zip);
  } catch (e) {
    throw e instanceof XmlPartError ? badPart(fileName, e.part, e.sheet) : e;
  }
}

/** A part that is not well-formed XML, named for the clerk: the sheet's name when it is a sheet. */
function badPart(file: string, part: string, sheet: string | undefined): LightReadError {
  return sheet === undefined ? new LightReadError(file, "cli.read.badPart", { part }) : new LightReadError(file, "cli.read.badSheet", { part, sheet });
}

async function readParts(zip: ZipParts): Promise<WorkbookRead & { parts: RangeRead | null }> {
  const workbookXml = await zip.text(WORKBOOK);
  if (workbookXml === null) throw new LightReadError(zip.file);
  const rels = relationships(await zip.text(WORKBOOK_RELS), "xl/", WORKBOOK_RELS);
  const info = workbookInfo(workbookXml, rels, WORKBOOK);
  const relTarget = (type: string, fallback: string) => rels.find((r) => r.type === type)?.target ?? fallback;
  const stringsPart = relTarget("sharedStrings", "xl/sharedStrings.xml");
  const stylesPart = relTarget("styles", "xl/styles.xml");
  const ctx: CellContext = {
    strings: sharedStrings(await zip.text(stringsPart), stringsPart),
    dates: dateStyles(await zip.text(stylesPart), stylesPart),
    date1904: info.date1904,
  };
  const sheets = new Map<string, Promise<SheetCells | null>>();
  const cellsOf = (entry: SheetEntry): Promise<SheetCells | null> => {
    let got = sheets.get(entry.name);
    if (!got) {
      const path = entry.path;
      got = path ? zip.text(path).then((xml) => (xml === null ? null : sheetOf(xml, ctx, path, entry.name))) : Promise.resolve(null);
      sheets.set(entry.name, got);
    }
    return got;
  };
  const names: WorkbookRead["names"] = {};
  for (const name of namesToRead()) names[name] = await rangeOf(info, name, cellsOf);
  const parts = await rangeOf(info, PARTS_NAME, cellsOf);
  return { sheetNames: info.sheets.map((s) => s.name), names, parts };
}

function sheetOf(xml: string, ctx: CellContext, part: string, sheet: string): SheetCells {
  try {
    return sheetCells(xml, ctx, part);
  } catch (e) {
    if (e instanceof XmlPartError) e.sheet = sheet;
    throw e;
  }
}

async function rangeOf(info: WorkbookInfo, name: string, cellsOf: (s: SheetEntry) => Promise<SheetCells | null>): Promise<RangeRead | null> {
  const refs = [...new Set((info.names.get(name) ?? []).flatMap(splitRefs).filter((r) => ABSOLUTE.test(r.split("!").pop() ?? "")))];
  if (refs.length !== 1) return null;
  const at = parseSheetRef(refs[0]);
  const entry = at && info.sheets.find((s) => s.name === at.sheet);
  if (!at || !entry) return null;
  const sheet = await cellsOf(entry);
  return readGrid(entry.name, at.range, (row, col) => {
    const at = cellIndex(row, col);
    const c = sheet?.hidden.has(at) ? undefined : sheet?.cells.get(at);
    return [c?.value ?? "", c?.formula];
  });
}

/** "'a,b'!$A$1,'c'!$B$2" → both references: commas inside a quoted sheet name do not split. */
function splitRefs(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.filter((s) => s !== "");
}
