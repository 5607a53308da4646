import { buildCheckResult, countFindings } from "../../src/check/run-check";
import { explain } from "../../src/explain/explanations";
import { num } from "../../src/model/cell";
import { priorFrom } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import type { Finding } from "../../src/rules/types";
import { readFileSync } from "fs";
import { join } from "path";
import { importReport } from "../../src/import";

/** The published sample report, text and all: it passes every rule. */
const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt")));
const sampleReport = () => importReport(SAMPLE, { fileName: "sample.txt" }).report;

/** The sample report against a last year that carried 2 over: R6 warns on 自然人 and 总计. */
function withCarriedInWarnings() {
  const last = sampleReport();
  last.cells["t3.carriedOut.natural"] = num(3);
  last.cells["t3.carriedOut.total"] = num(3);
  const report = sampleReport();
  return { report, prior: priorFrom(last) };
}

describe("buildCheckResult", () => {
  it("runs every rule and carries the report's metadata", () => {
    const report = sampleReport();
    const r = buildCheckResult({ report, findings: [], explanations: [] }, "zh-CN");
    expect(r.findings).toEqual(checkReport(report));
    expect(r).toMatchObject({ year: 2024, format: "2021", agency: report.agency, status: "ok" });
    expect(r.counts).toEqual({ errors: 0, warnings: 0, explained: 0, info: 0 });
  });

  it("applies the explanations: an explained warning is counted apart and does not fail the status", () => {
    const { report, prior } = withCarriedInWarnings();
    const [natural, total] = checkReport(report, { prior }).filter((f) => f.rule === "R6");
    const one = buildCheckResult({ report, prior, findings: [], explanations: [explain(natural, report, "已核实")] }, "zh-CN");
    expect(one.counts).toMatchObject({ errors: 0, warnings: 1, explained: 1 });
    expect(one.status).toBe("warnings");
    expect(one.findings.find((f) => f.explanation)?.explanation?.text).toBe("已核实");
    const both = buildCheckResult({ report, prior, findings: [], explanations: [explain(natural, report, "已核实"), explain(total, report, "同上")] }, "zh-CN");
    expect(both.counts).toMatchObject({ warnings: 0, explained: 2 });
    expect(both.status).toBe("ok");
  });

  it("an explanation whose values changed leaves the warning open, marked stale", () => {
    const { report, prior } = withCarriedInWarnings();
    const natural = checkReport(report, { prior }).find((f) => f.rule === "R6")!;
    const e = explain(natural, report, "已核实");
    report.cells["t3.carriedIn.natural"] = num(1);
    const r = buildCheckResult({ report, prior, findings: [], explanations: [e] }, "zh-CN");
    const again = r.findings.find((f) => f.rule === "R6" && f.cells[0].key === "t3.carriedIn.natural")!;
    expect(again.staleExplanation).toBe("已核实");
    expect(r.counts.explained).toBe(0);
  });

  it("reports the reader's findings with the rules' and renders every message in the language asked", () => {
    const report = sampleReport();
    const reader: Finding = { rule: "R10", severity: "error", cells: [], msg: { id: "layout.r10.metaMissing", params: { format: "2021" } } };
    const zh = buildCheckResult({ report, findings: [reader], explanations: [] }, "zh-CN");
    const en = buildCheckResult({ report, findings: [{ ...reader }], explanations: [] }, "en-US");
    expect(zh.status).toBe("errors");
    expect(zh.messages).toHaveLength(zh.findings.length);
    expect(zh.messages[0]).not.toEqual(en.messages[0]);
  });
});

test("countFindings: errors, open warnings, explained warnings and notes apart", () => {
  const f = (severity: Finding["severity"]): Finding => ({ rule: "R1", severity, cells: [], msg: { id: "x", params: {} } });
  expect(countFindings([f("error"), f("warning"), { ...f("warning"), explanation: { text: "t", at: "a" } }, f("info")])).toEqual({
    errors: 1,
    warnings: 1,
    explained: 1,
    info: 1,
  });
});
