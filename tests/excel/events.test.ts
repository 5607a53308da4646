// Live checking's ears must not hear the add-in's own writes as the clerk's edits. Excel raises
// onChanged for its data writes (not for formats: a check's fills raise onFormatChanged, which is not
// watched — the fake does as Microsoft's events page says: tests/fake-excel/excel-rules.test.ts).
// Where ExcelApi 1.14 says who caused an event, watchSheets drops the add-in's own. Sheets added
// after the pane started (the ribbon's 生成模板) are watched through WorksheetCollection.onAdded, and
// 明细 is watched too (#17 defect 7).
import { buildCheckResult } from "../../src/check/run-check";
import { WATCHED_SHEETS, watchSheets } from "../../src/excel/events";
import { writeHighlights } from "../../src/excel/highlights";
import { readReport } from "../../src/excel/read-report";
import { planLayout } from "../../src/layout/plan";
import type { ProfileName } from "../fake-excel/profiles";
import { asExcel } from "../fake-excel/adapter";
import { changedEvents, typeAndNotify } from "../fake-excel/events";
import { typeInto } from "../fake-excel/structure";
import { host } from "./helpers";
import type { Host } from "./helpers";

const T3 = planLayout("2021").sheets.find((s) => s.role === "t3")!;
const at = (key: string) => T3.cells.find((c) => c.key === key)!.address;
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

async function laidOut(profile: ProfileName): Promise<Host> {
  const h = host(undefined, profile);
  await h.apply({ format: "2021", year: 2024 });
  for (const c of T3.cells) if (c.role === "input") typeInto(h.fx.model, c.address, [[0]], T3.name);
  return h;
}

async function check(h: Host): Promise<void> {
  const ctx = h.fx.newContext();
  const read = await readReport(asExcel(ctx), { forHighlights: true });
  await writeHighlights(asExcel(ctx), buildCheckResult(read, "zh-CN").findings, read.highlightState);
}

/** A pane that checks on every event it is told of, as live checking does (without the debounce). */
async function liveChecks(h: Host): Promise<{ checks: () => number; heard: () => number }> {
  let checks = 0;
  let heard = 0;
  await watchSheets(asExcel(h.fx.newContext()), new Set(), () => {
    heard++;
    checks++;
    void check(h);
  });
  return { checks: () => checks, heard: () => heard };
}

describe("watchSheets and the add-in's own writes", () => {
  it("Microsoft 365 (ExcelApi 1.14+): the check's own paint is not heard; the clerk's edit is", async () => {
    const h = await laidOut("m365");
    const live = await liveChecks(h);
    typeAndNotify(h.fx.model, T3.name, at("t3.new.natural"), [[5]]);
    await settle();
    expect(live.heard()).toBe(1); // the paint that check wrote raised onChanged, marked ThisLocalAddin
  });

  it("Office 2019 (no triggerSource): a check's paint is a format write and raises nothing, so only the clerk's edit is heard", async () => {
    const h = await laidOut("office2019-retail");
    const live = await liveChecks(h);
    const before = changedEvents(h.fx.model).length;
    typeAndNotify(h.fx.model, T3.name, at("t3.new.natural"), [[5]]);
    await settle();
    const watched = new Set(h.fx.model.sheets.filter((x) => WATCHED_SHEETS.includes(x.name)).map((x) => x.id));
    expect(changedEvents(h.fx.model).slice(before + 1).filter((e) => watched.has(e.worksheetId))).toHaveLength(0);
    expect(live.checks()).toBe(1);
  });
});

describe("watchSheets and sheets that come later (#17 defect 7)", () => {
  it("a report laid out from the ribbon after the pane started is watched, and the pane is told to re-check", async () => {
    const h = host(undefined, "office2019-vl");
    const supports = (v: string) => h.fx.office.context.requirements.isSetSupported("ExcelApi", v);
    const watched = new Set<string>();
    let heard = 0;
    let added = 0;
    const onEdit = () => void heard++;
    const watch = () =>
      h.fx.run((ctx) =>
        watchSheets(asExcel(ctx), watched, onEdit, {
          supports,
          onSheetAdded: () => {
            added++;
            void h.fx.run((c) => watchSheets(asExcel(c), watched, onEdit, { supports }));
          },
        }),
      );
    expect(await watch()).toEqual([]); // a blank workbook: nothing to watch yet
    await h.apply({ format: "2021", year: 2024 }); // the ribbon's 生成模板, another runtime
    await settle();
    expect(added).toBeGreaterThan(0);
    expect([...watched].sort()).toEqual(WATCHED_SHEETS.filter((n) => h.fx.model.sheet(n)).sort());
    typeAndNotify(h.fx.model, T3.name, at("t3.new.natural"), [[5]]);
    await settle();
    expect(heard).toBe(1);
  });

  it("明细 (汇总's parts) is watched: an edit there changes the tables' sums", () => {
    expect(WATCHED_SHEETS).toContain("明细");
  });

  it("below ExcelApi 1.7 there is nothing to register: live checking is not on that rung", async () => {
    const h = host(undefined, "rung-1.6");
    await h.apply({ format: "2021", year: 2024 });
    const supports = (v: string) => h.fx.office.context.requirements.isSetSupported("ExcelApi", v);
    const ctx = h.fx.newContext();
    expect(await watchSheets(asExcel(ctx), new Set(), () => undefined, { supports })).toEqual([]);
    expect(ctx.syncCount).toBe(0);
  });
});
