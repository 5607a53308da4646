// Explanations stored in the workbook through Office.js: one sync to save into the visible 说明 sheet,
// read with the report, kept by a re-layout; a layout-2 workbook (before that sheet) keeps them on the
// hidden notes sheet; a clear message on a workbook laid out before the notes sheet existed.
import { NotesMissingError, saveExplanations } from "../../src/excel/explanations";
import type { Explanation } from "../../src/explain/explanations";
import { NAME, SHEET } from "../../src/layout/names";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { host } from "./helpers";
import type { Host } from "./helpers";

const NOTE: Explanation = {
  rule: "R6",
  cells: ["t3.carriedIn.natural", "t3.carriedOut.natural"],
  values: ["12", "0"],
  text: "上年结转的 12 件已由上级机关统一办理。",
  at: "2025-01-10T08:00:00.000Z",
};

/** The record of each explanation read (the 说明 sheet adds its row and how it shows the cells). */
const records = (list: Explanation[]) => list.map(({ rule, cells, values, text, at }) => ({ rule, cells, values, text, at }));

/** A workbook laid out by layout 2: no 说明 sheet's name. */
const layout2 = (h: Host) => h.fx.model.names.delete(NAME.explanations.toLowerCase());

async function save(h: Host, list: Explanation[]): Promise<number> {
  const ctx = h.fx.newContext();
  await saveExplanations(asExcel(ctx), list);
  return ctx.syncCount;
}

describe("saveExplanations", () => {
  it("saves in one sync; readReport returns them, still in its one sync", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    expect(await save(h, [NOTE])).toBe(1);
    const r = await h.read();
    expect(r.counted).toBe(1);
    expect(records(r.explanations)).toEqual([NOTE]);
    expect(r.explanations[0]).toMatchObject({ row: 3, shown: { figures: "t3.carriedIn.natural=12；t3.carriedOut.natural=0" } });
    expect(h.fx.model.sheetOrThrow(SHEET.explanations)).toMatchObject({ visibility: "Visible", protected: false });
    expect(h.fx.model.sheetOrThrow(SHEET.notes)).toMatchObject({ visibility: "VeryHidden", protected: false });
  });

  it("keeps the clerk's Undo where add-in writes are undoable (no protection round trip)", async () => {
    const h = host("1.20", "m365");
    await h.apply({ format: "2021", year: 2024 });
    typeInto(h.fx.model, "A1", [["x"]], SHEET.notes);
    await save(h, [NOTE]);
    expect(h.fx.model.undoDepth).toBe(1);
  });

  it("on a layout-2 workbook (no 说明 sheet) saves into the notes block, also one an older layout protected", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    layout2(h);
    h.fx.model.sheetOrThrow(SHEET.notes).protected = true;
    await save(h, [NOTE]);
    expect((await h.read()).explanations).toEqual([NOTE]);
  });

  it("rewrites the block: a removed explanation is gone", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    await save(h, [NOTE, { ...NOTE, rule: "R7", cells: ["t2.rules.inForce"] }]);
    await save(h, [NOTE]);
    expect(records((await h.read()).explanations)).toEqual([NOTE]);
  });

  it("a repeated 生成模板 keeps the explanations", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    await save(h, [NOTE]);
    const again = await h.apply();
    expect(again.written).toBe(true);
    expect(records((await h.read()).explanations)).toEqual([NOTE]);
  });

  it("on a workbook laid out without the notes sheet, says to lay out the template again", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    layout2(h);
    h.fx.model.names.delete(NAME.notes.toLowerCase());
    await expect(save(h, [NOTE])).rejects.toBeInstanceOf(NotesMissingError);
    expect((await h.read()).explanations).toEqual([]);
  });
});
