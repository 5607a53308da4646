// A cell the reader could not find is unread, not blank: no R5 "write 0", no balance failed by the
// missing figure — the rules that need it say they cannot be checked.
import { UNREAD } from "../../src/model/cell";
import type { CellValue } from "../../src/model/cell";
import { checkReport } from "../../src/check/engine";
import { renderFinding } from "../../src/rules/render";
import { sampleReport, T3_KEYS_2021 } from "../support/reports";

const zh = (f: Parameters<typeof renderFinding>[0]) => renderFinding(f, "2021", "zh-CN");
const rowKeys = (row: string) => T3_KEYS_2021.filter((k) => k.startsWith(`t3.${row}.`));

describe("unread cells", () => {
  it("are not R5 blanks and fail no balance: the checks that need them are info, once per rule", () => {
    const r = sampleReport();
    for (const k of rowKeys("withheld2")) r.cells[k] = UNREAD;
    const findings = checkReport(r);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.rule === "R5")).toEqual([]);
    const infos = findings.filter((f) => f.severity === "info" && f.unevaluable);
    // R2 for each of the 7 columns is one finding; R3 for the row is another.
    expect(infos.map((f) => `${f.rule}:${f.msg.id}`).sort()).toEqual(["R2:rule.unevaluableUnreadMany", "R3:rule.unevaluableUnread"]);
    const r2 = infos.find((f) => f.rule === "R2");
    expect(r2?.cells).toHaveLength(7);
    expect(r2 && zh(r2)).toContain("没有从原文读出");
  });

  it("that the source printed as one figure (the old single （六） row) let （七）总计 be checked", () => {
    const r = sampleReport();
    const subRows = ["other1", "other2", "other3"];
    for (const col of ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"]) {
      const group = subRows.map((row) => `t3.${row}.${col}`);
      const sum = group.reduce((s, k) => s + ((r.cells[k] as { value?: number }).value ?? 0), 0);
      const shared: CellValue = { kind: "unread", share: { keys: group, sum } };
      for (const k of group) r.cells[k] = shared;
    }
    expect(checkReport(r).filter((f) => ["R1", "R2", "R3", "R4", "R5"].includes(f.rule))).toEqual([]);
    // A wrong combined figure is an R2 error like any other.
    const natural = r.cells["t3.other1.natural"];
    if (natural.kind !== "unread" || !natural.share) throw new Error("expected a shared cell");
    const wrong: CellValue = { kind: "unread", share: { keys: natural.share.keys, sum: natural.share.sum + 5 } };
    for (const k of natural.share.keys) r.cells[k] = wrong;
    const r2 = checkReport(r).filter((f) => f.rule === "R2");
    expect(r2).toMatchObject([{ severity: "error", difference: -5 }]);
  });
});

describe("R5 on a column left blank from top to bottom", () => {
  it("is one finding naming the column, not one per cell", () => {
    const r = sampleReport();
    for (const k of T3_KEYS_2021.filter((k) => k.endsWith(".business") || k.endsWith(".research"))) r.cells[k] = { kind: "blank" };
    const r5 = checkReport(r).filter((f) => f.rule === "R5");
    expect(r5.map((f) => f.msg.id)).toEqual(["R5.columnBlank", "R5.columnBlank"]);
    expect(zh(r5[0])).toBe("表三「商业企业」列从上到下全部为空：没有发生请填写 0。");
    expect(r5[0].cells).toHaveLength(25);
  });
});

describe("the cross-year rules with an unread figure", () => {
  it("R6 says it cannot compare, once, instead of staying silent", () => {
    const r = sampleReport();
    r.cells["t3.carriedIn.natural"] = UNREAD;
    r.cells["t3.carriedIn.total"] = UNREAD;
    const prior = { year: 2023, cells: { "t3.carriedOut.natural": { kind: "number", value: 0 }, "t3.carriedOut.total": { kind: "number", value: 0 } } as Record<string, CellValue> };
    const r6 = checkReport(r, { prior }).filter((f) => f.rule === "R6");
    expect(r6).toMatchObject([{ severity: "info", unevaluable: true, msg: { id: "rule.unevaluableUnreadMany", params: { count: 2 } } }]);
    expect(zh(r6[0])).toContain("上年结转与上年报告的比对");
  });
});
