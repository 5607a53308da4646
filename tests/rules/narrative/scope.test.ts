import { claimBefore } from "../../../src/rules/narrative/claims";
import { outOfScope, reportYear } from "../../../src/rules/narrative/scope";
import { withNarrative } from "./helpers";

/** The scope of the number written as "N" in `sentence`, for a 2024 report. */
function scopeOf(sentence: string, year: number | null = 2024) {
  const at = sentence.indexOf("N");
  const before = sentence.slice(0, at);
  const clauseBefore = before.split(/[，,；;：:]/).pop() ?? "";
  // Some of these are no claim at all (the words before the number are not a claim's); scope is
  // a second guard, so it is tested with a stand-in claim of the same kind.
  const claim = claimBefore(clauseBefore) ?? claimBefore("收到申请 ")!;
  return outOfScope({ claim, before, clauseBefore, year });
}

describe("outOfScope", () => {
  test.each([
    ["全年共办理行政复议备案 N 件", "filing"],
    ["申请量同比增长 N 件", "change"],
    ["收到申请数量比上年减少 N 件", "change"],
    ["较去年新收申请增加 N 件", "change"],
    ["2023 年收到申请 N 件", "otherYear"],
    ["上年收到申请 N 件", "otherYear"],
    ["条例实施以来累计受理申请 N 件", "otherYear"],
    ["代区政府答复申请 N 件", "otherBody"],
    ["全区共收到政府信息公开申请 N 件", "otherBody"],
    ["指导下级单位办理申请 N 件", "otherBody"],
    ["2024 年共收到信访案件转来的申请 N 件", "petition"],
    ["其中网上受理申请 N 件", "channel"],
    ["收到涉及征地拆迁的申请 N 件", "topic"],
    ["平均每月收到申请 N 件", "average"],
    ["收到申请 62 件，其中延期答复 N 件", "subCount"],
  ])("%s → %s", (sentence, reason) => expect(scopeOf(sentence)).toBe(reason));

  test.each([
    ["2024 年收到政府信息公开申请 N 件"],
    ["本年度收到申请 N 件"],
    ["收到申请 60 件（含上年结转 N 件"],
    ["上年结转 N 件"],
    ["答复申请 56 件，其中予以公开 N 件"],
    ["二〇二四年受理申请 N 件"],
  ])("in scope: %s", (sentence) => expect(scopeOf(sentence)).toBeNull());

  test("with no known report year, a written year may be another", () => {
    expect(scopeOf("2024 年收到申请 N 件", null)).toBe("otherYear");
  });
});

describe("reportYear", () => {
  test("as given, or the year the narrative names most", () => {
    const r = withNarrative({ "1": "2024 年收到申请 5 件，2023 年收到 4 件。2024 年度办结 5 件。" });
    expect(reportYear(r)).toBe(2024);
    r.year = null;
    expect(reportYear(r)).toBe(2024);
    r.narrative = {};
    expect(reportYear(r)).toBeNull();
  });
});
