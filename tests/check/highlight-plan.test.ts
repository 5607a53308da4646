import { CHECK_FILLS, cellId, marksFromRows, marksToRows, planHighlights } from "../../src/check/highlight-plan";
import type { HighlightMark } from "../../src/check/highlight-plan";
import type { ExplainedFinding } from "../../src/explain/explanations";

const T3 = "表三 依申请公开";
const INPUT = "#FFF9D6";
const finding = (rule: "R1" | "R6", severity: ExplainedFinding["severity"], addresses: string[], extra: Partial<ExplainedFinding> = {}): ExplainedFinding => ({
  rule,
  severity,
  cells: addresses.map((address) => ({ sheet: T3, address, key: `t3.${address}` })),
  left: 1,
  right: 2,
  difference: -1,
  msg: { id: "rule.R1.column", params: { column: "natural", left: 1, right: 2, difference: -1 } },
  ...extra,
});
const fills = (entries: [string, string | null][]) => new Map(entries.map(([a, f]) => [cellId(T3, a), f]));

describe("planHighlights", () => {
  it("paints errors and open warnings in their colours; explained warnings and notes not at all", () => {
    const p = planHighlights(
      [
        finding("R1", "error", ["D5", "D6"]),
        finding("R6", "warning", ["E6"]),
        finding("R6", "warning", ["F6"], { explanation: { text: "已核实", at: "2025-01-10" } }),
        finding("R1", "info", ["G6"]),
      ],
      fills([["D5", INPUT], ["D6", INPUT], ["E6", INPUT], ["F6", INPUT], ["G6", INPUT]]),
      [],
    );
    expect(p.paint.map((c) => [c.address, c.fill])).toEqual([
      ["D5", CHECK_FILLS.error],
      ["D6", CHECK_FILLS.error],
      ["E6", CHECK_FILLS.warning],
    ]);
    expect(p.marks.every((m) => m.original === INPUT)).toBe(true);
  });

  it("a cell in an error and a warning is painted as an error", () => {
    const p = planHighlights([finding("R6", "warning", ["D6"]), finding("R1", "error", ["D6"])], fills([["D6", INPUT]]), []);
    expect(p.paint).toHaveLength(1);
    expect(p.paint[0]).toMatchObject({ kind: "error", fill: CHECK_FILLS.error });
  });

  it("undoes its own earlier paint, leaves a recoloured cell alone, and repaints from the true original", () => {
    const previous: HighlightMark[] = [
      { sheet: T3, address: "D5", key: "k", kind: "error", original: "#00FF00", fill: CHECK_FILLS.error },
      { sheet: T3, address: "D6", key: "k", kind: "error", original: INPUT, fill: CHECK_FILLS.error },
      { sheet: T3, address: "D7", key: "k", kind: "error", original: INPUT, fill: CHECK_FILLS.error },
    ];
    const now = fills([["D5", CHECK_FILLS.error.toLowerCase()], ["D6", "#0070C0"], ["D7", CHECK_FILLS.error]]);
    const p = planHighlights([finding("R1", "error", ["D7"])], now, previous);
    expect(p.restore).toEqual([{ sheet: T3, address: "D5", key: "k", fill: "#00FF00" }]);
    expect(p.leftAlone.map((m) => m.address)).toEqual(["D6"]);
    // D7 is painted again: its record keeps the fill from before the first highlight.
    expect(p.marks).toEqual([{ sheet: T3, address: "D7", key: "t3.D7", kind: "error", original: INPUT, fill: CHECK_FILLS.error }]);
  });

  it("never paints a cell whose fill was not read (nothing to restore it to)", () => {
    const p = planHighlights([finding("R1", "error", ["D5", "Z99"])], fills([["D5", null]]), []);
    expect(p.paint.map((c) => c.address)).toEqual(["D5"]);
    expect(p.skipped).toBe(1);
    expect(p.marks[0].original).toBeNull();
  });
});

test("the record round-trips through rows, damaged rows forgotten", () => {
  const marks: HighlightMark[] = [
    { sheet: T3, address: "D5", key: "t3.new.natural", kind: "error", original: null, fill: CHECK_FILLS.error },
    { sheet: T3, address: "D6", key: "t3.carriedIn.natural", kind: "warning", original: INPUT, fill: CHECK_FILLS.warning },
  ];
  expect(marksFromRows([...marksToRows(marks), ["", "", "", "", "", ""], [T3, "D7", "k", "odd", "", "#FFFFFF"]])).toEqual(marks);
});
