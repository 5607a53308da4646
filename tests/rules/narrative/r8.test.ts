// R8 by example: sentences in the style of published reports. The bar is no false alarms, so most
// cases are sentences that must NOT be flagged; the rest change one number and must be.
import { R8_NARRATIVE_NUMBERS as R8, claimsIn, withdrawnIn } from "../../../src/rules/narrative/r8";
import { sentences } from "../../../src/rules/narrative/sentences";
import { t } from "../../../src/i18n";
import { run, sample, sampleJson, withNarrative } from "./helpers";

/** R8 on the sample's tables (new 57, carriedIn 0, granted 25, partial 6, 不予公开 9, unable1 16,
 *  total 56, carriedOut 1; t4 all 0; license 603, penalty 32, normative 1/1/1) with this text. */
const r8 = (text: string, cells: Record<string, number | null> = {}) => run(R8, withNarrative({ "1": text }, cells));

describe("the sample report", () => {
  test("gives no R8 finding against its own tables", () => {
    expect(run(R8, sample())).toEqual([]);
  });

  test("its statements are read as claims and all agree", () => {
    const text = sentences(sampleJson().narrative["1"]);
    const found = text.flatMap((s) => claimsIn(s.text, 2024)).map((c) => [c.claim.spec.id, c.mention.value]);
    expect(found).toEqual([
      ["received", 62],
      ["answered", 56],
      ["opened", 31],
      ["granted", 25],
      ["partial", 6],
      ["withheld", 9],
    ]);
    expect(withdrawnIn(text)).toBe(5);
  });

  test("also with clean paragraphs instead of PDF lines", () => {
    const clean = Object.fromEntries(
      Object.entries(sampleJson().narrative).map(([k, v]) => [k, (v ?? "").replace(/\n+\s*/g, "")]),
    );
    expect(run(R8, withNarrative(clean))).toEqual([]);
  });
});

describe("must not flag", () => {
  test.each([
    // counts filed for the record are not table 四's cases
    ["全年共办理行政复议备案 3 件，行政诉讼备案 1 件。"],
    ["行政复议备案审查 3 件。"],
    // changes on last year
    ["申请量同比增长 15 件。"],
    ["收到申请 57 件，比上年减少 20%。"],
    ["收到申请 57 件，较上年增加 12 件，增长 26.7%。"],
    // percentages, rates, durations
    ["依申请公开答复率达 100%，按时答复率 100%。"],
    ["平均答复时间 12.36 个工作日，均在法定期限 20 个工作日内办结。"],
    ["其中，予以公开占 43.9%。"],
    // the sample's withdrawn applications: 62 received = 57 counted + 5 withdrawn
    ["2024 年收到政府信息公开申请 62 件，全部办结。其中，申请人自行撤销 5 件，列入统计 57 件。"],
    // breakdowns by channel and by applicant
    ["收到申请 57 件，其中网上申请 40 件、信函申请 10 件、当面申请 7 件。"],
    ["其中，网上申请 62 件，占 100%。"],
    ["通过政府网站受理申请 50 件，现场受理 7 件。"],
    ["收到自然人申请 57 件，法人或其他组织申请 0 件。"],
    // other years
    ["2023 年收到申请 40 件，2024 年收到申请 57 件。"],
    ["上年收到申请 40 件，其中予以公开 20 件。"],
    ["自《条例》实施以来累计受理申请 500 件。"],
    // carried in from last year
    ["全年共受理政府信息公开申请 57 件（含上年结转 0 件），办结 56 件，结转下年度继续办理 1 件。"],
    // Chinese numerals
    ["本年度共收到政府信息公开申请五十七件，办结五十六件，结转下年度一件。"],
    ["本年度未发生政府信息公开行政复议、行政诉讼案件，行政复议、行政诉讼各零件。"],
    // other bodies' cases
    ["全区共收到政府信息公开申请 1200 件，其中予以公开 500 件。"],
    ["代区政府答复政府信息公开申请 12 件。"],
    ["指导下级单位办理行政复议 3 件。"],
    // petitions and hotline calls are not applications
    ["2024 年共收到各渠道信访案件 1699 宗，接听来电咨询 7303 件，处理 12345 热线 57367 件。"],
    ["处理信访事项 120 件，办结 118 件。"],
    // sub-counts after 其中
    ["答复申请 56 件，其中按期答复 56 件，延期答复 3 件。"],
    ["收到申请 57 件，其中涉及社保领域 30 件。"],
    ["收到涉及征地拆迁的申请 30 件，其中予以公开 10 件，不予公开 2 件。"],
    // approximate counts
    ["收到申请 60 余件。"],
    ["全年约受理申请 60 件。"],
    // table 二 words without a verb that names the column
    ["清理行政规范性文件 20 件。"],
    ["公开行政处罚信息 45 条，公开行政许可事项 120 项。"],
    // numbers that belong to other words
    ["主动公开政府信息 2391 条，其中政策解读 30 篇。"],
    ["获得群众赠送锦旗 12 面、感谢信/表扬信 8 封。"],
    ["印发《关于做好2024年政务公开工作的通知》1 份。"],
    // 主动公开 counts and a review body's own caseload are not table 三/四 figures
    ["本年度共公开 2391 条，其中政策解读 30 条。"],
    ["本局作为复议机关，全年受理行政复议申请 120 件，公开行政复议决定书 80 份。"],
    ["出庭应诉行政诉讼案件 15 件。"],
  ])("%s", (text) => expect(r8(text)).toEqual([]));

  test("received 60 (含上年结转 3 件) with new 57 + carried in 3", () => {
    const cells = { "t3.carriedIn.natural": 3, "t3.carriedIn.total": 3, "t3.total.total": 59, "t3.unable1.total": 19 };
    expect(r8("全年共受理政府信息公开申请 60 件（含上年结转 3 件），办结 59 件。", cells)).toEqual([]);
  });

  test("handled 57 = answered 56 + carried out 1", () => {
    expect(r8("共计办理政府信息公开申请 57 件，办结 56 件。")).toEqual([]);
  });

  test("joined claims: 行政复议、行政诉讼案件 0 件 as their sum", () => {
    expect(r8("本年度发生政府信息公开行政复议、行政诉讼案件 0 件。")).toEqual([]);
  });

  test("table 二 figures stated with their verbs", () => {
    expect(r8("本年制发行政规范性文件 1 件，作出行政许可决定 603 件，作出行政处罚决定 32 件，实施行政强制决定 0 件。")).toEqual([]);
  });

  test("an unfilled table says nothing to contradict", () => {
    const blank = Object.fromEntries(Object.keys(sample().cells).map((k) => [k, null]));
    expect(r8("收到申请 62 件，予以公开 25 件。", blank)).toEqual([]);
  });

  test("a blank 总计 column reads as the sum of the applicant columns", () => {
    expect(r8("其中予以公开 25 件。", { "t3.granted.total": null })).toEqual([]);
    expect(r8("其中予以公开 26 件。", { "t3.granted.total": null })).toHaveLength(1);
  });
});

describe("must flag", () => {
  const SAMPLE_SENTENCE = "答复政府信息公开申请共 56 件，其中公开 31 件（予以公开 25 件、部分公开 6 件），不予公开 9 件。";

  test("a changed number: the sample with 予以公开 26 件", () => {
    const text = sampleJson().narrative["1"]!.replace("予以公开 25 件", "予以公开 26 件");
    const found = run(R8, withNarrative({ ...sampleJson().narrative, "1": text }));
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({
      rule: "R8",
      severity: "warning",
      cells: [{ key: "t3.granted.total" }],
      left: 26,
      right: 25,
      difference: 1,
    });
    expect(f.quote).toBe(SAMPLE_SENTENCE.replace("25", "26"));
    const zh = t("zh-CN", f.msg.id, f.msg.params);
    expect(zh).toContain(f.quote!);
    expect(zh).toContain("（一）予以公开");
    expect(zh).toContain("26");
    expect(zh).toContain("25");
    expect(t("en-US", f.msg.id, f.msg.params)).toContain("（一）予以公开");
  });

  test("部分公开 wrong", () => {
    const [f, ...rest] = r8(SAMPLE_SENTENCE.replace("部分公开 6 件", "部分公开 5 件"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cells: [{ key: "t3.partial.total" }], left: 5, right: 6, difference: -1 });
    expect(t("zh-CN", f.msg.id, f.msg.params)).toContain("（二）部分公开");
  });

  test("不予公开 wrong: against the sum of （三）", () => {
    const [f, ...rest] = r8(SAMPLE_SENTENCE.replace("不予公开 9 件", "不予公开 7 件"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ left: 7, right: 9, difference: -2 });
    expect(f.cells.map((c) => c.key)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `t3.withheld${i}.total`));
    expect(t("zh-CN", f.msg.id, f.msg.params)).toContain("「（三）不予公开·总计」");
  });

  test("公开 (both together) wrong", () => {
    const found = r8(SAMPLE_SENTENCE.replace("其中公开 31 件", "其中公开 30 件"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ left: 30, right: 31, msg: { id: "narrative.R8.mismatchAny" } });
  });

  test("行政复议 stated 2 件 with table 四 review total 0", () => {
    const [f, ...rest] = r8("2024 年，本局因政府信息公开被申请行政复议 2 件，被提起行政诉讼 0 件。");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cells: [{ key: "t4.review.total" }], left: 2, right: 0, difference: 2 });
    expect(t("zh-CN", f.msg.id, f.msg.params)).toContain("行政复议·总计");
  });

  test("行政诉讼 against both suit groups", () => {
    const [f] = r8("被提起行政诉讼 1 件。", { "t4.suitDirect.total": 1, "t4.suitDirect.pending": 1, "t4.suitAfterReview.total": 1 });
    expect(f).toMatchObject({ left: 1, right: 2 });
    expect(f.cells.map((c) => c.key)).toEqual(["t4.suitDirect.total", "t4.suitAfterReview.total"]);
  });

  test("received stated 70 with new 57, and no reading fits", () => {
    const [f, ...rest] = r8("2024 年收到政府信息公开申请 70 件，申请人自行撤销 5 件。");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cells: [{ key: "t3.new.total" }], left: 70, right: 57, difference: 13 });
    expect(f.msg.id).toBe("narrative.R8.mismatchAny");
    // every reading tried is named, the withdrawn one too
    expect(String(f.msg.params.readings)).toContain("一、本年新收政府信息公开申请数量·总计 = 57");
    expect(String(f.msg.params.readings)).toContain("+ 撤回 5 = 62");
  });

  test("结转下年度 wrong", () => {
    const [f, ...rest] = r8("全年办结申请 56 件，结转下年度继续办理 2 件。");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cells: [{ key: "t3.carriedOut.total" }], left: 2, right: 1 });
  });

  test("答复 wrong", () => {
    expect(r8("答复政府信息公开申请共 55 件。")).toMatchObject([{ left: 55, right: 56 }]);
  });

  test("a Chinese-numeral count that does not match", () => {
    expect(r8("本年度共收到政府信息公开申请五十件。")).toMatchObject([{ left: 50, right: 57 }]);
  });

  test("行政复议、行政诉讼各 1 件: each is checked", () => {
    const found = r8("被申请行政复议、提起行政诉讼各 1 件。", { "t4.review.total": 1, "t4.review.upheld": 1 });
    expect(found).toHaveLength(1);
    expect(found[0].cells.map((c) => c.key)).toEqual(["t4.suitDirect.total", "t4.suitAfterReview.total"]);
  });

  test("table 二: 制发行政规范性文件 wrong", () => {
    expect(r8("本年制发行政规范性文件 3 件。")).toMatchObject([{ cells: [{ key: "t2.normative.issued" }], left: 3, right: 1 }]);
  });

  test("cells carry sheet and address when the report came from a workbook", () => {
    const r = withNarrative({ "1": "予以公开 26 件。" });
    r.refs = { "t3.granted.total": { sheet: "表三", address: "I8" } };
    expect(run(R8, r)[0].cells).toEqual([{ key: "t3.granted.total", sheet: "表三", address: "I8" }]);
  });

  test("numbers in every narrative section are read, not only 一", () => {
    expect(run(R8, withNarrative({ "6": "本年度本局被申请行政复议 1 件。" }))).toHaveLength(1);
  });
});

describe("another report's wording of the same figures", () => {
  // The common layout of 依申请公开 paragraphs in district reports, with the sample's figures.
  const PARAGRAPH = [
    "（二）依申请公开",
    "2024年，本机关新收政府信息公开申请57件，上年结转政府信息公开申请0件。其中，自然人申请57件，法人或其他组织申请0件；" +
      "网上申请57件。办理结果方面：予以公开25件，部分公开6件，不予公开9件，因本机关不掌握相关政府信息无法提供16件，" +
      "不予处理0件，其他处理0件，结转下年度继续办理1件。2024年收到申请数量较2023年（40件）增加17件。",
    "全年共发生政府信息公开行政复议案件0件、行政诉讼案件0件。",
  ].join("\n");

  test("agrees: no finding", () => expect(r8(PARAGRAPH)).toEqual([]));

  test("every figure is read", () => {
    const ids = sentences(PARAGRAPH).flatMap((s) => claimsIn(s.text, 2024)).map((c) => `${c.claim.spec.id}=${c.mention.value}`);
    expect(ids).toEqual([
      "received=57", "carriedIn=0", "granted=25", "partial=6", "withheld=9", "unable=16",
      "refused=0", "otherHandling=0", "carriedOut=1", "review=0", "suit=0",
    ]);
  });

  test("one figure off: one finding", () => {
    const found = r8(PARAGRAPH.replace("无法提供16件", "无法提供15件"));
    expect(found).toMatchObject([{ left: 15, right: 16 }]);
    expect(found[0].cells.map((c) => c.key)).toEqual(["t3.unable1.total", "t3.unable2.total", "t3.unable3.total"]);
  });

  test("a 2019-format report: 其他处理 is one row", () => {
    const r = withNarrative({ "1": "其他处理 2 件。" });
    r.format = "2019";
    r.cells["t3.other.total"] = { kind: "number", value: 2 };
    expect(run(R8, r)).toEqual([]);
    r.cells["t3.other.total"] = { kind: "number", value: 1 };
    expect(run(R8, r)).toMatchObject([{ cells: [{ key: "t3.other.total" }], left: 2, right: 1 }]);
  });
});

describe("no narrative", () => {
  test("no findings, no crash", () => {
    expect(run(R8, withNarrative({}))).toEqual([]);
    expect(run(R8, withNarrative({ "1": "", "5": "  ", "6": "\n" }))).toEqual([]);
  });
});

describe("结转下一年度: the 一 of 下一年度 is a word, not a number", () => {
  test("a correct carried-over statement is not flagged", () => {
    expect(r8("本年度共收到政府信息公开申请57件，办结56件，结转下一年度办理1件。")).toEqual([]);
    expect(r8("上一年度结转申请0件。")).toEqual([]);
  });

  test("a wrong one is flagged against 结转下年度继续办理", () => {
    const found = r8("本年度共收到政府信息公开申请57件，办结56件，结转下一年度办理2件。");
    expect(found.map((f) => [f.left, f.right])).toEqual([[2, 1]]);
    expect(found[0].cells.map((c) => c.key)).toEqual(["t3.carriedOut.total"]);
  });
});

describe("办理 and 答复 of other case loads are not applications handled", () => {
  test.each([
    "行政许可事项办理603件。",
    "依申请公开方面收到申请57件；行政许可事项办理603件。",
    "全年办理群众来信来访32件。",
    "共办结信访案件120件。",
  ])("%s", (text) => {
    expect(r8(text)).toEqual([]);
  });

  test("but 办结 of applications is still checked", () => {
    expect(r8("收到政府信息公开申请57件，办结50件。").map((f) => [f.left, f.right])).toEqual([[50, 56]]);
  });
});
