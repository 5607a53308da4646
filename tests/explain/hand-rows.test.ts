// Rows of the 说明 sheet written by hand (no record of the tool's): read through the sheet's defined
// name as a host reads it, matched to their warning by rule (code, id or name) and cell (A1 with or
// without sheet), explained while the figures they record still stand, stale once those change; a row
// that explains nothing says so, naming its row.
import { buildCheckResult } from "../../src/check/run-check";
import { explain, upsertExplanation } from "../../src/explain/explanations";
import { explainGrid, explanationsFromSheet } from "../../src/layout/explain-sheet";
import { NAME } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { readBack } from "../../src/layout/readback";
import type { RangeRead } from "../../src/layout/read-types";
import { num } from "../../src/model/cell";
import { sampleReport } from "../support/reports";
import { workbookReadOf } from "../layout/workbook-read";

/** The sample with its text saying 予以公开 24 件 against the table's 25: an R8 warning at 表三 J7. */
function report() {
  const r = sampleReport();
  r.narrative = Object.fromEntries(Object.entries(r.narrative).map(([k, v]) => [k, v?.replace("予以公开25件", "予以公开24件")]));
  return r;
}

/** A workbook of `r` whose 说明 table holds `rows` (rule, cell, text, figures …) from its first row. */
function checked(r: ReturnType<typeof report>, rows: string[][]) {
  const read = workbookReadOf(planLayout("2021", { year: 2024 }), r);
  const table = read.names[NAME.explanations] as RangeRead;
  rows.forEach((row, i) => row.forEach((v, j) => (table.values[1 + i][j] = v)));
  const back = readBack(read);
  return { back, result: buildCheckResult({ report: back.report, findings: back.findings, explanations: back.explanations }, "zh-CN") };
}

const r8 = (res: ReturnType<typeof checked>["result"]) => res.findings.find((f) => f.msg.id === "narrative.R8.mismatch")!;
const rowProblems = (res: ReturnType<typeof checked>["result"]) =>
  res.findings.map((f, i) => [f.msg.id, res.messages[i]] as const).filter(([id]) => id.startsWith("explain.row."));

describe("a hand-written row of the 说明 sheet", () => {
  it("without it, the sample with 24 against 25 has exactly one warning (R8 at 表三 J7)", () => {
    const { result } = checked(report(), []);
    expect(result.counts).toMatchObject({ errors: 0, warnings: 1, explained: 0 });
    expect(r8(result).cells).toEqual([expect.objectContaining({ sheet: "表三 依申请公开", address: "J7" })]);
  });

  it.each([
    ["R8", "表三!J7", "25"],
    ["narrative.R8.mismatch", "J7", "J7=25"],
    ["正文与表格一致", "表三 依申请公开!J7", " 25 "],
    ["r8 正文与表格一致", "$J$7", "表三!J7=25"],
  ])("explains the warning while its figure stands (rule %s, cell %s, figures %s)", (rule, cell, figures) => {
    const { result } = checked(report(), [[rule, cell, "正文按申请人口径统计", figures]]);
    expect(result.counts).toMatchObject({ warnings: 0, explained: 1 });
    expect(result.status).toBe("ok");
    expect(r8(result).explanation).toEqual({ text: "正文按申请人口径统计", at: "" });
    expect(rowProblems(result)).toEqual([]);
  });

  it("is stale once the figure changes: the warning is back, the text shown as out of date", () => {
    const r = report();
    // J7 is a SUM over the row: one more 自然人 makes it 26 (and unbalances the table, errors beside the point here).
    const natural = r.cells["t3.granted.natural"] as { value: number };
    r.cells["t3.granted.natural"] = num(natural.value + 1);
    r.cells["t3.granted.total"] = num(26);
    const { result } = checked(r, [["R8", "表三!J7", "正文按申请人口径统计", "25"]]);
    const w = r8(result);
    expect(w.msg.params).toMatchObject({ table: 26 });
    expect(w.explanation).toBeUndefined();
    expect(rowProblems(result)).toEqual([]);
    expect(w.staleExplanation).toBe("正文按申请人口径统计");
    expect(result.counts.explained).toBe(0);
  });

  it("without recorded figures explains nothing and says which figures to write, naming its row", () => {
    const { result } = checked(report(), [["R8", "J7", "正文按申请人口径统计", ""]]);
    expect(result.counts).toMatchObject({ warnings: 1, explained: 0 });
    expect(r8(result).explanation).toBeUndefined();
    expect(rowProblems(result)).toEqual([["explain.row.unpinned", expect.stringContaining("第 3 行")]]);
    expect(rowProblems(result)[0][1]).toContain("J7=25");
  });

  it.each([
    [["R99", "J7", "x", "25"], "explain.row.ruleUnknown"],
    [["R8", "K9", "x", "25"], "explain.row.unmatched"],
    [["R6", "J7", "x", "25"], "explain.row.unmatched"],
    [["R8", "J7", "", "25"], "explain.row.noText"],
  ])("that cannot be matched (%j) is never ignored silently", (row, id) => {
    const { result } = checked(report(), [row]);
    expect(result.counts).toMatchObject({ warnings: 1, explained: 0 });
    expect(rowProblems(result)).toEqual([[id, expect.stringContaining("“说明”表第 3 行")]]);
    expect(result.findings.find((f) => f.msg.id === id)?.severity).toBe("info");
  });

  it("matching several warnings explains none and lists them", () => {
    const r = report();
    const natural = r.cells["t3.granted.natural"] as { value: number };
    r.cells["t3.granted.natural"] = num(natural.value + 1);
    r.cells["t3.granted.total"] = num(26);
    const { result } = checked(r, [["R8", "", "正文口径不同", ""]]);
    expect(result.findings.filter((f) => f.rule === "R8" && f.severity === "warning").length).toBeGreaterThan(1);
    expect(result.counts.explained).toBe(0);
    const [[id, message]] = rowProblems(result);
    expect(id).toBe("explain.row.ambiguous");
    expect(message).toContain("narrative.R8.mismatch J7");
  });

  it("naming an error explains nothing and says errors cannot be explained", () => {
    const r = report();
    r.cells["t4.review.total"] = num(99);
    const { result } = checked(r, [["R4", "表四!E6", "x", "99"]]);
    const errorCell = result.findings.find((f) => f.rule === "R4")!.cells[0];
    const again = checked(r, [["R4", `${errorCell.sheet}!${errorCell.address}`, "x", "99"]]).result;
    expect(rowProblems(again).map(([id]) => id)).toEqual(["explain.row.notWarning"]);
    expect(again.counts.errors).toBeGreaterThan(0);
  });

  it("a second row for the same warning is reported, the first one counts", () => {
    const { result } = checked(report(), [
      ["R8", "J7", "甲", "25"],
      ["R8", "表三!J7", "乙", "25"],
    ]);
    expect(r8(result).explanation?.text).toBe("甲");
    expect(rowProblems(result)).toEqual([["explain.row.duplicate", expect.stringContaining("第 4 行")]]);
  });

  it("is kept as written when the pane records another explanation, and replaced when it records the same warning", () => {
    const { back, result } = checked(report(), [
      ["R8", "J7", "手写的说明", "25"],
      ["R6", "C9", "对不上的行", ""],
    ]);
    const w = r8(result);
    const list = upsertExplanation(back.explanations, explain(w, back.report, "窗格中的说明"), w);
    expect(list.map((e) => e.text)).toEqual(["对不上的行", "窗格中的说明"]);
    // Written back and read again: the hand row verbatim, the recorded one with its record.
    const grid = explainGrid(list);
    expect(grid[0]).toEqual(["R6", "C9", "对不上的行", "", "", ""]);
    expect(grid[1].slice(0, 4)).toEqual(["R8 正文与表格一致", "J7", "窗格中的说明", "J7=25"]);
    const again = explanationsFromSheet({ sheet: "说明", address: "A2:F302", values: [[], ...grid] });
    expect(again[1]).toMatchObject({ rule: "R8", cells: ["t3.granted.total"], text: "窗格中的说明", row: 4 });
    expect(again[0]).toMatchObject({ hand: { rule: "R6", cell: "C9", figures: "" }, row: 3 });
  });
});
