// The one Excel.run wrapper: delayForCellEdit where office.js would send it (isSetSupported
// "DelayForCellEdit"); elsewhere a batch refused because the clerk is typing in a cell is retried
// quietly with growing pauses, and any other error (or a refusal that outlasts the retries) reaches
// the caller unchanged.
import { CELL_EDIT_CODE, createExcelRun } from "../../src/excel/run";
import type { RawExcelRun, RunOptions } from "../../src/excel/run";

const cellEdit = () => Object.assign(new Error("The request cannot be processed while Excel is in cell-editing mode."), { code: CELL_EDIT_CODE });

/** Excel.run that refuses the first `refusals` batches with `error()` (as Excel does while a cell is being edited). */
function stubRun(refusals: number, error: () => Error = cellEdit) {
  const calls: (RunOptions | null)[] = [];
  const raw: RawExcelRun = async (options, batch) => {
    calls.push(options);
    if (calls.length <= refusals) throw error();
    return batch({ sync: async () => undefined } as unknown as Excel.RequestContext);
  };
  return { raw, calls };
}

test("where office.js has the DelayForCellEdit set: every batch asks Excel to wait for the cell edit to end", async () => {
  const { raw, calls } = stubRun(0);
  const run = createExcelRun({ raw, sets: (name) => name === "DelayForCellEdit" });
  await expect(run(async () => 7)).resolves.toBe(7);
  expect(calls).toEqual([{ delayForCellEdit: true }]);
});

test("ExcelApi 1.11 without the DelayForCellEdit set: office.js would drop the option, so the retry stays", async () => {
  const { raw, calls } = stubRun(1);
  const run = createExcelRun({ raw, sets: (name) => name === "ExcelApi", sleep: async () => undefined });
  await expect(run(async () => 7)).resolves.toBe(7);
  expect(calls).toEqual([null, null]);
});

test("the refusal under the code Microsoft's how-to names (InvalidOperation) is retried too, but only before the batch's first sync got through", async () => {
  const doc = () => Object.assign(new Error("cell edit"), { code: "InvalidOperation" });
  const refused = stubRun(2, doc);
  const run = createExcelRun({ raw: refused.raw, sets: () => false, sleep: async () => undefined });
  await expect(run(async () => "ok")).resolves.toBe("ok");
  expect(refused.calls).toHaveLength(3);

  // An InvalidOperation after a sync went through is a real error of a batch that ran: not retried.
  let attempts = 0;
  const ran = createExcelRun({
    raw: async (_o, batch) => {
      attempts++;
      return batch({ sync: async () => undefined } as unknown as Excel.RequestContext);
    },
    sets: () => false,
    sleep: async () => undefined,
  });
  await expect(
    ran(async (ctx) => {
      await ctx.sync();
      throw doc();
    }),
  ).rejects.toMatchObject({ code: "InvalidOperation" });
  expect(attempts).toBe(1);
});

test("without the set: a batch refused in cell-edit mode is retried after growing pauses, then succeeds", async () => {
  const { raw, calls } = stubRun(3);
  const pauses: number[] = [];
  const run = createExcelRun({ raw, sets: () => false, sleep: async (ms) => void pauses.push(ms), retryMs: [10, 20, 40, 80] });
  await expect(run(async () => "done")).resolves.toBe("done");
  expect(calls).toEqual([null, null, null, null]);
  expect(pauses).toEqual([10, 20, 40]);
});

test("a refusal that outlasts the retries, and any other error, reach the caller with their code", async () => {
  const long = stubRun(99);
  const run = createExcelRun({ raw: long.raw, sets: () => false, sleep: async () => undefined, retryMs: [1, 1] });
  await expect(run(async () => 1)).rejects.toMatchObject({ code: CELL_EDIT_CODE });
  expect(long.calls).toHaveLength(3);

  const other = stubRun(1, () => Object.assign(new Error("gone"), { code: "ItemNotFound" }));
  const run2 = createExcelRun({ raw: other.raw, sets: () => false, sleep: async () => undefined });
  await expect(run2(async () => 1)).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(other.calls).toHaveLength(1);
});
