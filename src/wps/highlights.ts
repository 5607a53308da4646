// 校验's marks through ET, decided by the same pure planHighlights()/highlightWrites() as the Office
// host: only the add-in's own earlier highlights are undone (the record on the notes sheet says which
// and what they showed before), only what differs is written. ET is synchronous, so the fills are
// read after the rules ran, and only for the cells that matter (the findings' cells inside the
// tables and the recorded ones) rather than every table cell as Office's single read sync must.
import { highlightWrites, marksToRows, nothingToWrite, planHighlights } from "../check/highlight-plan";
import type { ExplainedFinding } from "../explain/explanations";
import { marksOf, regionSizes } from "../excel/highlight-read";
import { parseRange } from "../layout/a1";
import { NAME } from "../layout/names";
import { MARKS_BLOCK, MARK_COLUMNS, blockGrid } from "../layout/notes-sheet";
import type { WorkbookRead } from "../layout/read-types";
import { bgr } from "./colour";
import { XL_COLOR_INDEX_NONE } from "./constants";
import { get, nameOf, sheetOf } from "./et";
import type { EtWorkbook } from "./et";
import { readFills } from "./read";
import { writeBlock } from "./blocks";
import type { EtSnapshot } from "./read";

export interface EtHighlightResult {
  written: boolean;
  painted: number;
  restored: number;
  leftAlone: number;
  note?: string;
}

/** The tables' areas, each at the larger of the two formats' sizes from its name's top-left (as Office reads them). */
export function inTables(read: WorkbookRead): (sheet: string, address: string) => boolean {
  const areas = regionSizes().flatMap(({ name, rows, cols }) => {
    const r = read.names[name];
    if (!r) return [];
    const top = parseRange(r.address);
    return [{ sheet: r.sheet, top: top.top, left: top.left, bottom: top.top + rows - 1, right: top.left + cols - 1 }];
  });
  return (sheet, address) => {
    const p = parseRange(address);
    return areas.some((a) => a.sheet === sheet && p.top >= a.top && p.top <= a.bottom && p.left >= a.left && p.left <= a.right);
  };
}

export function paintFindings(wb: EtWorkbook, snap: EtSnapshot, findings: ExplainedFinding[]): EtHighlightResult {
  const record = marksOf(snap.read);
  if (!record.recordable) return { written: false, painted: 0, restored: 0, leftAlone: 0, note: "excel.highlight.noRecord" };
  const inside = inTables(snap.read);
  const wanted = new Map<string, { sheet: string; address: string }>();
  for (const f of findings) for (const c of f.cells) if (c.sheet && c.address && inside(c.sheet, c.address)) wanted.set(`${c.sheet}!${c.address}`, { sheet: c.sheet, address: c.address });
  for (const m of record.marks) wanted.set(`${m.sheet}!${m.address}`, { sheet: m.sheet, address: m.address });
  const fills = readFills(wb, [...wanted.values()]);
  const plan = planHighlights(findings, fills, record.marks);
  const result = { written: true, painted: plan.paint.length, restored: plan.restore.length, leftAlone: plan.leftAlone.length };
  const w = highlightWrites(plan, fills, record.marks);
  if (nothingToWrite(w)) return result;
  // Only an older layout's sheets refuse these writes: lifted once, protected again as this version lays them out.
  const touched = new Set([...w.paint, ...w.restore].map((c) => c.sheet));
  if (w.marks) touched.add(record.recordSheet);
  const locked = new Set([...snap.formatLockedSheets, ...[...snap.protectedSheets].filter((s) => s === record.recordSheet)]);
  const lifted = [...touched].filter((s) => locked.has(s));
  for (const s of lifted) sheetOf(wb, s).Unprotect();
  for (const c of w.restore) {
    const interior = get(sheetOf(wb, c.sheet).Range(c.address), "Interior");
    if (c.fill) interior.Color = bgr(c.fill);
    else interior.ColorIndex = XL_COLOR_INDEX_NONE;
  }
  for (const c of w.paint) get(sheetOf(wb, c.sheet).Range(c.address), "Interior").Color = bgr(c.fill);
  if (w.marks) {
    writeBlock(get(nameOf(wb, NAME.marks)!, "RefersToRange"), [...MARK_COLUMNS], blockGrid(marksToRows(plan.marks), MARKS_BLOCK, "marks"));
  }
  for (const s of lifted) if (s !== record.recordSheet) sheetOf(wb, s).Protect("", true, true, undefined, false, true, true, true);
  return result;
}
