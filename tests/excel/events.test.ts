// Live checking's ears must not hear the add-in's own writes as the clerk's edits. Excel raises
// onChanged for them too, values and formats alike (the fake does: tests/fake-excel/excel-rules.test.ts).
// Where ExcelApi 1.14 says who caused an event, watchSheets drops the add-in's own; where it cannot,
// the loop still ends, because a check whose findings did not change writes nothing.
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

  it("Office 2019 (no triggerSource): the checks its own paint sets off write nothing, so the loop ends", async () => {
    const h = await laidOut("office2019-retail");
    const live = await liveChecks(h);
    const before = changedEvents(h.fx.model).length;
    typeAndNotify(h.fx.model, T3.name, at("t3.new.natural"), [[5]]);
    await settle();
    // The clerk's edit, then the first check's paint (one event per painted sheet); the checks those
    // events set off found nothing to change and raised nothing.
    const watched = new Set(h.fx.model.sheets.filter((x) => WATCHED_SHEETS.includes(x.name)).map((x) => x.id));
    const painted = changedEvents(h.fx.model).slice(before + 1).filter((e) => watched.has(e.worksheetId));
    expect(painted.length).toBeGreaterThan(0);
    expect(live.checks()).toBe(1 + painted.length);
    await settle();
    expect(changedEvents(h.fx.model).slice(before + 1).filter((e) => watched.has(e.worksheetId))).toHaveLength(painted.length);
    expect(live.checks()).toBe(1 + painted.length);
  });
});
