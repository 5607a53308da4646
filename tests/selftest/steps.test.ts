// The self-test's steps against the strict fake Excel, under each host profile the add-in runs on —
// every rung of the ExcelApi ladder included: every step passes on a blank workbook (below the
// layout rung, on a report just made by the template and still empty, the layout steps 不适用), the
// sync counts include Excel.run's final sync, Undo is "cannot be verified" unless the host can play
// the clerk, a workbook with anything in it is refused politely and left untouched, and the report
// text names the host.
import { applyLayout } from "../../src/excel/apply-plan";
import { readEnvironment } from "../../src/selftest/environment";
import { reportText } from "../../src/selftest/report-text";
import { runSelftest } from "../../src/selftest/steps";
import type { StepResult } from "../../src/selftest/types";
import { createFakeExcel } from "../fake-excel";
import type { FakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import { PROFILES, profileSupports } from "../fake-excel/profiles";
import type { ProfileName } from "../fake-excel/profiles";
import { typeInto } from "../fake-excel/structure";
import { typeAndNotify } from "../fake-excel/events";
import { excelHost } from "../../src/excel/host";
import type { ExcelRun } from "../../src/excel/run";
import { errorSentence } from "../../src/taskpane/errors";

/** The self-test's deps over the Excel host on `run` (the pane's errorSentence for its sentences). */
const hosted = (run: ExcelRun, supports: (v: string) => boolean) => ({ host: excelHost(run, "zh-CN", { supports }), sentence: errorSentence });

function setup(profile: ProfileName, model?: FakeExcel["model"]) {
  const p = PROFILES[profile];
  const fx = createFakeExcel({ profile, ...(model ? { model } : {}) });
  const office = {
    context: {
      platform: p.platform,
      diagnostics: { version: p.version, platform: p.platform },
      requirements: { isSetSupported: (name: string, v?: string) => profileSupports(p, name, v) },
    },
  };
  const environment = readEnvironment(office);
  const supports = (v: string) => profileSupports(p, "ExcelApi", v);
  // Excel.run as the fake models it: a fresh context, and office.js's final sync after the batch.
  const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => fx.run((ctx) => batch(asExcel(ctx)));
  return { fx, environment, supports, run };
}

/** A report workbook as `xxgk template` makes it (the add-in's layout and the CLI's are the same
 *  shape: tests/excel/same-shape.test.ts), laid out on a modern host, then opened in `profile`. */
async function templateIn(profile: ProfileName) {
  const maker = createFakeExcel({ profile: "m365" });
  await maker.run((ctx) => applyLayout(asExcel(ctx), { format: "2021", year: 2024, agency: "某区教育局", supports: () => true }));
  return setup(profile, maker.model);
}

const RUNS_ON: ProfileName[] = ["m365", "office2024", "office2021", "office2019-retail", "office2019-vl", "rung-1.6", "rung-1.4", "web", "mac"];

test.each(RUNS_ON)("under %s every step passes on a blank workbook; Undo cannot be verified without a clerk", async (profile) => {
  const { fx, environment, supports, run } = setup(profile);
  const seen: StepResult[] = [];
  const r = await runSelftest({ ...hosted(run, supports), lang: "zh-CN", environment, now: () => new Date(2025, 0, 10) }, (s) => seen.push(s));
  expect(r.refused).toBeNull();
  expect(r.steps.map((s) => [s.id, s.status])).toEqual([
    ["layout", "pass"],
    ["write", "pass"],
    ["check", "pass"],
    ["explain", "pass"],
    ["select", "pass"],
    ["relayout", "pass"],
    ["syncs", "pass"],
    ["undo", "unverified"],
  ]);
  expect(seen).toEqual(r.steps); // reported one by one as they finish
  // Excel.run's final sync counted: layout = read + write + final, check = read + paint + final.
  expect(r.steps.find((s) => s.id === "syncs")?.detail).toContain("生成模板 3 次（不超过 3），校验 3 次（不超过 3）");
  expect(fx.model.selection?.sheet.name).toBe("表三 依申请公开");
  expect(r.steps.find((s) => s.id === "undo")?.detail).toContain("无法自动验证");
  expect(fx.model.sheets.map((s) => s.name)).toContain("表三 依申请公开");
  const text = reportText(r, "zh-CN", new Date(Date.UTC(2025, 0, 10)));
  expect(text).toContain(`Office 版本：${PROFILES[profile].version}；平台：${PROFILES[profile].platform}`);
  expect(text).toContain(`ExcelApi ${PROFILES[profile].sets.ExcelApi}`);
  expect(text).toContain("共 8 步：通过 7，失败 0，无法自动验证 1。");
});

test("Office 2016 volume-licensed (ExcelApi 1.1): on a report just made by xxgk template it writes, checks, explains and selects with 1.1 calls only; layout steps 不适用", async () => {
  const { fx, environment, supports, run } = await templateIn("office2016");
  const r = await runSelftest({ ...hosted(run, supports), lang: "zh-CN", environment, now: () => new Date(2025, 0, 10) });
  expect(r.refused).toBeNull();
  expect(r.steps.map((s) => [s.id, s.status])).toEqual([
    ["layout", "unavailable"],
    ["write", "pass"],
    ["check", "pass"],
    ["explain", "pass"],
    ["select", "pass"],
    ["relayout", "unavailable"],
    ["syncs", "pass"],
    ["undo", "unverified"],
  ]);
  // Listing the names costs ExcelApi 1.1 one sync more: read names, read, paint, final.
  expect(r.steps.find((s) => s.id === "syncs")?.detail).toContain("校验 4 次（不超过 4）");
  expect(fx.model.selection?.sheet.name).toBe("表三 依申请公开");
  expect(reportText(r, "zh-CN", new Date())).toContain("共 8 步：通过 5，失败 0，无法自动验证 1，不适用 2。");
});

test("Office 2016: a blank workbook, or a report already filled in, is refused untouched", async () => {
  const blank = setup("office2016");
  const r = await runSelftest({ ...hosted(blank.run, blank.supports), lang: "zh-CN", environment: blank.environment });
  expect(r.refused).toContain("xxgk template");
  expect(blank.fx.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);

  const filled = await templateIn("office2016");
  const { report } = await (await import("../../src/excel/read-report")).readReport(asExcel(filled.fx.newContext()), { supports: filled.supports });
  const ref = report.refs!["t3.new.natural"];
  typeInto(filled.fx.model, ref.address, [[3]], ref.sheet);
  const again = await runSelftest({ ...hosted(filled.run, filled.supports), lang: "zh-CN", environment: filled.environment });
  expect(again.refused).toContain("已填写了内容");
  expect(again.steps).toEqual([]);
});

test("a workbook with anything in it — not only report sheets — is refused untouched (#17 defect 9)", async () => {
  const { fx, environment, supports, run } = setup("office2019-retail");
  typeInto(fx.model, "B2", [["我的台账"]], "Sheet1");
  const r = await runSelftest({ ...hosted(run, supports), lang: "zh-CN", environment });
  expect(r.refused).toContain("工作表“Sheet1”中已有内容");
  expect(fx.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  expect(fx.model.names.size).toBe(0);

  const named = setup("office2019-retail");
  named.fx.model.addName("预算", named.fx.model.sheetOrThrow("Sheet1"), { row: 0, col: 0, rows: 1, cols: 1 });
  const r2 = await runSelftest({ ...hosted(named.run, named.supports), lang: "zh-CN", environment: named.environment });
  expect(r2.refused).toContain("已定义名称“预算”");
});

test("a host that can play the clerk: Undo after a live check is tested, and its failure is reported", async () => {
  const { fx, environment, supports, run } = setup("m365");
  let before: string | number | boolean | null = null;
  let at: { sheet: string; address: string } | null = null;
  // A clerk whose Ctrl+Z works: it remembers what the cell held.
  const clerk = {
    type: (sheet: string, address: string, value: number) => {
      at = { sheet, address };
      before = 0;
      typeInto(fx.model, address, [[value]], sheet);
    },
    undo: () => {
      typeInto(fx.model, at!.address, [[before as number]], at!.sheet);
      return true;
    },
  };
  const ok = await runSelftest({ ...hosted(run, supports), lang: "zh-CN", environment, clerk });
  expect(ok.steps.find((s) => s.id === "undo")?.status).toBe("pass");

  // Where the add-in's own paint is undoable too, the first Ctrl+Z undoes that; the second the figure.
  const painted = setup("m365");
  let presses = 0;
  const twice = {
    type: (sheet: string, address: string, value: number) => {
      at = { sheet, address };
      typeInto(painted.fx.model, address, [[value]], sheet);
    },
    undo: () => {
      if (++presses === 2) typeInto(painted.fx.model, at!.address, [[0]], at!.sheet);
      return true;
    },
  };
  const two = await runSelftest({ ...hosted(painted.run, painted.supports), lang: "zh-CN", environment: painted.environment, clerk: twice });
  expect(two.steps.find((s) => s.id === "undo")?.status).toBe("pass");
  expect(presses).toBe(2);

  // A host whose undo stack was cleared by the check: nothing to undo.
  const other = setup("m365");
  const wiped = { type: (sheet: string, address: string, value: number) => typeInto(other.fx.model, address, [[value]], sheet), undo: () => false };
  const bad = await runSelftest({ ...hosted(other.run, other.supports), lang: "zh-CN", environment: other.environment, clerk: wiped });
  const undo = bad.steps.find((s) => s.id === "undo");
  expect(undo?.status).toBe("fail");
  expect(undo?.detail).toContain("单元格仍为 7");
});

test("with the fake's own undo stack: Undo survives the live check on Microsoft 365; on perpetual Office the step says why it cannot", async () => {
  for (const [profile, status, says] of [
    ["m365", "pass", "撤销（Ctrl+Z）仍能恢复原值"],
    ["office2019-retail", "unverified", "ExcelApi 1.20"],
  ] as const) {
    const { fx, environment, supports, run } = setup(profile);
    const clerk = { type: (sheet: string, address: string, value: number) => typeAndNotify(fx.model, sheet, address, [[value]]), undo: () => fx.model.undo() };
    const r = await runSelftest({ ...hosted(run, supports), lang: "zh-CN", environment, clerk });
    const undo = r.steps.find((s) => s.id === "undo");
    expect([profile, undo?.status]).toEqual([profile, status]);
    expect(undo?.detail).toContain(says);
  }
});

test("a workbook that already has a report is refused politely and left untouched", async () => {
  const { fx, environment, supports, run } = setup("office2021");
  fx.model.addSheet("表三 依申请公开");
  typeInto(fx.model, "D5", [[42]], "表三 依申请公开");
  const sheets = fx.model.sheets.map((s) => s.name);
  const r = await runSelftest({ ...hosted(run, supports), lang: "zh-CN", environment });
  expect(r.refused).toContain("自检只能在空白工作簿中运行");
  expect(r.refused).toContain("表三 依申请公开");
  expect(r.steps).toEqual([]);
  expect(fx.model.sheets.map((s) => s.name)).toEqual(sheets);
  expect(reportText(r, "en-US", new Date())).toContain(r.refused!);
});

test("an Excel error mid-way stops the test with the clerk's sentence, not a stack", async () => {
  const { environment, supports, run } = setup("m365");
  let batches = 0;
  const failing = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    ++batches === 3 ? Promise.reject(Object.assign(new Error("x"), { code: "AccessDenied" })) : run(batch);
  const r = await runSelftest({ ...hosted(failing, supports), lang: "zh-CN", environment });
  const last = r.steps[r.steps.length - 1];
  expect(last).toMatchObject({ id: "error", status: "fail" });
  expect(last.detail).toContain("工作表受保护");
});
