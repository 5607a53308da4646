// writePriorFigures on the strict fake: one sync; the figures land in the 上年数据 sheet's input cells
// (addressed through XXGK_PRIOR); no other cell of any sheet changes; a workbook without the sheet
// gets a clear error.
import { PriorSheetMissingError, priorCellOffsets, writePriorFigures } from "../../src/excel/prior";
import type { FormatId } from "../../src/format";
import { t } from "../../src/i18n";
import { NAME, SHEET } from "../../src/layout/names";
import type { PriorFigures } from "../../src/model/report";
import { errorSentence } from "../../src/taskpane/errors";
import type { WorkbookModel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import { renameSheet } from "../fake-excel/structure";
import { host } from "./helpers";
import type { Host } from "./helpers";

const n = (value: number) => ({ kind: "number" as const, value });
const FIGURES: PriorFigures = {
  year: 2024,
  cells: { "t3.carriedOut.natural": n(1), "t3.carriedOut.total": n(1), "t2.normative.inForce": n(1), "t2.regulations.inForce": n(0) },
};

/** Every cell of every sheet: value, formula and number format, by "sheet!row,col". */
function snapshot(model: WorkbookModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of model.sheets) for (const [k, c] of s.cells) out.set(`${s.name}!${k}`, JSON.stringify([c.value, c.formula ?? null, c.numberFormat]));
  return out;
}

async function write(h: Host, prior: PriorFigures, format?: FormatId): Promise<number> {
  const ctx = h.fx.newContext();
  await writePriorFigures(asExcel(ctx), prior, format);
  expect(ctx.pending).toBe(0);
  return ctx.syncCount;
}

describe("writePriorFigures", () => {
  it("writes in one sync; readReport gets the figures back, with refs on the 上年数据 sheet", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2025 });
    expect(await write(h, FIGURES)).toBe(1);
    const r = await h.read();
    expect(r.prior?.cells).toEqual(FIGURES.cells);
    expect(r.prior?.refs?.["t3.carriedOut.natural"]).toEqual({ sheet: SHEET.prior, address: "B4" });
    expect(r.prior?.refs?.["t2.normative.inForce"]?.sheet).toBe(SHEET.prior);
  });

  it("changes no cell but the 上年数据 input cells, and keeps the sheet protected", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2025 });
    const before = snapshot(h.fx.model);
    await write(h, FIGURES);
    const after = snapshot(h.fx.model);
    const inputs = new Set(
      priorCellOffsets("2021").map((c) => `${SHEET.prior}!${c.row + 2},${c.col}`), // XXGK_PRIOR starts at A3; the model counts from 0
    );
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    expect(changed.length).toBeGreaterThan(0);
    for (const k of changed) expect([k, inputs.has(k)]).toEqual([k, true]);
    expect(h.fx.model.sheetOrThrow(SHEET.prior).protected).toBe(true);
  });

  it("replaces the figures: one the import left blank clears its cell", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2025 });
    await write(h, FIGURES);
    await write(h, { year: 2024, cells: { "t3.carriedOut.total": n(4) } });
    expect((await h.read()).prior?.cells).toEqual({ "t3.carriedOut.total": n(4) });
  });

  it("follows the defined name when the sheet was renamed", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2025 });
    renameSheet(h.fx.model, SHEET.prior, "去年");
    await write(h, FIGURES);
    const r = await h.read();
    expect(r.prior?.cells["t3.carriedOut.natural"]).toEqual(n(1));
    expect(r.prior?.refs?.["t3.carriedOut.natural"]?.sheet).toBe("去年");
  });

  it("a 2019-format workbook (2020 report) has only the 结转 row; an 现行有效件数 figure is refused before any call", async () => {
    const h = host();
    await h.apply({ format: "2019", year: 2020 });
    const carried = { year: 2019, cells: { "t3.carriedOut.natural": n(2), "t3.carriedOut.total": n(2) } };
    expect(await write(h, carried, "2019")).toBe(1);
    expect((await h.read()).prior?.cells).toEqual(carried.cells);
    const ctx = h.fx.newContext();
    await expect(writePriorFigures(asExcel(ctx), FIGURES, "2019")).rejects.toThrow(/inForce/);
    expect(ctx.syncCount).toBe(0);
  });

  it("fails with a clear error when the workbook is not laid out", async () => {
    const h = host();
    const before = snapshot(h.fx.model);
    const ctx = h.fx.newContext();
    const err = await writePriorFigures(asExcel(ctx), FIGURES).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PriorSheetMissingError);
    expect(ctx.syncCount).toBe(1);
    expect(snapshot(h.fx.model)).toEqual(before);
    expect(errorSentence(err, "zh-CN")).toBe(t("zh-CN", "excel.prior.missing", { sheet: SHEET.prior }));
    expect(errorSentence(err, "zh-CN")).toContain("请先点击“生成模板”");
  });

  it("fails the same way when the 上年数据 sheet's name was deleted", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2025 });
    h.fx.model.names.delete(NAME.prior.toLowerCase());
    await expect(write(h, FIGURES)).rejects.toBeInstanceOf(PriorSheetMissingError);
  });
});
