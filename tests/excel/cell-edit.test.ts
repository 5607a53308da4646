// A live check that lands while the clerk is still typing in a cell: Excel fails a batch run without
// delayForCellEdit (InvalidOperationInCellEditMode); with it (where office.js has the DelayForCellEdit set) the batch waits for the
// edit to end. The host steps themselves need nothing special: how a run is made is src/excel/run.ts's
// business; this shows the check through Excel.run as the fake models it.
import { buildCheckResult } from "../../src/check/run-check";
import { writeHighlights } from "../../src/excel/highlights";
import { createExcelRun } from "../../src/excel/run";
import type { RawExcelRun } from "../../src/excel/run";
import { readReport } from "../../src/excel/read-report";
import { planLayout } from "../../src/layout/plan";
import type { FakeRequestContext } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { host } from "./helpers";

const T3 = planLayout("2021").sheets.find((s) => s.role === "t3")!;
const at = (key: string) => T3.cells.find((c) => c.key === key)!.address;

async function checkIn(ctx: FakeRequestContext): Promise<number> {
  const read = await readReport(asExcel(ctx), { forHighlights: true });
  const result = buildCheckResult(read, "zh-CN");
  await writeHighlights(asExcel(ctx), result.findings, read.highlightState);
  return result.findings.filter((f) => f.rule === "R1").length;
}

describe("a check during cell-edit mode", () => {
  it("without delayForCellEdit fails with Excel's code, so the caller can retry quietly", async () => {
    const h = host(undefined, "m365");
    await h.apply({ format: "2021", year: 2024 });
    h.fx.model.enterCellEdit();
    await expect(h.fx.run((ctx) => checkIn(ctx))).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("with delayForCellEdit waits for the edit, then checks the committed figure", async () => {
    const h = host(undefined, "m365");
    await h.apply({ format: "2021", year: 2024 });
    for (const c of T3.cells) if (c.role === "input") typeInto(h.fx.model, c.address, [[0]], T3.name);
    h.fx.model.enterCellEdit();
    const running = h.fx.run({ delayForCellEdit: true }, (ctx) => checkIn(ctx));
    await new Promise((r) => setTimeout(r, 0));
    typeInto(h.fx.model, at("t3.new.natural"), [[5]], T3.name); // the edit is committed…
    h.fx.model.exitCellEdit(); // …as the clerk leaves the cell
    expect(await running).toBeGreaterThan(0);
  });
});

describe("the add-in's own Excel.run wrapper (src/excel/run.ts) over the fake's cell-edit mode", () => {
  // Excel.run as the fake models it, with or without options, handing the batch Office's type.
  const rawOf =
    (h: ReturnType<typeof host>): RawExcelRun =>
    (options, batch) =>
      options ? h.fx.run(options, (ctx) => batch(asExcel(ctx))) : h.fx.run((ctx) => batch(asExcel(ctx)));
  const setsOf = (h: ReturnType<typeof host>) => (name: string, v?: string) => h.fx.office.context.requirements.isSetSupported(name, v);

  it("Microsoft 365 (ExcelApi 1.11+): the batch waits for the edit to end, no error", async () => {
    const h = host(undefined, "m365");
    await h.apply({ format: "2021", year: 2024 });
    h.fx.model.enterCellEdit();
    const run = createExcelRun({ raw: rawOf(h), sets: setsOf(h) });
    const running = run((ctx) => checkIn(ctx as unknown as FakeRequestContext));
    await new Promise((r) => setTimeout(r, 0));
    h.fx.model.exitCellEdit();
    await expect(running).resolves.toEqual(expect.any(Number));
  });

  it("Office 2019 (no delayForCellEdit): refused batches are retried quietly until the edit ends", async () => {
    const h = host(undefined, "office2019-retail");
    await h.apply({ format: "2021", year: 2024 });
    h.fx.model.enterCellEdit();
    let pauses = 0;
    const sleep = async () => {
      if (++pauses === 2) h.fx.model.exitCellEdit(); // the clerk leaves the cell during the second pause
    };
    const run = createExcelRun({ raw: rawOf(h), sets: setsOf(h), sleep });
    await expect(run((ctx) => checkIn(ctx as unknown as FakeRequestContext))).resolves.toEqual(expect.any(Number));
    expect(pauses).toBe(2);
  });

  it("a host that refuses with InvalidOperation (Microsoft's how-to) is retried the same way", async () => {
    const h = host(undefined, "office2019-vl");
    await h.apply({ format: "2021", year: 2024 });
    h.fx.model.cellEditErrorCode = "InvalidOperation";
    h.fx.model.enterCellEdit();
    let pauses = 0;
    const sleep = async () => {
      if (++pauses === 1) h.fx.model.exitCellEdit();
    };
    const run = createExcelRun({ raw: rawOf(h), sets: setsOf(h), sleep });
    await expect(run((ctx) => checkIn(ctx as unknown as FakeRequestContext))).resolves.toEqual(expect.any(Number));
    expect(pauses).toBe(1);
  });

  it("ExcelApi 1.11 whose office.js lacks DelayForCellEdit: the wrapper keeps retrying instead of trusting the option", async () => {
    const h = host("1.11", "office2019-retail");
    await h.apply({ format: "2021", year: 2024 });
    h.fx.model.enterCellEdit();
    let pauses = 0;
    const sleep = async () => {
      if (++pauses === 1) h.fx.model.exitCellEdit();
    };
    const run = createExcelRun({ raw: rawOf(h), sets: setsOf(h), sleep });
    await expect(run((ctx) => checkIn(ctx as unknown as FakeRequestContext))).resolves.toEqual(expect.any(Number));
    expect(pauses).toBe(1);
  });
});
