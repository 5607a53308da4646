// R12 in the Office host: the one-sync read also loads a consolidated workbook's 明细 region (through
// a null-object name, so a workbook without one reads as before), report.parts is set, and a table
// figure typed over its SUM is an error at that cell — on the strict fake, syncs counted.
import { partOf } from "../../src/consolidate";
import { checkWorkbook } from "../../src/excel/check-workbook";
import { applyLayout } from "../../src/excel/apply-plan";
import { readReport } from "../../src/excel/read-report";
import { writeParts } from "../../src/excel/write-parts";
import { createFakeExcel } from "../fake-excel";
import type { FakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { scaledSample } from "../consolidate/parts";

async function consolidated(): Promise<FakeExcel> {
  const fx = createFakeExcel({ apiVersion: "1.8" });
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  await applyLayout(asExcel(fx.newContext()), { format: "2021", year: 2024, agency: "某区人民政府", supports });
  const parts = [partOf(scaledSample(1, "甲局"), [], "甲局.xlsx"), partOf(scaledSample(2, "乙局"), [], "乙局.xlsx")];
  await writeParts(asExcel(fx.newContext()), parts, "zh-CN");
  return fx;
}

describe("reading 明细 in the Office host", () => {
  it("sets report.parts from 明细 in the same single sync, and a summed workbook has no R12 finding", async () => {
    const fx = await consolidated();
    const ctx = fx.newContext();
    const read = await readReport(asExcel(ctx), { forHighlights: true });
    expect(ctx.syncCount).toBe(1);
    expect(read.syncs).toBe(1);
    expect(read.report.parts?.map((p) => p.body)).toEqual(["甲局", "乙局"]);
    const one = read.report.parts?.[0].cells["t3.new.natural"];
    expect(one?.kind).toBe("number");
    expect(read.report.parts?.[1].cells["t3.new.natural"]).toEqual({ kind: "number", value: 2 * (one as { value: number }).value });
    // The tables are the SUM over 明细: three times the one-part figure.
    expect(read.report.cells["t3.new.natural"]).toEqual({ kind: "number", value: 3 * (one as { value: number }).value });
    const { result } = await checkWorkbook(asExcel(fx.newContext()), "zh-CN");
    expect(result.findings.filter((f) => f.rule === "R12")).toEqual([]);

    // 汇总 again over the existing 明细: 甲局 replaced by name, and the one-sync read sees it.
    await writeParts(asExcel(fx.newContext()), [partOf(scaledSample(3, "甲局"), [], "甲局-修订.xlsx")], "zh-CN");
    const after = await readReport(asExcel(fx.newContext()));
    expect(after.report.parts?.map((p) => [p.body, p.file])).toEqual([["甲局", "甲局-修订.xlsx"], ["乙局", "乙局.xlsx"]]);
  });

  it("a table figure typed over its SUM is an R12 error at that cell", async () => {
    const fx = await consolidated();
    const { report } = await readReport(asExcel(fx.newContext()));
    const ref = report.refs!["t3.granted.natural"];
    const sum = (report.cells["t3.granted.natural"] as { value: number }).value;
    typeInto(fx.model, ref.address, [[sum + 7]], ref.sheet);
    const { result } = await checkWorkbook(asExcel(fx.newContext()), "zh-CN");
    const r12 = result.findings.filter((f) => f.rule === "R12");
    expect(r12).toHaveLength(1);
    expect(r12[0]).toMatchObject({ severity: "error", left: sum + 7, right: sum, difference: 7 });
    expect(r12[0].cells[0]).toMatchObject({ key: "t3.granted.natural", sheet: ref.sheet, address: ref.address });
  });

  it("a workbook without 明细 reads in one sync and has no parts", async () => {
    const fx = createFakeExcel({ apiVersion: "1.8" });
    const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
    await applyLayout(asExcel(fx.newContext()), { format: "2021", year: 2024, supports });
    const ctx = fx.newContext();
    const read = await readReport(asExcel(ctx));
    expect(ctx.syncCount).toBe(1);
    expect(read.report.parts).toBeUndefined();
  });
});
