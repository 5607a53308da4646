// What the ribbon's 校验 and 生成模板 do, over the strict fake workbook.
import { checkCommand, layoutCommand } from "../../src/commands/steps";
import type { CommandDeps } from "../../src/commands/steps";
import { PENDING_LAYOUT_KEY } from "../../src/addin/doc-settings";
import { createFakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { excelHost } from "../../src/excel/host";

function deps() {
  const fx = createFakeExcel({ apiVersion: "1.8" });
  const settings = new Map<string, unknown>();
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  const d: CommandDeps = {
    host: excelHost((batch) => batch(asExcel(fx.newContext())), "zh-CN", { supports }),
    // Office.Settings.saveAsync calls back once the document's settings are saved.
    settings: { get: (k) => settings.get(k) ?? null, set: (k, v) => void settings.set(k, v), remove: (k) => void settings.delete(k), saveAsync: (cb) => cb?.({ status: "succeeded" }) },
  };
  return { fx, settings, d };
}

test("生成模板 lays out a new workbook and leaves no question", async () => {
  const { fx, settings, d } = deps();
  expect(await layoutCommand(d)).toEqual({ written: true });
  expect(fx.model.sheets.map((s) => s.name)).toContain("表三 依申请公开");
  expect(settings.has(PENDING_LAYOUT_KEY)).toBe(false);
});

test("生成模板 over someone else's cells writes nothing and leaves the question for the pane", async () => {
  const { fx, settings, d } = deps();
  // A sheet of the same name already holding someone's own data (no layout of ours).
  fx.model.addSheet("表三 依申请公开");
  typeInto(fx.model, "D5:E5", [["我的数据", 42]], "表三 依申请公开");
  const before = JSON.stringify([...fx.model.sheetOrThrow("表三 依申请公开").cells]);
  expect(await layoutCommand(d)).toEqual({ written: false });
  expect(JSON.stringify([...fx.model.sheetOrThrow("表三 依申请公开").cells])).toBe(before);
  expect(settings.get(PENDING_LAYOUT_KEY)).toBe(true);
});

test("生成模板's question is saved before the command finishes: the ribbon calls event.completed() only after saveAsync called back (#17 defect 8)", async () => {
  const { fx, d } = deps();
  fx.model.addSheet("表三 依申请公开");
  typeInto(fx.model, "D5", [["我的数据"]], "表三 依申请公开");
  let saved: (() => void) | null = null;
  const stored = new Map<string, unknown>();
  d.settings = { get: (k) => stored.get(k) ?? null, set: (k, v) => void stored.set(k, v), remove: (k) => void stored.delete(k), saveAsync: (cb) => void (saved = () => cb?.({ status: "succeeded" })) };
  let done = false;
  const running = layoutCommand(d).then((r) => ((done = true), r));
  for (let i = 0; i < 50 && !saved; i++) await new Promise((r) => setTimeout(r, 0));
  expect(saved).not.toBeNull();
  await new Promise((r) => setTimeout(r, 10));
  expect(done).toBe(false); // still waiting for Office to save
  saved!();
  expect(await running).toEqual({ written: false });
  expect(stored.get(PENDING_LAYOUT_KEY)).toBe(true);
});

test("校验 reads, checks and highlights the cells in the sheet (no shared runtime: the pane lists them when opened)", async () => {
  const { fx, d } = deps();
  await layoutCommand(d);
  const counts = await checkCommand(d);
  expect(counts.errors).toBeGreaterThan(0); // blank cells of a fresh template: write 0
  // The marks record on the notes sheet says which cells the check painted.
  const { readReport } = await import("../../src/excel/read-report");
  const read = await readReport(asExcel(fx.newContext()), { forHighlights: true });
  expect(read.highlightState?.marks.length).toBeGreaterThan(0);
});

test("生成模板 from the ribbon gives a new workbook last calendar year and its format; a workbook's own year stays", async () => {
  const { shown } = await import("../fake-excel/structure");
  const { SHEET } = await import("../../src/layout/names");
  const { fx, d } = deps();
  await layoutCommand({ ...d, now: () => new Date(2025, 0, 10) });
  expect(shown(fx.model, "B1", SHEET.meta)).toBe("2021");
  expect(shown(fx.model, "B2", SHEET.meta)).toBe(2024);
  // A year later the same workbook is still the 2024 report.
  await layoutCommand({ ...d, now: () => new Date(2026, 0, 10) });
  expect(shown(fx.model, "B2", SHEET.meta)).toBe(2024);

  const early = deps();
  await layoutCommand({ ...early.d, now: () => new Date(2021, 0, 5) }); // the 2020 report: the trial format
  expect(shown(early.fx.model, "B1", SHEET.meta)).toBe("2019");
  expect(shown(early.fx.model, "B2", SHEET.meta)).toBe(2020);
});
