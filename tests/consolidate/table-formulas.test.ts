// The pane's 汇总 writes the consolidated plan's formulas into a laid-out workbook: every table cell the
// plan sums over 明细 — totals as well as inputs — so no total is left as the template's SUM over the
// table, which would add the parts that gave a figure and skip the one that could not (a partial sum).
import { consolidatedPlan, partOf, tableFormulas } from "../../src/consolidate";
import { getFormat } from "../../src/format";
import type { CellKey, FormatId } from "../../src/format";
import { planLayout } from "../../src/layout/plan";
import type { CellRef } from "../../src/model/report";
import { UNKNOWN } from "../../src/model/cell";
import { equations } from "../../src/rules/equations";
import { scaledSample } from "./parts";

/** Where the template puts each keyed cell, as the pane's read reports it. */
function refsOf(format: FormatId): Record<CellKey, CellRef> {
  const refs: Record<CellKey, CellRef> = {};
  for (const s of planLayout(format, { year: 2024, agency: "某区" }).sheets) for (const c of s.cells) if (c.key && c.role !== "prior") refs[c.key] = { sheet: s.name, address: c.address };
  return refs;
}

describe("the formulas the pane's 汇总 writes", () => {
  const gap = scaledSample(2, "乙局");
  gap.cells["t3.granted.natural"] = UNKNOWN;
  const parts = [partOf(scaledSample(1, "甲局"), [], "甲.xlsx"), partOf(gap, [], "乙.xlsx")];

  it.each(["2021", "2019"] as const)("cover every total of the %s tables, each over its own 明细 column, none over the table", (format) => {
    const plan = consolidatedPlan(format, format === "2021" ? parts : [], { year: 2024, agency: "某区人民政府" });
    const written = tableFormulas(plan, refsOf(format));
    const byKey = new Map(written.map((w) => [w.key, w]));
    const totals = [...new Set(equations(getFormat(format)).flatMap((e) => (e.total ? [e.total] : [])))].filter((k) => refsOf(format)[k]);
    expect(totals.length).toBeGreaterThan(10);
    for (const key of totals) {
      const w = byKey.get(key);
      expect([key, w?.role]).toEqual([key, "total"]);
      // Unknown-aware: a figure only when every part's cell is one; else 未知.
      expect(w?.formula).toMatch(/^=IF\(COUNT\('?明细'?!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?\)=ROWS\(/);
    }
    for (const w of written) expect(w.formula).not.toMatch(/^=SUM\(/);
  });

  it("at the workbook's own places: a moved table's cells are written where the refs say", () => {
    const plan = consolidatedPlan("2021", parts, { year: 2024, agency: "某区人民政府" });
    const refs = refsOf("2021");
    const total = equations(getFormat("2021")).find((e) => e.right.includes("t3.granted.natural" as CellKey))?.total as CellKey;
    refs[total] = { sheet: "别处", address: "Z99" };
    const moved = tableFormulas(plan, refs).find((w) => w.key === total);
    expect(moved).toMatchObject({ sheet: "别处", address: "Z99", role: "total" });
  });
});
