// 校验's marks in the in-memory workbook, decided by the same pure planHighlights()/highlightWrites()
// as the Office and WPS hosts: only the add-in's own earlier highlights are undone (the record on the
// notes sheet says which and what they showed before), only cells inside the tables are painted.
import { highlightWrites, marksToRows, nothingToWrite, planHighlights } from "../check/highlight-plan";
import type { ExplainedFinding } from "../explain/explanations";
import { marksOf } from "../excel/highlight-read";
import { parseRange } from "../layout/a1";
import { NAME } from "../layout/names";
import { MARKS_BLOCK, MARK_COLUMNS, blockGrid } from "../layout/notes-sheet";
import type { WorkbookRead } from "../layout/read-types";
import { inTables } from "../wps/highlights";
import { writeBlock } from "./blocks";
import type { MemoryWorkbook } from "./workbook";

export function paintFindings(wb: MemoryWorkbook, read: WorkbookRead, findings: ExplainedFinding[]): void {
  const record = marksOf(read);
  if (!record.recordable) return; // an older layout without the record: nothing is painted, as elsewhere
  const inside = inTables(read);
  const fills = new Map<string, string | null>();
  const fillOf = (sheet: string, address: string) => {
    const s = wb.sheet(sheet);
    const p = parseRange(address);
    fills.set(`${sheet}!${address}`, s ? (wb.cell(s, p.top, p.left)?.fill ?? null) : null);
  };
  for (const f of findings) for (const c of f.cells) if (c.sheet && c.address && inside(c.sheet, c.address)) fillOf(c.sheet, c.address);
  for (const m of record.marks) fillOf(m.sheet, m.address);
  const plan = planHighlights(findings, fills, record.marks);
  const w = highlightWrites(plan, fills, record.marks);
  if (nothingToWrite(w)) return;
  const paint = (sheet: string, address: string, fill: string | null) => {
    const s = wb.sheet(sheet);
    if (!s) return;
    const p = parseRange(address);
    wb.at(s, p.top, p.left).fill = fill;
  };
  for (const c of w.restore) paint(c.sheet, c.address, c.fill);
  for (const c of w.paint) paint(c.sheet, c.address, c.fill);
  const marks = wb.name(NAME.marks);
  if (w.marks && marks) writeBlock(wb, marks, [...MARK_COLUMNS], blockGrid(marksToRows(plan.marks), MARKS_BLOCK, "marks"));
}
