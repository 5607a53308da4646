// #17 defect 3: 生成模板 after 汇总 used to turn the tables' SUMs over 明细 into plain numbers (the
// relayout refilled input cells with their values), silently; every later edit of 明细 then showed
// up as R12 "typed over". Now the formulas stay, and the result says how many were kept.
import { partOf } from "../../src/consolidate";
import { checkWorkbook } from "../../src/excel/check-workbook";
import { writeParts } from "../../src/excel/write-parts";
import { parseCell } from "../../src/layout/a1";
import { asExcel } from "../fake-excel/adapter";
import { scaledSample } from "../consolidate/parts";
import { host, refOf } from "./helpers";

test("a relayout after 汇总 keeps every SUM over 明细, says how many, and R12 finds nothing typed over", async () => {
  const h = host("1.8");
  const supports = (v: string) => h.fx.office.context.requirements.isSetSupported("ExcelApi", v);
  await h.apply({ format: "2021", year: 2024, agency: "某区人民政府" });
  await writeParts(asExcel(h.fx.newContext()), [partOf(scaledSample(1, "甲局"), [], "甲局.xlsx"), partOf(scaledSample(2, "乙局"), [], "乙局.xlsx")], "zh-CN", supports);
  const before = await h.read();
  const ref = refOf(before.report, "t3.new.natural");
  const at = parseCell(ref.address);
  const cell = () => h.fx.model.peek(h.fx.model.sheetOrThrow(ref.sheet), at.row - 1, at.col - 1);
  const formula = cell()?.formula;
  expect(formula).toMatch(/明细/);

  const again = await h.apply();
  expect(again.written).toBe(true);
  expect(cell()?.formula).toBe(formula);
  expect(again.keptFormulas).toBeGreaterThan(20);

  const { result } = await checkWorkbook(asExcel(h.fx.newContext()), "zh-CN");
  expect(result.findings.filter((f) => f.rule === "R12")).toEqual([]);
});

test("a formula the clerk put into an input cell is kept too; plain figures stay figures", async () => {
  const h = host("1.8");
  await h.apply({ format: "2021", year: 2024 });
  const baseline = (await h.apply()).keptFormulas; // formulas the plan itself puts into input cells, if any
  const { report } = await h.read();
  const ref = refOf(report, "t3.granted.natural");
  const plain = refOf(report, "t3.new.natural");
  const { typeInto } = await import("../fake-excel/structure");
  typeInto(h.fx.model, ref.address, [["=2+3"]], ref.sheet);
  typeInto(h.fx.model, plain.address, [[9]], plain.sheet);
  const again = await h.apply();
  expect(again.keptFormulas).toBe(baseline + 1);
  const sheet = h.fx.model.sheetOrThrow(ref.sheet);
  const a = parseCell(ref.address);
  const b = parseCell(plain.address);
  expect(h.fx.model.peek(sheet, a.row - 1, a.col - 1)?.formula).toBe("=2+3");
  expect(h.fx.model.peek(sheet, b.row - 1, b.col - 1)?.formula).toBeUndefined();
});
