// Grouping and wording of the findings list, without a DOM.
import { buildCheckResult } from "../../src/check/run-check";
import type { Finding } from "../../src/rules/types";
import { emptyReport } from "../../src/model/report";
import { groupFindings, groupOf } from "../../src/taskpane/group-findings";
import { findingIds, headerView, resultView } from "../../src/taskpane/view-model";

const f = (rule: Finding["rule"], severity: Finding["severity"], keys: string[], extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  cells: keys.map((key) => ({ key, sheet: "表三 依申请公开", address: "D5" })),
  msg: { id: "R1.unbalanced", params: {} },
  ...extra,
});

test("findings are grouped by table, then rule, in report order", () => {
  const list = [f("R10", "error", []), f("R3", "error", ["t3.new.total"]), f("R9", "warning", []), f("R1", "error", ["t3.new.natural"]), f("R4", "error", ["t4.review.total"]), f("R7", "warning", ["t2.rules.inForce"])];
  const groups = groupFindings(list);
  expect(groups.map((g) => g.id)).toEqual(["t2", "t3", "t4", "text", "structure"]);
  expect(groups[1].rules.map((r) => r.rule)).toEqual(["R1", "R3"]);
  expect(groupOf(f("R8", "warning", []))).toBe("text");
});

test("ids are stable by rule and cells, and unique", () => {
  const a = f("R1", "error", ["t3.new.natural", "t3.carriedIn.natural"]);
  expect(findingIds([a, { ...a }])).toEqual(["R1:t3.carriedIn.natural,t3.new.natural", "R1:t3.carriedIn.natural,t3.new.natural#1"]);
});

test("the header names year, agency and format; a missing one is said so", () => {
  expect(headerView({ year: 2024, agency: "某区人社局", format: "2021" }, "zh-CN")).toEqual({ title: "2024年度 · 某区人社局", format: "格式：2021 年（国办公开办函〔2021〕30号）" });
  expect(headerView({ year: null, agency: " ", format: "2021" }, "zh-CN").title).toBe("年度未填 · 机关名称未填");
  expect(headerView(null, "en-US").title).toMatch(/No report here yet/);
});

test("a finding shows both sides, the difference and its cells; the summary counts", () => {
  const report = emptyReport("2021", 2024, "某区");
  const result = buildCheckResult({ report, findings: [], explanations: [] }, "zh-CN");
  const withOne = { ...result, findings: [f("R1", "error", ["t3.new.natural"], { left: 10, right: null, difference: 10 })], messages: ["表三不平衡。"], counts: { errors: 1, warnings: 0, explained: 0, info: 0 } };
  const v = resultView(withOne, "zh-CN");
  expect(v.summary).toBe("错误 1 项 · 警告 0 项 · 已说明 0 项");
  expect(v.allPass).toBe(false);
  const item = v.groups[0].rules[0].items[0];
  expect(item).toMatchObject({ severityLabel: "错误", message: "表三不平衡。", equation: "左边 10 ≠ 右边 空", difference: "相差 10", cellsText: "单元格：表三 依申请公开!D5", canExplain: false });
  expect(v.groups[0].rules[0].title).toBe("R1 表三勾稽关系");
  const clean = resultView({ ...result, findings: [], messages: [], counts: { errors: 0, warnings: 0, explained: 0, info: 0 } }, "zh-CN");
  expect(clean.allPass).toBe(true);
});
