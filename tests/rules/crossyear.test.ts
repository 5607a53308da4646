import { num } from "../../src/model/cell";
import { priorFrom } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { renderFinding } from "../../src/rules/render";
import { sampleReport } from "../support/reports";

describe("R6 and R7: this year against last year", () => {
  it("say nothing when last year's figures are not known", () => {
    expect(checkReport(sampleReport()).filter((f) => f.rule === "R6" || f.rule === "R7")).toEqual([]);
  });

  it("warn when carried in differs from last year's carried over, per column", () => {
    const last = sampleReport();
    last.year = 2023;
    last.cells["t3.carriedOut.natural"] = num(3);
    last.cells["t3.carriedOut.total"] = num(3);
    const findings = checkReport(sampleReport(), { prior: priorFrom(last) }).filter((f) => f.rule === "R6");
    expect(findings.map((f) => [f.severity, f.left, f.right, f.difference])).toEqual([
      ["warning", 0, 3, -3],
      ["warning", 0, 3, -3],
    ]);
    expect(renderFinding(findings[0], "2021", "zh-CN")).toBe(
      "表三「自然人」列：上年结转（0）应等于上年报告的结转下年度继续办理（3），相差 -3。",
    );
  });

  it("warn when 现行有效件数 does not follow from last year's, issued and repealed", () => {
    const last = sampleReport();
    last.cells["t2.normative.inForce"] = num(4);
    const [f] = checkReport(sampleReport(), { prior: priorFrom(last) }).filter((x) => x.rule === "R7");
    // this year: issued 1, repealed 1, in force 1; expected 4 + 1 − 1 = 4
    expect(f).toMatchObject({ severity: "warning", left: 1, right: 4, difference: -3 });
    expect(f.cells[0].key).toBe("t2.normative.inForce");
  });

  it("pass when the figures follow", () => {
    const last = sampleReport();
    last.cells["t3.carriedOut.natural"] = num(0);
    last.cells["t3.carriedOut.total"] = num(0);
    last.cells["t2.normative.inForce"] = num(1);
    const findings = checkReport(sampleReport(), { prior: priorFrom(last) });
    expect(findings.filter((f) => f.rule === "R6" || f.rule === "R7")).toEqual([]);
  });
});
