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
