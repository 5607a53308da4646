import { R9_NARRATIVE_CONTENT as R9, feeFindings } from "../../../src/rules/narrative/r9";
import { getFormat } from "../../../src/format";
import { t } from "../../../src/i18n";
import type { ReportData } from "../../../src/model/report";
import { run, sample, sampleJson, withNarrative } from "./helpers";

const fee = (r: ReportData) => feeFindings({ report: r, format: getFormat(r.format) });
const withSix = (six: string, cells: Record<string, number | null> = {}) =>
  withNarrative({ ...sampleJson().narrative, "6": six }, cells);
const UNPAID = { "t3.other2.natural": 2, "t3.other2.total": 2 };

describe("R9: the 信息处理费 statement", () => {
  test("the sample states it: no finding", () => {
    expect(run(R9, sample())).toEqual([]);
  });

  test("missing → warning", () => {
    const found = fee(withSix("咨询情况方面，2024 年共收到各渠道信访案件 1699 宗。"));
    expect(found).toMatchObject([{ rule: "R9", severity: "warning", msg: { id: "narrative.R9.feeMissing" } }]);
    expect(t("zh-CN", found[0].msg.id, found[0].msg.params)).toContain("信息处理费");
  });

  test("stated in another section still counts", () => {
    const r = withSix("本年度无其他需要报告的事项。");
    r.narrative["1"] += "\n本年度未收取信息处理费。";
    expect(fee(r)).toEqual([]);
  });

  test.each([
    "本机关2024年未发生政府信息公开收费事项。",
    "2023 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。",
    "2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。",
  ])("the wordings real reports use count as the statement: %s", (six) => {
    expect(fee(withSix(six))).toEqual([]);
  });

  test("table 三 other2 = 2 but 发出收费通知 0 件 → warning with both numbers", () => {
    const found = fee(withSix("2024 年度共发出收费通知 0 件，涉及收费金额 0 元，实际收取信息处理费 0 元。", UNPAID));
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({ cells: [{ key: "t3.other2.total" }], left: 0, right: 2, difference: -2, msg: { id: "narrative.R9.noticesFewer" } });
    expect(f.quote).toContain("发出收费通知 0 件");
    const zh = t("zh-CN", f.msg.id, f.msg.params);
    expect(zh).toContain("2.申请人逾期未按收费通知要求缴纳费用");
    expect(zh).toMatch(/0 件.*2/);
  });

  test("other2 = 2 and 'none charged' → warning", () => {
    expect(fee(withSix("本年度未收取信息处理费。", UNPAID))).toMatchObject([{ left: 0, right: 2, msg: { id: "narrative.R9.noticesFewer" } }]);
  });

  test("other2 = 2 and only amounts stated → notices missing", () => {
    expect(fee(withSix("本年度实际收取信息处理费 0 元。", UNPAID))).toMatchObject([{ left: null, right: 2, msg: { id: "narrative.R9.noticesMissing" } }]);
  });

  test("other2 = 2 and notices ≥ 2 → no finding", () => {
    expect(fee(withSix("本年度共发出收费通知 2 件，涉及金额 300 元，申请人均逾期未缴纳，实际收取 0 元。", UNPAID))).toEqual([]);
    expect(fee(withSix("本年度共发出收费通知 3 件，实际收取 100 元。", UNPAID))).toEqual([]);
  });

  test("the 2019 format has no other2 row: only presence is checked", () => {
    const r = withSix("本年度未收取信息处理费。");
    r.format = "2019";
    expect(fee(r)).toEqual([]);
  });
});

describe("R9 runs the section checks too", () => {
  test("no narrative: the three section warnings and the fee warning, no crash", () => {
    const found = run(R9, withNarrative({}));
    expect(found.map((f) => f.msg.id)).toEqual([
      "narrative.R9.sectionMissing",
      "narrative.R9.sectionMissing",
      "narrative.R9.sectionMissing",
      "narrative.R9.feeMissing",
    ]);
    for (const f of found) expect(t("zh-CN", f.msg.id, f.msg.params)).not.toMatch(/\{\w+\}/);
  });
});
