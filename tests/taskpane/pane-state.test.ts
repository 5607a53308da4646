// The pane's state changes, without DOM or Excel: each panel's transitions are pure functions.
import { closeExport, exportCopied, exportReady, exportYoyChosen, toggleExport } from "../../src/taskpane/export-state";
import { cancelExplain, expandGroup, explainDraft, explainEmpty, startExplain } from "../../src/taskpane/findings-state";
import { selftestCopied, selftestDone, selftestStarted, selftestStep, toggleHelp } from "../../src/taskpane/help-state";
import { cancelInfo, infoInput, openInfo, submitInfo } from "../../src/taskpane/info-state";
import { cancelOverwrite, checked, failed, initialState, layoutFinished } from "../../src/taskpane/pane-state";
import { priorRead, priorReading, togglePrior } from "../../src/taskpane/prior-state";
import type { FindingView } from "../../src/taskpane/view-model";
import type { ApplyResult } from "../../src/excel/apply-plan";
import type { Checked } from "../../src/excel/check-workbook";

const today = new Date(2025, 0, 10);
const written = (over: Partial<ApplyResult> = {}): ApplyResult => ({ written: true, conflicts: [], print: "done", renamed: [], rebuilt: [], ...over }) as ApplyResult;

test("the initial view decides which panel is open", () => {
  expect(initialState("main")).toMatchObject({ exportUi: null, help: null });
  expect(initialState("export").exportUi).toEqual({ file: null, copied: null, yoy: false });
  expect(initialState("help").help).toEqual({ selftest: null });
});

test("生成模板: a conflict keeps the form's details for 覆盖并生成; a layout clears them and says what it did", () => {
  const info = { year: 2023, agency: "某区教育局", format: "2021" as const };
  const conflict = layoutFinished(initialState(), written({ written: false, conflicts: [{ sheet: "表三", address: "D5", existing: "我的数据" }] } as Partial<ApplyResult>), info, "zh-CN");
  expect(conflict.conflict).toContain("D5");
  expect(conflict.conflictInfo).toBe(info);
  expect(cancelOverwrite(conflict)).toMatchObject({ conflict: null, conflictInfo: null });
  const done = layoutFinished(conflict, written({ print: "skipped", rebuilt: ["表二 主动公开"] } as Partial<ApplyResult>), info, "zh-CN");
  expect(done).toMatchObject({ conflict: null, conflictInfo: null, lastDraft: null });
  expect(done.notice).toContain("模板已生成");
  expect(done.notice).toContain("表二 主动公开");
});

test("生成模板 says it kept the input cells' formulas (汇总's sums) and, below ExcelApi 1.6, that there are no conditional formats", () => {
  const done = layoutFinished(initialState(), written({ keptFormulas: 47, conditional: "skipped" }), null, "zh-CN");
  expect(done.notice).toContain("47 个公式");
  expect(done.notice).toContain("ExcelApi 1.6");
  const plain = layoutFinished(initialState(), written({ keptFormulas: 0, conditional: "applied" }), null, "zh-CN");
  expect(plain.notice).not.toContain("公式");
  expect(plain.notice).not.toContain("条件格式");
});

test("a check clears an earlier error; the state before is never changed", () => {
  const before = failed(initialState(), "出错了");
  const after = checked(before, {} as Checked, "09:30");
  expect(after).toMatchObject({ error: null, checkedAt: "09:30" });
  expect(before.error).toBe("出错了");
});

test("报告信息: open, type, an invalid year keeps the form with its error, cancel keeps the draft for next time", () => {
  const open = openInfo(initialState(), "first", today);
  expect(open.info?.mode).toBe("first");
  expect(openInfo(open, "edit", today)).toBe(open); // already open
  const typed = infoInput(infoInput(open, "year", "20x4"), "agency", "某区人社局");
  const bad = submitInfo(typed, today, "zh-CN");
  expect(bad.info).toBeNull();
  expect(bad.state.info?.errors.year).toBeDefined();
  expect(bad.info === null && bad.focus).toBe("info-year");
  const cancelled = cancelInfo(bad.state);
  expect(cancelled.info).toBeNull();
  expect(cancelled.lastDraft).toEqual({ ...typed.info!.draft });
  const again = openInfo(cancelled, "first", today);
  expect(again.info?.draft.agency).toBe("某区人社局");
  const ok = submitInfo(infoInput(again, "year", "2024"), today, "zh-CN");
  expect(ok.info).toEqual({ year: 2024, agency: "某区人社局", format: "2021" });
  expect(ok.state.info).toBeNull();
});

test("导入上年数据: a result for a panel closed or replaced meanwhile is dropped", () => {
  const open = togglePrior(initialState());
  const first = priorReading(open, "a.txt");
  const second = priorReading(first.state, "b.txt");
  expect(priorRead(second.state, first.reading, { ok: false, fileName: "a.txt", sentence: "x" })).toBe(second.state);
  const read = priorRead(second.state, second.reading, { ok: false, fileName: "b.txt", sentence: "读不了" });
  expect(read.prior).toEqual({ fileName: "b.txt", reading: false, found: null, problem: "读不了" });
  expect(togglePrior(read).prior).toBeNull();
});

test("导出: toggle, a file ready, copied or not, close", () => {
  const open = toggleExport(initialState());
  const ready = exportReady(open, { name: "a.txt", href: "data:,", text: "全文" });
  expect(ready).toMatchObject({ exportText: "全文", exportUi: { copied: null } });
  expect(exportCopied(ready, false).exportUi?.copied).toBe("failed");
  expect(closeExport(ready).exportUi).toBeNull();
  expect(exportCopied(initialState(), true).exportUi).toBeNull();
  // 加入同比表 stays ticked across a built file, and means nothing with the panel closed.
  const ticked = exportYoyChosen(open, true);
  expect(exportReady(ticked, { name: "a.docx", href: "data:,", text: null }).exportUi?.yoy).toBe(true);
  expect(exportYoyChosen(initialState(), true).exportUi).toBeNull();
});

test("findings: explaining one, its draft, the empty-text sentence, folded groups", () => {
  const item = { id: "R6:t3.carriedIn.natural", explanation: null, stale: "旧说明" } as unknown as FindingView;
  const open = startExplain(initialState(), item);
  expect(open.findingsUi.explaining).toEqual({ id: item.id, draft: "旧说明" });
  expect(explainDraft(open, "新").findingsUi.explaining?.draft).toBe("新");
  expect(explainEmpty(open, "zh-CN").findingsUi.explaining?.problem).toBe("请先填写说明。");
  expect(cancelExplain(open).findingsUi.explaining).toBeNull();
  const s0 = initialState();
  const s1 = expandGroup(s0, "t3:R5");
  expect([...s1.findingsUi.expanded]).toEqual(["t3:R5"]);
  expect(s0.findingsUi.expanded.size).toBe(0);
});

test("help: the self-test's steps arrive one by one, then the report", () => {
  const started = selftestStarted(toggleHelp(initialState()));
  const step = { id: "layout", status: "pass" as const, detail: "" };
  const one = selftestStep(started, step);
  expect(one.help?.selftest).toMatchObject({ running: true, steps: [step] });
  const report = { refused: null, steps: [step], environment: { version: "16.0", platform: "PC", sets: [] } };
  const done = selftestDone(one, report);
  expect(done.help?.selftest).toMatchObject({ running: false, report });
  expect(selftestCopied(done, true).help?.selftest?.copied).toBe("ok");
});
