import fc from "fast-check";
import { cellInfos, FORMAT_2019, FORMAT_2021 } from "../../src/format";
import { num } from "../../src/model/cell";
import { checkReport } from "../../src/check/engine";
import { equations } from "../../src/rules/equations";
import { balancedReport, sampleReport, T3_KEYS_2021, T4_KEYS_2021 } from "../support/reports";

const balanceFindings = (r: Parameters<typeof checkReport>[0]) =>
  checkReport(r).filter((f) => ["R1", "R2", "R3", "R4"].includes(f.rule));

describe("the balance rules R1–R4", () => {
  it("name only cells that exist in each format (the rule set itself is sound)", () => {
    for (const f of [FORMAT_2019, FORMAT_2021]) {
      const cells = cellInfos(f);
      for (const eq of equations(f)) for (const k of [...eq.left, ...eq.right]) expect(cells.has(k)).toBe(true);
    }
  });

  it("cover every column (R1, R2), every row (R3) and every table-四 group (R4)", () => {
    const eqs = equations(FORMAT_2021);
    expect(eqs.filter((e) => e.rule === "R1")).toHaveLength(7);
    expect(eqs.filter((e) => e.rule === "R2")).toHaveLength(7);
    expect(eqs.filter((e) => e.rule === "R3")).toHaveLength(25);
    expect(eqs.filter((e) => e.rule === "R4")).toHaveLength(3);
    expect(equations(FORMAT_2019).filter((e) => e.rule === "R3")).toHaveLength(23);
  });

  it("pass the sample report's printed tables", () => {
    expect(balanceFindings(sampleReport())).toEqual([]);
  });

  it("pass any balanced table (property)", () => {
    fc.assert(fc.property(balancedReport(), (r) => balanceFindings(r).length === 0));
  });

  it("catch every single-cell change to a balanced table 三 or 四 (property, every cell)", () => {
    fc.assert(
      fc.property(balancedReport(), fc.integer({ min: 1, max: 9 }), fc.boolean(), (r, delta, down) => {
        for (const key of [...T3_KEYS_2021, ...T4_KEYS_2021]) {
          const before = r.cells[key];
          if (before.kind !== "number") return false;
          const changed = down && before.value >= delta ? before.value - delta : before.value + delta;
          r.cells[key] = num(changed);
          const caught = balanceFindings(r).some((f) => f.cells.some((c) => c.key === key));
          r.cells[key] = before;
          if (!caught) return false;
        }
        return true;
      }),
      { numRuns: 30 },
    );
  });

  it("report R1 with both sides and the difference", () => {
    const r = sampleReport();
    r.cells["t3.new.natural"] = num(58);
    r.cells["t3.new.total"] = num(58);
    const r1 = checkReport(r).filter((f) => f.rule === "R1");
    expect(r1).toHaveLength(2);
    expect(r1[0]).toMatchObject({ severity: "error", left: 58, right: 57, difference: 1 });
    expect(r1[0].cells.map((c) => c.key)).toEqual(["t3.new.natural", "t3.carriedIn.natural", "t3.total.natural", "t3.carriedOut.natural"]);
  });

  it("still evaluate a sum with a blank in it, saying blanks were counted as 0", () => {
    const r = sampleReport();
    r.cells["t3.granted.natural"] = { kind: "blank" };
    const r2 = checkReport(r).find((f) => f.rule === "R2" && f.msg.params.column === "自然人");
    expect(r2).toMatchObject({ left: 56, right: 31, difference: 25 });
    expect(r2?.msg.notes).toContain("sum.blanksAsZero");
    expect(checkReport(r).some((f) => f.rule === "R5" && f.cells[0].key === "t3.granted.natural")).toBe(true);
  });

  it("say a sum cannot be evaluated when a cell is unreadable text (not a pass, not a fail)", () => {
    const r = sampleReport();
    r.cells["t4.review.upheld"] = { kind: "text", raw: "见附件", why: "notNumber" };
    const r4 = checkReport(r).filter((f) => f.rule === "R4");
    expect(r4).toEqual([expect.objectContaining({ severity: "info", unevaluable: true })]);
  });

  it("use the number readable text probably means", () => {
    const r = sampleReport();
    r.cells["t3.granted.natural"] = { kind: "text", raw: "25件", guess: 25, why: "unit" };
    const findings = checkReport(r);
    expect(findings.filter((f) => ["R1", "R2", "R3"].includes(f.rule))).toEqual([]);
    expect(findings.find((f) => f.rule === "R5")).toMatchObject({ right: 25, msg: { id: "R5.textGuess" } });
  });
});
