// A check must not cost the clerk Ctrl+Z, and a check whose findings did not change must write
// nothing (no write sync, so no onChanged for the pane to hear, and on hosts whose add-in writes are
// not undoable nothing that clears Undo). On the strict fake: protect/unprotect clear the undo stack
// everywhere; without ExcelUndoApiAll every write does (tests/fake-excel/excel-rules.test.ts).
import { buildCheckResult } from "../../src/check/run-check";
import { writeHighlights } from "../../src/excel/highlights";
import { readReport } from "../../src/excel/read-report";
import { planLayout } from "../../src/layout/plan";
import type { ProfileName } from "../fake-excel/profiles";
import { changedEvents } from "../fake-excel/events";
import { asExcel } from "../fake-excel/adapter";
import { shown, typeInto } from "../fake-excel/structure";
import type { FakeExcel } from "../fake-excel";
import { createFakeExcel } from "../fake-excel";
import { applyLayout } from "../../src/excel/apply-plan";

const T3 = planLayout("2021").sheets.find((s) => s.role === "t3")!;
const at = (key: string) => T3.cells.find((c) => c.key === key)!.address;

async function laidOut(profile: ProfileName): Promise<FakeExcel> {
  const fx = createFakeExcel({ profile });
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  await applyLayout(asExcel(fx.newContext()), { format: "2021", year: 2024, supports });
  for (const c of T3.cells) if (c.role === "input") typeInto(fx.model, c.address, [[0]], T3.name);
  return fx;
}

/** 校验 as the pane runs it: read, the pure check, highlights; the syncs that read and that wrote. */
async function check(fx: FakeExcel): Promise<{ reads: number; writes: number; errors: number }> {
  const ctx = fx.newContext();
  const read = await readReport(asExcel(ctx), { forHighlights: true });
  const result = buildCheckResult(read, "zh-CN");
  await writeHighlights(asExcel(ctx), result.findings, read.highlightState);
  return { reads: ctx.syncCount - ctx.stats.writeSyncs, writes: ctx.stats.writeSyncs, errors: result.counts.errors };
}

describe("Undo survives a check", () => {
  it("Microsoft 365: the clerk's typed figure can be undone after a check that paints its error", async () => {
    const fx = await laidOut("m365");
    typeInto(fx.model, at("t3.new.natural"), [[5]], T3.name);
    const c = await check(fx);
    expect(c.errors).toBeGreaterThan(0);
    expect(c.writes).toBe(1);
    expect(fx.model.undo()).toBe(true);
    expect(shown(fx.model, at("t3.new.natural"), T3.name)).toBe(0);
  });

  it.each(["m365", "office2019-vl"] as const)("%s: after an edit that changes no finding, the check reads once, writes nothing, and Undo still works", async (profile) => {
    const fx = await laidOut(profile);
    typeInto(fx.model, at("t3.new.natural"), [[5]], T3.name);
    await check(fx); // paints the R1 error
    const events = changedEvents(fx.model).length;
    typeInto(fx.model, at("t3.new.natural"), [[5]], T3.name); // the same figure typed again
    expect(await check(fx)).toMatchObject({ reads: 1, writes: 0 });
    expect(changedEvents(fx.model).length).toBe(events);
    expect(fx.model.undo()).toBe(true);
    expect(shown(fx.model, at("t3.new.natural"), T3.name)).toBe(5);
  });
});

describe("a workbook laid out by an older version (sheets protected without formatting allowed)", () => {
  it("is painted by lifting protection once; the sheets come back protected as this version lays them out", async () => {
    const fx = await laidOut("m365");
    for (const s of fx.model.sheets) if (s.protected) s.protectionOptions = {};
    fx.model.sheetOrThrow(planLayout("2021").sheets.find((s) => s.role === "notes")!.name).protected = true;
    typeInto(fx.model, at("t3.new.natural"), [[5]], T3.name);
    expect((await check(fx)).writes).toBe(1);
    expect(fx.model.sheetOrThrow(T3.name)).toMatchObject({ protected: true, protectionOptions: { allowFormatCells: true } });
    // From now on a check paints without lifting anything: Undo survives it.
    typeInto(fx.model, at("t3.new.natural"), [[0]], T3.name);
    await check(fx);
    expect(fx.model.undo()).toBe(true);
    expect(shown(fx.model, at("t3.new.natural"), T3.name)).toBe(5);
  });
});
