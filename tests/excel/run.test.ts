// The one Excel.run wrapper: delayForCellEdit where ExcelApi 1.11 has it; elsewhere a batch refused
// because the clerk is typing in a cell is retried quietly with growing pauses, and any other error
// (or a refusal that outlasts the retries) reaches the caller unchanged.
import { compareVersions } from "../../src/excel/requirements";
import { CELL_EDIT_CODE, createExcelRun } from "../../src/excel/run";
import type { RawExcelRun, RunOptions } from "../../src/excel/run";

const cellEdit = () => Object.assign(new Error("The request cannot be processed while Excel is in cell-editing mode."), { code: CELL_EDIT_CODE });

/** Excel.run that refuses the first `refusals` batches with `error()` (as Excel does while a cell is being edited). */
function stubRun(refusals: number, error: () => Error = cellEdit) {
  const calls: (RunOptions | null)[] = [];
  const raw: RawExcelRun = async (options, batch) => {
    calls.push(options);
    if (calls.length <= refusals) throw error();
    return batch({} as Excel.RequestContext);
  };
  return { raw, calls };
}

test("ExcelApi 1.11 and later: every batch asks Excel to wait for the cell edit to end", async () => {
  const { raw, calls } = stubRun(0);
  const run = createExcelRun({ raw, supports: (v) => compareVersions(v, "1.11") <= 0 });
  await expect(run(async () => 7)).resolves.toBe(7);
  expect(calls).toEqual([{ delayForCellEdit: true }]);
});

test("before ExcelApi 1.11: a batch refused in cell-edit mode is retried after growing pauses, then succeeds", async () => {
  const { raw, calls } = stubRun(3);
  const pauses: number[] = [];
  const run = createExcelRun({ raw, supports: () => false, sleep: async (ms) => void pauses.push(ms), retryMs: [10, 20, 40, 80] });
  await expect(run(async () => "done")).resolves.toBe("done");
  expect(calls).toEqual([null, null, null, null]);
  expect(pauses).toEqual([10, 20, 40]);
});

test("a refusal that outlasts the retries, and any other error, reach the caller with their code", async () => {
  const long = stubRun(99);
  const run = createExcelRun({ raw: long.raw, supports: () => false, sleep: async () => undefined, retryMs: [1, 1] });
  await expect(run(async () => 1)).rejects.toMatchObject({ code: CELL_EDIT_CODE });
  expect(long.calls).toHaveLength(3);

  const other = stubRun(1, () => Object.assign(new Error("gone"), { code: "ItemNotFound" }));
  const run2 = createExcelRun({ raw: other.raw, supports: () => false, sleep: async () => undefined });
  await expect(run2(async () => 1)).rejects.toMatchObject({ code: "ItemNotFound" });
  expect(other.calls).toHaveLength(1);
});
