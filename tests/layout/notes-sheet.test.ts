// The notes sheet: explanations and the highlight record in the layout plan, read back in the same
// pass as the report, and carried through a re-layout.
import type { Explanation } from "../../src/explain/explanations";
import { parseRange } from "../../src/layout/a1";
import { LAYOUT_VERSION, NAME, SHEET } from "../../src/layout/names";
import { MARKS_BLOCK, NOTES_BLOCK, NOTES_CAPACITY, RecordFullError, fillNotes, notesGrid } from "../../src/layout/notes-sheet";
import { planLayout, sheetOf } from "../../src/layout/plan";
import { namesToRead, readBack } from "../../src/layout/readback";
import { relayout } from "../../src/layout/relayout";
import type { RangeRead } from "../../src/layout/read-types";
import { workbookReadOf } from "./workbook-read";

const NOTE: Explanation = { rule: "R6", cells: ["t3.carriedIn.natural"], values: ["12"], text: "已由上级机关统一办理。", at: "2025-01-10T08:00:00.000Z" };

describe.each(["2021", "2019"] as const)("the notes sheet (%s)", (format) => {
  const plan = planLayout(format, { year: format === "2021" ? 2024 : 2020 });

  it("is veryHidden and unprotected (its records are written without lifting protection, which clears Undo), with a header row and a defined name per record block", () => {
    const notes = sheetOf(plan, "notes");
    expect(notes).toMatchObject({ name: SHEET.notes, visibility: "veryHidden", protect: false });
    expect(notes.cells.filter((c) => c.address.endsWith("1")).map((c) => c.value)).toEqual(["rule", "cells", "values", "text", "at", "sheet", "address", "key", "kind", "original", "fill"]);
    const names = plan.names.filter((n) => n.sheet === SHEET.notes);
    expect(names.map((n) => n.name)).toEqual([NAME.notes, NAME.marks]);
    expect(parseRange(names[0].range).bottom).toBe(parseRange(NOTES_BLOCK.range).bottom);
    expect(parseRange(names[1].range).bottom).toBe(parseRange(MARKS_BLOCK.range).bottom);
    expect(namesToRead()).toEqual(expect.arrayContaining([NAME.notes, NAME.marks]));
  });

  /** A workbook laid out before the 说明 sheet (layout 2): its explanations are on this sheet only. */
  const layout2 = (p: typeof plan) => {
    const read = workbookReadOf(p, null);
    delete read.names[NAME.explanations];
    (read.names[NAME.meta] as RangeRead).values[3][1] = 2; // layoutVersion
    return read;
  };

  it("explanations of a layout-2 workbook (before the 说明 sheet) are read back from here", () => {
    expect(readBack(layout2(plan)).explanations).toEqual([]);
    const filled = fillNotes(plan, [NOTE, { ...NOTE, rule: "R7", cells: ["t2.rules.inForce"], values: [""] }]);
    const back = readBack(layout2(filled));
    expect(back.explanations).toEqual([NOTE, { ...NOTE, rule: "R7", cells: ["t2.rules.inForce"], values: [""] }]);
  });

  it("a re-layout of a layout-2 workbook moves its explanations to the 说明 sheet", () => {
    const filled = fillNotes(plan, [NOTE]);
    const again = relayout(layout2(filled), {});
    expect(again.upgradedFrom).toBe(2);
    expect(readBack(workbookReadOf(again.plan, null)).explanations).toEqual([expect.objectContaining({ ...NOTE, row: 3 })]);
    expect(again.conflicts).toEqual([]);
  });
});

test("a workbook laid out before the notes sheet existed (layout 1) is upgraded without conflicts", () => {
  const read = workbookReadOf(planLayout("2021", { year: 2024 }), null);
  delete read.names[NAME.notes];
  delete read.names[NAME.marks];
  (read.names[NAME.meta] as RangeRead).values[3][1] = 1; // layoutVersion
  const r = relayout(read, {});
  expect(r.upgradedFrom).toBe(1);
  expect(LAYOUT_VERSION).toBeGreaterThan(1);
  expect(r.conflicts).toEqual([]);
  expect(r.plan.sheets.map((s) => s.name)).toContain(SHEET.notes);
});

test("a list too long for its block is refused before anything is written", () => {
  const many = Array.from({ length: NOTES_CAPACITY + 1 }, (_, i) => ({ ...NOTE, rule: `R${i}` }));
  expect(() => notesGrid(many)).toThrow(RecordFullError);
  expect(notesGrid([NOTE])).toHaveLength(NOTES_CAPACITY);
});
