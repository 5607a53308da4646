import { getFormat } from "../../src/format";
import type { ReportData } from "../../src/model/report";
import { priorFrom } from "../../src/model/report";
import { compareYears, percentChange, YOY_PLAUSIBILITY_RULE } from "../../src/yoy";
import { sampleReport } from "../support/reports";

const num = (value: number) => ({ kind: "number" as const, value });

/** Last year's report: the sample's tables with some figures changed. */
function lastYear(cells: Record<string, number | null>): ReportData {
  const r = sampleReport();
  r.year = 2023;
  for (const [k, v] of Object.entries(cells)) r.cells[k] = v === null ? { kind: "blank" } : num(v);
  return r;
}

const rule = (report: ReportData, prior = priorFrom(lastYear({}))) =>
  YOY_PLAUSIBILITY_RULE.run({ report, format: getFormat(report.format), prior });

describe("同比 comparison", () => {
  it("puts each key figure beside last year's, with the change and the percentage", () => {
    const rows = compareYears(sampleReport(), priorFrom(lastYear({ "t3.new.total": 50, "t3.granted.total": 30 })));
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.new).toMatchObject({ now: 57, last: 50, change: 7, percent: 14 });
    expect(byId.granted).toMatchObject({ now: 25, last: 30, change: -5 });
    expect(byId.granted.percent).toBeCloseTo(-16.667, 3);
    expect(byId.withheld).toMatchObject({ now: 9, last: 9, change: 0, percent: 0 });
    expect(byId.suit.keys).toEqual(["t4.suitDirect.total", "t4.suitAfterReview.total"]);
  });

  it("leaves the change unknown when a side is blank, and the percentage when last year was 0", () => {
    const rows = compareYears(sampleReport(), priorFrom(lastYear({ "t3.new.total": null, "t2.license.decisions": 0 })));
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.new).toMatchObject({ now: 57, last: null, change: null, percent: null });
    expect(byId.license).toMatchObject({ now: 603, last: 0, change: 603, percent: null });
    expect(percentChange(3, 0)).toBeNull();
  });

  it("uses what the 上年数据 sheet holds when last year's full figures are unknown", () => {
    const rows = compareYears(sampleReport(), { year: 2023, cells: { "t3.carriedOut.total": num(4) } });
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.carriedOut).toMatchObject({ now: 1, last: 4, change: -3, percent: -75 });
    expect(byId.new.last).toBeNull();
  });
});

describe("R11: implausible jumps are information, never errors", () => {
  it("flags a total that doubles and one that falls to 0", () => {
    const report = sampleReport();
    report.cells["t4.review.total"] = num(0);
    const found = rule(report, priorFrom(lastYear({ "t3.new.total": 28, "t4.review.total": 3 })));
    expect(found.map((f) => [f.msg.id, f.cells[0].key, f.left, f.right])).toEqual([
      ["yoy.R11.doubled", "t3.new.total", 57, 28],
      ["yoy.R11.fellToZero", "t4.review.total", 0, 3],
    ]);
    expect(found.every((f) => f.severity === "info")).toBe(true);
  });

  it("says nothing of a total that did not quite double, or was 0 both years", () => {
    expect(rule(sampleReport(), priorFrom(lastYear({ "t3.new.total": 29 })))).toEqual([]);
  });

  it("flags more applications carried over than half the new ones, even without last year's figures", () => {
    const report = sampleReport();
    report.cells["t3.carriedOut.total"] = num(29);
    const found = YOY_PLAUSIBILITY_RULE.run({ report, format: getFormat("2021") });
    expect(found.map((f) => [f.msg.id, f.severity, f.left, f.right])).toEqual([["yoy.R11.carriedOutHigh", "info", 29, 57]]);
    report.cells["t3.carriedOut.total"] = num(28);
    expect(YOY_PLAUSIBILITY_RULE.run({ report, format: getFormat("2021") })).toEqual([]);
  });
});
