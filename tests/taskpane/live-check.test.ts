// The live check's timing, with fake timers: one check ~400 ms after the last edit, none while off,
// never two at once, and one more when edits arrive during a check.
import { createLiveCheck, debounce, DELAY_MS } from "../../src/taskpane/live-check";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

test("debounce runs once, DELAY_MS after the last trigger", () => {
  const fn = jest.fn();
  const d = debounce(fn, DELAY_MS);
  d.trigger();
  jest.advanceTimersByTime(300);
  d.trigger();
  jest.advanceTimersByTime(399);
  expect(fn).not.toHaveBeenCalled();
  expect(d.pending).toBe(true);
  jest.advanceTimersByTime(1);
  expect(fn).toHaveBeenCalledTimes(1);
  expect(d.pending).toBe(false);
});

test("cancel drops a pending run", () => {
  const fn = jest.fn();
  const d = debounce(fn, 400);
  d.trigger();
  d.cancel();
  jest.advanceTimersByTime(1000);
  expect(fn).not.toHaveBeenCalled();
});

test("a burst of edits gives one check; off means no check; the switch cancels a pending one", async () => {
  const run = jest.fn(() => Promise.resolve());
  const live = createLiveCheck(run, { enabled: true });
  for (let i = 0; i < 10; i++) live.edit();
  jest.advanceTimersByTime(400);
  await flush();
  expect(run).toHaveBeenCalledTimes(1);
  live.edit();
  live.setEnabled(false);
  jest.advanceTimersByTime(1000);
  live.edit();
  jest.advanceTimersByTime(1000);
  expect(run).toHaveBeenCalledTimes(1);
  live.setEnabled(true);
  live.edit();
  jest.advanceTimersByTime(400);
  await flush();
  expect(run).toHaveBeenCalledTimes(2);
});

test("edits during a running check cause exactly one more check afterwards, never an overlap", async () => {
  let release: () => void = () => undefined;
  let active = 0;
  let maxActive = 0;
  const run = jest.fn(
    () =>
      new Promise<void>((resolve) => {
        active++;
        maxActive = Math.max(maxActive, active);
        release = () => {
          active--;
          resolve();
        };
      }),
  );
  const live = createLiveCheck(run, { enabled: true });
  live.edit();
  jest.advanceTimersByTime(400);
  await flush();
  live.edit();
  jest.advanceTimersByTime(400);
  live.edit();
  jest.advanceTimersByTime(400);
  await flush();
  expect(run).toHaveBeenCalledTimes(1);
  release();
  await flush();
  jest.advanceTimersByTime(400);
  await flush();
  expect(run).toHaveBeenCalledTimes(2);
  release();
  await flush();
  expect(maxActive).toBe(1);
});

test("a failing check does not stop later edits from being checked", async () => {
  const run = jest.fn().mockRejectedValueOnce(new Error("GeneralException")).mockResolvedValue(undefined);
  const live = createLiveCheck(run, { enabled: true });
  live.edit();
  jest.advanceTimersByTime(400);
  await flush();
  live.edit();
  jest.advanceTimersByTime(400);
  await flush();
  expect(run).toHaveBeenCalledTimes(2);
});
