// Section headings matched by meaning: the variants below are headings of real published reports
// (collected from the pages the search tool holds: 上海市 2022, 榆盘镇 2021, 周湾镇 2021, 田黄镇 2021,
// 湖南镇 2021, 国管局 2021 and others), and table 三's own numbered rows are never taken for headings.
import { isHeadingOf } from "../../src/import/heading-meaning";
import { importReport } from "../../src/import";
import { toJson } from "../../src/model/report";
import { fixtureText, T3 } from "./fixtures";

const REAL_VARIANTS: [string, "1" | "2" | "3" | "4" | "5" | "6"][] = [
  ["一、总体概述", "1"],
  ["一、概述", "1"],
  ["一、政府信息公开总体工作情况", "1"],
  ["一、 总体情况", "1"],
  ["二、主动公开政府信息的情况", "2"],
  ["二、主动公开政府政府情况", "2"],
  ["二、政府信息主动公开情况", "2"],
  ["三、收到和处理政府信息公开申请的情况", "3"],
  ["三、依申请公开政府信息情况", "3"],
  ["三、政府信息依申请公开办理情况", "3"],
  ["四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", "4"],
  ["四、政府信息公开行政复议和行政诉讼情况", "4"],
  ["四、申请行政复议及提起诉讼情况", "4"],
  ["五、政府信息公开工作存在的主要问题及改进情况", "5"],
  ["五、存在的主要问题和改进措施", "5"],
  ["五、政府信息公开工作中存在的问题及改进措施", "5"],
  ["五、存在问题及改进情况", "5"],
  ["五、 存在问题", "5"],
  ["五．存在的不足及整改措施", "5"],
  ["六、其他需要报告的事项", "6"],
  ["六、其他需报告的事项", "6"],
  ["六、其它事项", "6"],
];

describe("isHeadingOf", () => {
  test.each(REAL_VARIANTS)("%s is the heading of section %s", (text, id) => {
    expect(isHeadingOf(text, id)).toBe(true);
  });

  test("table 三's numbered rows are not headings", () => {
    expect(isHeadingOf("一、本年新收政府信息公开申请数量", "1")).toBe(false);
    expect(isHeadingOf("二、上年结转政府信息公开申请数量", "2")).toBe(false);
    expect(isHeadingOf("三、本年度办理结果", "3")).toBe(false);
    expect(isHeadingOf("四、结转下年度继续办理", "4")).toBe(false);
  });

  test("another section's numeral, a sentence, or a line without the subject is no heading", () => {
    expect(isHeadingOf("四、存在的主要问题及改进情况", "5")).toBe(false);
    expect(isHeadingOf("五、加强组织领导", "5")).toBe(false);
    expect(isHeadingOf("五是存在问题", "5")).toBe(false);
    expect(isHeadingOf(`五、存在的问题${"较多，信息更新不够及时，".repeat(4)}`, "5")).toBe(false);
  });
});

describe("a report whose headings are all worded otherwise", () => {
  const variants: Record<string, string> = {
    "一、总体情况": "一、政府信息公开总体工作情况",
    "二、主动公开政府信息情况": "二、政府信息主动公开情况",
    "三、收到和处理政府信息公开申请情况": "三、依申请公开政府信息情况",
    "四、政府信息公开行政复议、行政诉讼情况": "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况",
    "五、存在的主要问题及改进情况": "五、存在问题及改进措施",
    "六、其他需要报告的事项": "六、其他需报告的事项",
  };
  const original = importReport(fixtureText("pipe-2022.txt"));
  let text = fixtureText("pipe-2022.txt");
  for (const [from, to] of Object.entries(variants)) text = text.replace(from, to);
  const edited = importReport(text);

  test("the fixture really carries the statutory headings that were replaced", () => {
    for (const from of Object.keys(variants)) expect(fixtureText("pipe-2022.txt")).toContain(from);
  });

  test("reads the same tables and narrative, with no section reported missing", () => {
    expect(toJson(edited.report).t3).toEqual(T3);
    expect(toJson(edited.report)).toEqual(toJson(original.report));
    expect(edited.problems.filter((p) => p.msg.id === "import.section.missing")).toEqual([]);
    expect(edited.report.narrative["5"]).toBe(original.report.narrative["5"]);
    expect(edited.report.narrative["6"]).toBe(original.report.narrative["6"]);
  });
});
