// The drafted paragraphs in the words real reports use, from the sample report's tables.
import { draftAll, draftOne } from "../../src/draft";
import { sampleReport } from "../support/reports";

const num = (value: number) => ({ kind: "number" as const, value });

describe("drafting from the sample report's tables", () => {
  const drafts = Object.fromEntries(draftAll(sampleReport()).map((d) => [d.place, d]));

  it("drafts 一（二）依申请公开 as the sample's own figures", () => {
    expect(drafts.request.text).toBe(
      "2024年，本机关新收政府信息公开申请57件。本年度共办结政府信息公开申请56件，其中予以公开25件，部分公开6件，" +
        "不予公开9件，无法提供16件；结转下年度继续办理1件。",
    );
  });

  it("drafts the summaries after tables 二, 三 and 四, with the zero case in words", () => {
    expect(drafts.t2.text).toContain("作出行政许可决定603件，作出行政处罚决定32件，作出行政强制决定0件；未收取行政事业性收费。");
    expect(drafts.t2.text).toContain("制发行政规范性文件1件，废止行政规范性文件1件，现行有效行政规范性文件1件");
    expect(drafts.t3.text).toBe(
      "本年度收到自然人申请57件，收到法人或其他组织申请0件。办结申请56件，其中予以公开25件，部分公开6件，不予公开9件，无法提供16件；结转下年度继续办理1件。",
    );
    expect(drafts.t4.text).toBe("本年度未发生政府信息公开行政复议、行政诉讼。");
  });

  it("names the cells each stated figure comes from", () => {
    const withheld = drafts.request.figures.find((f) => f.value === 9);
    expect(withheld?.keys).toEqual(["withheld1", "withheld2", "withheld3", "withheld4", "withheld5", "withheld6", "withheld7", "withheld8"].map((k) => `t3.${k}.total`));
  });

  it("states reviews and suits with their outcomes when there are some", () => {
    const r = sampleReport();
    Object.assign(r.cells, {
      "t4.review.upheld": num(2), "t4.review.pending": num(1), "t4.review.total": num(3),
      "t4.suitAfterReview.corrected": num(1), "t4.suitAfterReview.total": num(1),
    });
    expect(draftOne(r, "t4").text).toBe(
      "本年度因政府信息公开被申请行政复议3件，其中结果维持2件，尚未审结1件；因政府信息公开被提起行政诉讼1件，其中结果纠正1件。",
    );
    r.cells["t4.review.total"] = num(0);
    r.cells["t4.review.upheld"] = num(0);
    r.cells["t4.review.pending"] = num(0);
    expect(draftOne(r, "t4").text).toBe("本年度未发生政府信息公开行政复议；因政府信息公开被提起行政诉讼1件，其中结果纠正1件。");
  });

  it("says no application was received when table 三 is all zero", () => {
    const r = sampleReport();
    for (const k of Object.keys(r.cells)) if (k.startsWith("t3.")) r.cells[k] = num(0);
    expect(draftOne(r, "request").text).toBe("2024年，本机关未收到政府信息公开申请。");
  });

  it("mentions carried-in applications only when there are some, and 本年度 when the year is unknown", () => {
    const r = sampleReport();
    r.year = null;
    r.narrative = {};
    r.cells["t3.carriedIn.total"] = num(4);
    expect(draftOne(r, "request").text).toMatch(/^本年度本机关新收政府信息公开申请57件，上年结转政府信息公开申请4件。/);
  });

  it("drafts nothing from a blank or unreadable figure, and says which", () => {
    const r = sampleReport();
    r.cells["t3.granted.total"] = { kind: "blank" };
    r.cells["t3.partial.total"] = { kind: "text", raw: "6件", guess: 6, why: "unit" };
    const d = draftOne(r, "request");
    expect(d.text).toBeNull();
    expect(d.missing).toEqual(["t3.granted.total", "t3.partial.total"]);
    expect(draftOne(r, "t4").text).not.toBeNull();
  });
});

describe("drafting with last year's figures", () => {
  const prior = (n: number, year = 2023) => ({ year, cells: {}, figures: { "t3.new.total": num(n) } });

  it("says 同比 after the new applications, to one decimal", () => {
    expect(draftOne(sampleReport(), "request", prior(48)).text).toMatch(/^2024年，本机关新收政府信息公开申请57件，同比增长18\.8%。/);
    expect(draftOne(sampleReport(), "request", prior(60)).text).toMatch(/新收政府信息公开申请57件，同比下降5%。/);
    expect(draftOne(sampleReport(), "request", prior(57)).text).toMatch(/新收政府信息公开申请57件，与上年持平。/);
  });

  it("says nothing of 同比 when last year had none, or the figures are of another year", () => {
    expect(draftOne(sampleReport(), "request", prior(0)).text).toMatch(/申请57件。/);
    expect(draftOne(sampleReport(), "request", prior(48, 2022)).text).toMatch(/申请57件。/);
  });
});
