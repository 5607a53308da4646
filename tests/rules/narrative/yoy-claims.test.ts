// R8's 同比 claims: checked against this year's tables and last year's figures, with the sentence's
// own rounding; and no false alarm on the real published reports.
import { getFormat } from "../../../src/format";
import type { PriorFigures } from "../../../src/model/report";
import { NARRATIVE_RULES, R8_NARRATIVE_NUMBERS } from "../../../src/rules/narrative";
import { R8_YOY_CLAIMS } from "../../../src/rules/narrative/yoy-claims";
import { priorFrom } from "../../../src/model/report";
import { realReport as real } from "../../yoy/real-reports";
import { describeShared } from "../../support/shared-reports";
import { withNarrative } from "./helpers";

const num = (value: number) => ({ kind: "number" as const, value });

/** Last year: 申请 48 (new), 答复 50, 予以公开 25, reviews 2. This year (the sample): 57, 56, 25, 0. */
const PRIOR: PriorFigures = {
  year: 2023,
  cells: {},
  figures: { "t3.new.total": num(48), "t3.carriedIn.total": num(0), "t3.total.total": num(50), "t3.granted.total": num(25), "t4.review.total": num(2) },
};

const yoy = (text: string, prior: PriorFigures = PRIOR) => {
  const report = withNarrative({ "1": text });
  return R8_YOY_CLAIMS.run({ report, format: getFormat(report.format), prior });
};

describe("R8 同比 claims", () => {
  it.each([
    "2024年收到政府信息公开申请57件，同比增长18.75%。", // (57−48)/48 = 18.75 %
    "2024年收到政府信息公开申请57件，同比增长18.8%。", // rounded
    "2024年收到政府信息公开申请57件，同比增长18.7%。", // cut off
    "2024年收到政府信息公开申请57件，同比增长19%。",
    "2024年收到政府信息公开申请57件，较上年增加9件。",
    "本年度政府信息公开申请数量同比增长18.75%。", // the figure named, not stated
    "本年度共办结政府信息公开申请56件，较2023年增长12%。",
    "予以公开25件，与上年持平。",
    "2024年收到政府信息公开申请57件，比去年多9件。",
  ])("accepts what the tables bear out: %s", (text) => {
    expect(yoy(text)).toEqual([]);
  });

  it("points at the figure when the percentage is wrong, with what it should be", () => {
    const [f, ...rest] = yoy("2024年收到政府信息公开申请57件，同比增长12.5%。");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "R8", severity: "warning", cells: [{ key: "t3.new.total" }] });
    expect(f.msg.params).toMatchObject({ words: "同比增长12.5%", now: 57, last: 48, actual: "+18.8%" });
  });

  it("reads the direction of the change", () => {
    expect(yoy("2024年收到政府信息公开申请57件，较上年减少9件。")).toHaveLength(1);
    expect(yoy("予以公开25件，同比下降10%。")).toHaveLength(1);
    expect(yoy("本年度共办结政府信息公开申请56件，与上年持平。").map((f) => f.msg.params.actual)).toEqual(["+6"]);
  });

  it("checks 同比 only when last year's figures are known and of last year", () => {
    const text = "2024年收到政府信息公开申请57件，同比增长12.5%。";
    const report = withNarrative({ "1": text });
    expect(R8_YOY_CLAIMS.run({ report, format: getFormat(report.format) })).toEqual([]);
    expect(yoy(text, { ...PRIOR, year: 2022 })).toEqual([]);
    expect(yoy(text, { year: 2023, cells: {} })).toEqual([]);
    expect(yoy("2024年收到政府信息公开申请57件，较2022年增长40%。")).toEqual([]);
  });

  it("leaves alone changes of other measures and vague ones", () => {
    for (const text of [
      "答复率同比提高3个百分点。",
      "2024年收到政府信息公开申请57件，同比增长近两成。",
      "主动公开政府信息2391条，同比增长12.5%。",
      "2024年收到政府信息公开申请57件，其中网上申请40件，同比增长12.5%。",
      "政府信息公开申请办理质量较上年有所提高。",
      "2024年收到政府信息公开申请57件，较上年增长至57件。", // grew to, not by
      "2024年收到政府信息公开申请57件，同比增长2倍。",
    ]) expect([text, yoy(text)]).toEqual([text, []]);
  });

  it("runs as part of R8", () => {
    const report = withNarrative({ "1": "2024年收到政府信息公开申请57件，同比增长12.5%。" });
    const r8 = NARRATIVE_RULES.filter((r) => r.id === "R8").flatMap((r) => r.run({ report, format: getFormat("2021"), prior: PRIOR }));
    expect(r8.map((f) => f.msg.id)).toEqual(["narrative.R8.yoyMismatch"]);
  });
});

describeShared("R8 同比 on the real reports", () => {
  it("raises no 同比 finding on 洪泽区 2024 with 2023 as last year, nor on 淮安市 2024 with 洪泽区's figures", () => {
    const hongze2023 = real("huaian-hongze-2023.txt");
    const prior = priorFrom(hongze2023);
    for (const name of ["huaian-hongze-2024.txt", "huaian-city-2024.txt"]) {
      const report = real(name);
      expect(report.year).toBe(2024);
      expect([name, R8_YOY_CLAIMS.run({ report, format: getFormat(report.format), prior })]).toEqual([name, []]);
    }
  });

  it("adds nothing to R8's own findings on any real report, with last year's figures known", () => {
    const prior = priorFrom(real("huaian-hongze-2023.txt"));
    for (const name of ["huaian-hongze-2023.txt", "huaian-hongze-2024.txt", "huaian-city-2024.txt"]) {
      const report = real(name);
      const ctx = { report, format: getFormat(report.format), prior: { ...prior, year: (report.year ?? 0) - 1 } };
      const all = NARRATIVE_RULES.filter((r) => r.id === "R8").flatMap((r) => r.run(ctx));
      expect([name, all]).toEqual([name, R8_NARRATIVE_NUMBERS.run(ctx)]);
    }
  });

  it("checks a 同比 sentence added to a real report against its tables and last year's", () => {
    const prior = priorFrom(real("huaian-hongze-2023.txt")); // 新收 21
    const report = real("huaian-hongze-2024.txt"); // 新收 95: +352.38 %
    const run = (sentence: string) => {
      const r = { ...report, narrative: { ...report.narrative, "1": `${report.narrative["1"] ?? ""}\n${sentence}` } };
      return R8_YOY_CLAIMS.run({ report: r, format: getFormat(r.format), prior });
    };
    expect(run("全年新收政府信息公开申请95件，同比增长352.4%。")).toEqual([]);
    expect(run("全年新收政府信息公开申请95件，较上年增加74件。")).toEqual([]);
    expect(run("全年新收政府信息公开申请95件，同比增长35.2%。").map((f) => f.msg.params.actual)).toEqual(["+352.4%"]);
  });
});
