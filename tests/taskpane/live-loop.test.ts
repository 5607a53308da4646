/** @jest-environment jsdom */
// Live checking must not react to its own writes. Real Excel raises Worksheet.onChanged for the
// add-in's writes too (highlight fills, validation prompts); here every Excel step of the pane that
// writes is followed by such an echo on the report's sheet. After the clerk's last edit has been
// checked, idle time must bring no further checks.
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

function echoing(fx: () => FakeExcel, counts: { checks: number }) {
  return (h: PaneHost): PaneHost => ({
    ...h,
    layout: async (r) => {
      const out = await h.layout(r);
      echo(fx());
      return out;
    },
    check: async () => {
      counts.checks++;
      const out = await h.check();
      echo(fx());
      return out;
    },
  });
}

const flush = async (n = 20) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

test("after the last edit's check, idle time brings 0 more checks, though every check's writes raise onChanged", async () => {
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
