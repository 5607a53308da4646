import { CONSOLIDATED_SUM_RULE, consolidate, consolidatedPlan, mergeParts, partKeys, partOf, partsFromValues, sumCell } from "../../src/consolidate";
import { getFormat } from "../../src/format";
import { colLetters, parseCell } from "../../src/layout/a1";
import type { PartFigures } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { sampleReport } from "../support/reports";
import { scaledSample } from "./parts";

const num = (value: number) => ({ kind: "number" as const, value });
const part = (k: number, body: string): PartFigures => partOf(scaledSample(k, body), [], `${body}.xlsx`);

describe("adding parts", () => {
  it("adds every figure of the parts, totals included, and the sum balances", () => {
    const { report, gaps } = consolidate("2021", [part(1, "甲局"), part(2, "乙局")], 2024, "某区人民政府");
    expect(gaps).toEqual([]);
    expect(report.cells["t3.new.total"]).toEqual(num(57 * 3));
    expect(report.cells["t3.granted.natural"]).toEqual(num(25 * 3));
    expect(report.cells["t2.license.decisions"]).toEqual(num(603 * 3));
    expect(report.cells["t3.total.total"]).toEqual(num(56 * 3));
    expect(report.parts?.map((p) => p.body)).toEqual(["甲局", "乙局"]);
    const errors = checkReport(report).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("keeps 万元 amounts exact", () => {
    expect(sumCell([num(0.1), num(0.2)])).toEqual(num(0.3));
  });

  // Issue 18 / DESIGN §5: a cell any part could not provide (blank beside figures, text, unread) makes
  // the consolidated cell unknown — which the rules do not evaluate — never a sum of the others.
  it("never gives a partial sum: a cell a part could not provide is unknown, and says which", () => {
    const a = part(1, "甲局");
    const b = part(1, "乙局");
    b.cells["t3.granted.natural"] = { kind: "blank" };
    b.cells["t3.partial.natural"] = { kind: "text", raw: "6件", guess: 6, why: "unit" };
    const { report, gaps } = consolidate("2021", [a, b], 2024, "某区");
    expect(report.cells["t3.granted.natural"]).toEqual({ kind: "unread", unknown: true });
    expect(report.cells["t3.partial.natural"]).toEqual({ kind: "unread", unknown: true });
    // The parts' printed totals are still figures: each part's own, summed.
    expect(report.cells["t3.granted.total"]).toEqual(num(2 * 25));
    expect(gaps).toEqual([
      { key: "t3.granted.natural", bodies: ["乙局"] },
      { key: "t3.partial.natural", bodies: ["乙局"] },
    ]);
    const findings = checkReport(report);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.some((f) => f.msg.id === "rule.unevaluableUnknown")).toBe(true);
  });

  it("a cell every part left blank stays blank", () => {
    const a = part(1, "甲局");
    const b = part(1, "乙局");
    a.cells["t2.fees.amount"] = { kind: "blank" };
    b.cells["t2.fees.amount"] = { kind: "blank" };
    expect(consolidate("2021", [a, b], 2024, "某区").report.cells["t2.fees.amount"]).toEqual({ kind: "blank" });
  });

  it("names a part by its agency, else by its file, with its check's status", () => {
    const r = sampleReport();
    r.agency = null;
    const p = partOf(r, [{ rule: "R1", severity: "error", cells: [], msg: { id: "x", params: {} } }], "/data/2024/东街道.xlsx");
    expect(p).toMatchObject({ body: "东街道", file: "东街道.xlsx", year: 2024, status: "errors" });
    expect(Object.keys(p.cells)).toEqual(partKeys(getFormat("2021")));
  });

  it("adds new bodies and replaces a body of the same name where it stood", () => {
    const merged = mergeParts([part(1, "甲局"), part(1, "乙局")], [part(3, "乙局"), part(1, "丙局")]);
    expect(merged.map((p) => [p.body, p.cells["t3.new.natural"]])).toEqual([
      ["甲局", num(57)],
      ["乙局", num(171)],
      ["丙局", num(57)],
    ]);
  });
});

describe("the 明细 sheet", () => {
  const parts = [part(1, "甲局"), part(2, "乙局")];
  const plan = consolidatedPlan("2021", parts, { year: 2024, agency: "某区人民政府" });
  const sheet = plan.sheets.find((s) => s.role === "parts");

  it("comes right after table 四, one row per body with file, year and status, one column per figure", () => {
    expect(plan.sheets.map((s) => s.role).slice(0, 5)).toEqual(["narrative", "t2", "t3", "t4", "parts"]);
    const at = (a: string) => sheet?.cells.find((c) => c.address === a)?.value;
    expect([at("A4"), at("B4"), at("C4"), at("D4")]).toEqual(["甲局", "甲局.xlsx", 2024, "通过"]);
    expect(at("A5")).toBe("乙局");
    expect(at("E3")).toBe("t2.regulations.issued");
    const last = colLetters(4 + partKeys(getFormat("2021")).length);
    expect(plan.names.find((n) => n.name === "XXGK_PARTS")?.range).toBe(`A2:${last}5`);
  });

  it("fills the report's table inputs with formulas over their 明细 column, results stored", () => {
    const t3 = plan.sheets.find((s) => s.role === "t3");
    const granted = t3?.cells.find((c) => c.key === "t3.granted.natural");
    expect(granted?.formula).toMatch(/^=IF\(COUNT\('明细'!\$[A-Z]+\$4:\$[A-Z]+\$5\)=ROWS\(.*SUM\('明细'!\$[A-Z]+\$4:\$[A-Z]+\$5\)/);
    expect(granted?.result).toBe(75);
    const inputs = plan.sheets.flatMap((s) => s.cells).filter((c) => (c.role === "input" || c.role === "total") && c.key);
    expect(inputs.length).toBe(partKeys(getFormat("2021")).length);
    expect(inputs.every((c) => c.formula?.includes("'明细'!"))).toBe(true);
  });

  it("reads back from its values as the parts it was written from", () => {
    const rows = 2 + parts.length;
    const cols = 4 + partKeys(getFormat("2021")).length;
    const values: unknown[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ""));
    for (const c of sheet?.cells ?? []) {
      const { row, col } = parseCell(c.address);
      if (row >= 2) values[row - 2][col - 1] = c.value ?? "";
    }
    expect(partsFromValues(values)).toEqual(parts);
  });
});

describe("R12: a consolidated figure equals the sum of its parts", () => {
  const run = (cells: Record<string, number>, parts = [part(1, "甲局"), part(2, "乙局")]) => {
    const { report } = consolidate("2021", parts, 2024, "某区");
    for (const [k, v] of Object.entries(cells)) report.cells[k] = num(v);
    return CONSOLIDATED_SUM_RULE.run({ report, format: getFormat("2021") });
  };

  it("is silent while every figure is its parts' sum", () => {
    expect(run({})).toEqual([]);
  });

  it("is an error at a figure typed over", () => {
    const found = run({ "t3.granted.natural": 70 });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: "R12", severity: "error", cells: [{ key: "t3.granted.natural" }], left: 70, right: 75, difference: -5 });
  });

  it("is not evaluated where a part cannot supply the figure", () => {
    const b = part(2, "乙局");
    b.cells["t3.granted.natural"] = { kind: "text", raw: "x", why: "notNumber" };
    expect(run({ "t3.granted.natural": 70 }, [part(1, "甲局"), b])).toEqual([]);
  });
});
