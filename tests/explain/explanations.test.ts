import { num } from "../../src/model/cell";
import { priorFrom } from "../../src/model/report";
import {
  applyExplanations,
  explain,
  explanationsFromRows,
  explanationsToRows,
  upsertExplanation,
} from "../../src/explain/explanations";
import { checkReport } from "../../src/check/engine";
import { sampleReport } from "../support/reports";

function withCarriedInWarning() {
  const last = sampleReport();
  last.cells["t3.carriedOut.natural"] = num(2);
  last.cells["t3.carriedOut.total"] = num(2);
  const report = sampleReport();
  const prior = priorFrom(last);
  return { report, prior, findings: () => checkReport(report, { prior }) };
}

describe("explanations (说明)", () => {
  it("mark a warning as explained while its values hold", () => {
    const { report, findings } = withCarriedInWarning();
    const warning = findings().find((f) => f.rule === "R6")!;
    const e = explain(warning, report, "上年报告数据有误，已更正", new Date("2025-01-10T08:00:00Z"));
    const [explained] = applyExplanations([warning], [e], report);
    expect(explained.explanation).toEqual({ text: "上年报告数据有误，已更正", at: "2025-01-10T08:00:00.000Z" });
  });

  it("go stale when a value behind them changes, and the warning returns", () => {
    const { report, findings } = withCarriedInWarning();
    const warning = findings().find((f) => f.rule === "R6")!;
    const e = explain(warning, report, "上年报告数据有误");
    report.cells["t3.carriedIn.natural"] = num(1);
    report.cells["t3.carriedIn.total"] = num(1);
    const again = findings().find((f) => f.rule === "R6" && f.msg.params.column === "自然人")!;
    const [shown] = applyExplanations([again], [e], report);
    expect(shown.explanation).toBeUndefined();
    expect(shown.staleExplanation).toBe("上年报告数据有误");
  });

  it("cannot explain an error away", () => {
    const r = sampleReport();
    r.cells["t4.review.total"] = num(3);
    const error = checkReport(r).find((f) => f.rule === "R4")!;
    expect(() => explain(error, r, "不用管")).toThrow();
  });

  it("survive the round trip through the workbook's rows, and a damaged row is dropped", () => {
    const { report, findings } = withCarriedInWarning();
    const [w1, w2] = findings().filter((f) => f.rule === "R6");
    const list = upsertExplanation(upsertExplanation([], explain(w1, report, "甲")), explain(w2, report, "乙"));
    const rows = explanationsToRows(list);
    // The old block (layout 2) keeps the record, not how the 说明 sheet shows it.
    expect(explanationsFromRows([...rows, ["R6", "t3.x", "{broken", "丙", ""]])).toEqual(list.map(({ shown: _, ...e }) => e));
  });

  it("replace an earlier explanation of the same finding", () => {
    const { report, findings } = withCarriedInWarning();
    const w = findings().find((f) => f.rule === "R6")!;
    const list = upsertExplanation([explain(w, report, "旧")], explain(w, report, "新"));
    expect(list.map((e) => e.text)).toEqual(["新"]);
  });
});

describe("explanations of cross-year warnings", () => {
  it("go stale when only last year's figure changes", () => {
    const { report, findings } = withCarriedInWarning();
    const warning = findings().find((f) => f.rule === "R6")!;
    const e = explain(warning, report, "上年数据已更正");
    const last = sampleReport();
    last.cells["t3.carriedOut.natural"] = num(4);
    last.cells["t3.carriedOut.total"] = num(4);
    const again = checkReport(report, { prior: priorFrom(last) }).find((f) => f.rule === "R6")!;
    const [shown] = applyExplanations([again], [e], report);
    expect(shown.explanation).toBeUndefined();
    expect(shown.staleExplanation).toBe("上年数据已更正");
  });
});
