import { measureCheckSyncs, measureNoopEditSyncs, measureSyncCounts } from "./sync-counts";

test.each(["2021", "2019"] as const)("sync budget, format %s: layout ≤ 2, read 1, re-layout ≤ 2", async (format) => {
  const c = await measureSyncCounts(format);
  expect(c.layoutSyncs).toBeLessThanOrEqual(2);
  expect(c.readSyncs).toBe(1);
  expect(c.relayoutSyncs).toBeLessThanOrEqual(2);
});

test.each(["2021", "2019"] as const)("sync budget, format %s: a check reads in 1 sync and highlights in 1", async (format) => {
  expect(await measureCheckSyncs(format)).toEqual({ read: 1, write: 1 });
});

test.each(["2021", "2019"] as const)("sync budget, format %s: a check after a no-op edit reads in 1 sync and writes nothing", async (format) => {
  expect(await measureNoopEditSyncs(format)).toEqual({ read: 1, write: 0 });
});

test("through Excel.run each step costs one sync more than the bench prints: office.js's final sync (#17 defect 4)", async () => {
  const { createFakeExcel } = await import("../fake-excel");
  const { asExcel } = await import("../fake-excel/adapter");
  const { applyLayout } = await import("../../src/excel/apply-plan");
  const { checkWorkbook } = await import("../../src/excel/check-workbook");
  const fx = createFakeExcel({ apiVersion: "1.8" });
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  let layout = 0;
  let layoutCtx: { syncCount: number } | null = null;
  await fx.run(async (ctx) => {
    layoutCtx = ctx;
    await applyLayout(asExcel(ctx), { format: "2021", year: 2024, supports });
    layout = ctx.syncCount;
  });
  const c = await measureSyncCounts("2021");
  expect(layout).toBe(c.layoutSyncs); // inside the batch: what the bench prints
  expect(layoutCtx!.syncCount).toBe(c.layoutSyncs + 1);
  let ctxOf: { syncCount: number } | null = null;
  await fx.run(async (ctx) => {
    ctxOf = ctx;
    await checkWorkbook(asExcel(ctx), "zh-CN", supports);
  });
  const check = await measureCheckSyncs("2021");
  // The check of a fresh template paints (every blank input is an R5 error): read + paint + final.
  expect(ctxOf!.syncCount).toBe(check.read + check.write + 1);
});
