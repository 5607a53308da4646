/** @jest-environment jsdom */
// Live checking must not react to its own writes, and must not drop the clerk's. Real Excel raises
// Worksheet.onChanged for the add-in's data writes too (a layout's values and formulas; not a
// check's fills, which are format changes: excel-add-ins-events.md); here the pane's 生成模板 is
// followed by such an echo on the report's sheet, besides the events the fake raises itself. After
// the clerk's last edit has been checked, idle time must bring no further checks; an edit the clerk
// makes while a check runs is heard (#17 defect 6: before ExcelApi 1.14 it used to be taken as the
// add-in's own and dropped, leaving the list stale).
import type { PaneHost } from "../../src/taskpane/actions";
import type { FakeExcel } from "../fake-excel";
import { typeAndNotify } from "../fake-excel/events";
import { shown } from "../fake-excel/structure";
import { layOutWithForm, refsOf, startPane } from "./pane-harness";

const T3 = "表三 依申请公开";

/** Excel's echo of a write: onChanged on the sheet, after the batch (A1 re-typed with what it holds). */
function echo(fx: FakeExcel): void {
  if (!fx.model.sheets.some((s) => s.name === T3)) return;
  typeAndNotify(fx.model, T3, "A1", [[shown(fx.model, "A1", T3)]]);
}

function echoing(fx: () => FakeExcel, counts: { checks: number }, duringCheck: () => void = () => undefined) {
  return (h: PaneHost): PaneHost => ({
    ...h,
    layout: async (r) => {
      const out = await h.layout(r);
      echo(fx());
      return out;
    },
    check: async () => {
      counts.checks++;
      duringCheck();
      return h.check();
    },
  });
}

const flush = async (n = 20) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

test("after the last edit's check, idle time brings 0 more checks, though the layout's writes raise onChanged", async () => {
  const counts = { checks: 0 };
  let fxRef: FakeExcel | null = null;
  const h = startPane({ wrapHost: echoing(() => fxRef!, counts) });
  fxRef = h.fx;
  await h.pane.ready;
  await layOutWithForm(h);
  const { refs } = await refsOf(h.fx);
  jest.useFakeTimers();
  try {
    jest.advanceTimersByTime(5000); // the layout's echo is long past
    await flush();
    const before = counts.checks;
    typeAndNotify(h.fx.model, T3, refs["t3.new.natural"].address, [[10]]);
    await flush();
    jest.advanceTimersByTime(400);
    await flush();
    await h.pane.idle();
    expect(counts.checks).toBe(before + 1);
    expect(document.querySelector('[data-finding^="R1:"]')).not.toBeNull();
    for (let i = 0; i < 30; i++) {
      jest.advanceTimersByTime(100);
      await flush();
    }
    await h.pane.idle();
    expect(counts.checks).toBe(before + 1);
    // The clerk's next edit, after the window, is heard again.
    typeAndNotify(h.fx.model, T3, refs["t3.new.natural"].address, [[11]]);
    await flush();
    jest.advanceTimersByTime(400);
    await flush();
    await h.pane.idle();
    expect(counts.checks).toBe(before + 2);
  } finally {
    jest.useRealTimers();
  }
});

test("an edit the clerk makes while a check runs is heard and checked (Office 2019: no triggerSource)", async () => {
  const counts = { checks: 0 };
  let fxRef: FakeExcel | null = null;
  let editDuringCheck: (() => void) | null = null;
  const h = startPane({ wrapHost: echoing(() => fxRef!, counts, () => editDuringCheck?.()) });
  fxRef = h.fx;
  await h.pane.ready;
  await layOutWithForm(h);
  const { refs } = await refsOf(h.fx);
  jest.useFakeTimers();
  try {
    jest.advanceTimersByTime(5000);
    await flush();
    const before = counts.checks;
    // The clerk types 10 (checked), and types 12 while that check is running.
    let once = true;
    editDuringCheck = () => {
      if (!once) return;
      once = false;
      typeAndNotify(h.fx.model, T3, refs["t3.new.natural"].address, [[12]]);
    };
    typeAndNotify(h.fx.model, T3, refs["t3.new.natural"].address, [[10]]);
    await flush();
    jest.advanceTimersByTime(400);
    await flush();
    await h.pane.idle();
    for (let i = 0; i < 10; i++) {
      jest.advanceTimersByTime(100);
      await flush();
    }
    await h.pane.idle();
    expect(counts.checks).toBe(before + 2);
    expect(document.querySelector('[data-finding^="R1:"]')?.textContent ?? "").toContain("12");
  } finally {
    jest.useRealTimers();
  }
});
