// R8's zero statements: a "none" in words must agree with the tables.
import { R8_ZERO_CLAIMS } from "../../../src/rules/narrative/zero-claims";
import { run, withNarrative } from "./helpers";

describe("R8 zero statements", () => {
  it("accepts 未发生…行政复议、行政诉讼 when table 四 holds no case", () => {
    expect(run(R8_ZERO_CLAIMS, withNarrative({ "1": "本年度未发生政府信息公开行政复议、行政诉讼。" }))).toEqual([]);
  });

  it("points at the review total when the text says none but table 四 has some", () => {
    const r = withNarrative({ "1": "本年度未发生因政府信息公开引发的行政复议、行政诉讼案件。" }, { "t4.review.total": 2 });
    const found = run(R8_ZERO_CLAIMS, r);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: "R8", severity: "warning", left: 0, right: 2, cells: [{ key: "t4.review.total" }] });
    expect(found[0].quote).toBe("本年度未发生因政府信息公开引发的行政复议、行政诉讼案件。");
    expect(found[0].msg.id).toBe("narrative.R8.zeroMismatch");
  });

  it("reads suits as both suit groups", () => {
    const r = withNarrative({ "1": "未发生政府信息公开行政诉讼。" }, { "t4.suitAfterReview.total": 1 });
    expect(run(R8_ZERO_CLAIMS, r).map((f) => f.cells.map((c) => c.key))).toEqual([["t4.suitDirect.total", "t4.suitAfterReview.total"]]);
  });

  it("reads 未收到政府信息公开申请 against 本年新收", () => {
    expect(run(R8_ZERO_CLAIMS, withNarrative({ "1": "2024年，本机关未收到政府信息公开申请。" })).map((f) => f.right)).toEqual([57]);
  });

  it("leaves alone what is not a zero count of these cases", () => {
    const texts = [
      "本年度未发生行政复议纠错情况。", // corrections, not reviews; and no 信息公开
      "本年度未发生政府信息公开行政复议被纠错的情况。",
      "2023年未发生政府信息公开行政复议。", // another year
      "未收到申请人投诉。",
      "本局作为复议机关，未发生行政复议、行政诉讼。", // not about disclosure
    ];
    for (const text of texts) expect([text, run(R8_ZERO_CLAIMS, withNarrative({ "1": text }, { "t4.review.total": 3, "t4.suitDirect.total": 2 }))]).toEqual([text, []]);
  });
});
