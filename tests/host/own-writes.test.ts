// Which onChanged events are the add-in's own: by triggerSource where ExcelApi 1.14 gives it,
// otherwise by a window around the add-in's batches.
import { createOwnWrites, WRITE_WINDOW_MS } from "../../src/host/own-writes";

function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

test("ExcelApi 1.14: triggerSource decides, whatever the timing", async () => {
  const c = clock();
  const own = createOwnWrites({ triggerSource: true, now: c.now });
  const run = own.wrap((batch) => batch({} as Excel.RequestContext));
  await run(async () => {
    expect(own.isOwn({ triggerSource: "ThisLocalAddin" })).toBe(true);
    expect(own.isOwn({ triggerSource: "Unknown" })).toBe(false); // the clerk typing while we run
  });
  c.advance(10_000);
  expect(own.isOwn({ triggerSource: "ThisLocalAddin" })).toBe(true);
});

test("without triggerSource: events during a batch and just after it are ours; later ones are the clerk's", async () => {
  const c = clock();
  const own = createOwnWrites({ triggerSource: false, now: c.now });
  const run = own.wrap((batch) => batch({} as Excel.RequestContext));
  expect(own.isOwn({ address: "D5" })).toBe(false); // nothing of ours has run yet
  await run(async () => {
    c.advance(2000); // a long batch: still ours while it runs
    expect(own.isOwn({ address: "D5" })).toBe(true);
  });
  c.advance(WRITE_WINDOW_MS);
  expect(own.isOwn({ address: "D5" })).toBe(true);
  c.advance(1);
  expect(own.isOwn({ address: "D5" })).toBe(false);
  // A host below 1.14 hands over no triggerSource; one that is told it has none ignores a stray one.
  expect(own.isOwn({ triggerSource: "ThisLocalAddin" })).toBe(false);
});

test("a failing batch still closes its window", async () => {
  const c = clock();
  const own = createOwnWrites({ triggerSource: false, now: c.now });
  const run = own.wrap(() => Promise.reject(new Error("x")));
  await expect(run(async () => 1)).rejects.toThrow("x");
  c.advance(WRITE_WINDOW_MS + 1);
  expect(own.isOwn({})).toBe(false);
});
