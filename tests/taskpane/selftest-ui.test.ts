/** @jest-environment jsdom */
// 自检 from the pane's help view, over the strict fake workbook: the run button, each step's outcome,
// the copyable report, and the polite refusal on a workbook that already has a report.
import { click, clerkOf, layOutWithForm, startPane, text } from "./pane-harness";

test("on a blank workbook the self-test passes every step it can verify and shows a copyable report", async () => {
  const h = startPane({ view: "help" });
  // The harness's host is Office 2019 (ExcelApi 1.8, below 1.20): there any add-in write clears
  // Undo, so the step says so instead of testing it (the m365 profile tests it: tests/selftest).
  expect(clerkOf(h.fx)).toBeDefined();
  const undo = "unverified";
  await h.pane.ready;
  click("#selftest-run");
  await h.pane.idle();
  const steps = [...document.querySelectorAll<HTMLElement>("#selftest-steps li")].map((li) => [li.dataset.step, li.dataset.status]);
  expect(steps).toEqual([
    ["layout", "pass"],
    ["write", "pass"],
    ["check", "pass"],
    ["explain", "pass"],
    ["select", "pass"],
    ["relayout", "pass"],
    ["syncs", "pass"],
    ["undo", undo],
  ]);
  const report = document.querySelector<HTMLTextAreaElement>("#selftest-text")!.value;
  expect(report).toContain("政务公开年报助手 自检报告");
  expect(report).toContain("ExcelApi 1.8");
  expect(report).toContain("ExcelApi 1.20");
  // The sample report it wrote is now the pane's report.
  expect(text("#report-title")).toContain("自检示例机关");
  expect(document.querySelector("#selftest-copy")).not.toBeNull();
});

test("on a workbook with a report it refuses politely and writes nothing", async () => {
  const h = startPane();
  await h.pane.ready;
  await layOutWithForm(h);
  const before = JSON.stringify(h.fx.model.sheets.map((s) => [s.name, [...s.cells]]));
  click("#help-button");
  click("#selftest-run");
  await h.pane.idle();
  expect(text("#selftest-refused")).toContain("自检只能在空白工作簿中运行");
  expect(document.querySelectorAll("#selftest-steps li")).toHaveLength(0);
  expect(JSON.stringify(h.fx.model.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
});
