// The pane's 汇总 never shows a partial sum: when a part could not provide a cell, every total over it
// in the workbook reads what the CLI's consolidation gives — the sum of the parts' own totals, or 未知
// — never the template's SUM over the table that skips the 未知 input. On the strict fake (protected
// sheets refuse writes to locked cells), with the sheets' protection as it was afterwards.
import { consolidate, partOf } from "../../src/consolidate";
import { applyLayout } from "../../src/excel/apply-plan";
import { readReport } from "../../src/excel/read-report";
import { writeParts } from "../../src/excel/write-parts";
import { getFormat } from "../../src/format";
import type { CellKey } from "../../src/format";
import { UNKNOWN } from "../../src/model/cell";
import { equations } from "../../src/rules/equations";
import { createFakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import { scaledSample } from "../consolidate/parts";

it("totals over a cell some part could not provide are never partial sums", async () => {
  const fx = createFakeExcel({ apiVersion: "1.8" });
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  await applyLayout(asExcel(fx.newContext()), { format: "2021", year: 2024, agency: "某区人民政府", supports });
  const eqs = equations(getFormat("2021")).flatMap((e) => (e.total ? [{ total: e.total, right: e.right }] : []));
  // 乙局: one input unread, its printed total kept. 丙局: one input unread and no total of its own.
  const yi = scaledSample(2, "乙局");
  yi.cells["t3.granted.natural"] = UNKNOWN;
  const bing = scaledSample(3, "丙局");
  bing.cells["t3.partial.natural"] = UNKNOWN;
  for (const e of eqs.filter((x) => x.right.includes("t3.partial.natural" as CellKey))) delete bing.cells[e.total];
  const parts = [partOf(scaledSample(1, "甲局"), [], "甲.xlsx"), partOf(yi, [], "乙.xlsx"), partOf(bing, [], "丙.xlsx")];
  await writeParts(asExcel(fx.newContext()), parts, "zh-CN");

  const { report } = await readReport(asExcel(fx.newContext()));
  const cli = consolidate("2021", parts, 2024, "某区人民政府").report;
  const touched = eqs.filter((e) => e.right.includes("t3.granted.natural" as CellKey) || e.right.includes("t3.partial.natural" as CellKey));
  expect(touched.length).toBeGreaterThan(1);
  // What the clerk sees (and prints) in each total cell: the CLI's figure or 未知, never a partial sum.
  const ctx = asExcel(fx.newContext());
  const shown = touched.map((e) => {
    const ref = report.refs![e.total];
    const r = ctx.workbook.worksheets.getItem(ref.sheet).getRange(ref.address);
    r.load("values");
    return { key: e.total, r };
  });
  await ctx.sync();
  for (const { key, r } of shown) {
    const want = cli.cells[key];
    expect([key, r.values[0][0]]).toEqual([key, want?.kind === "number" ? want.value : "未知"]);
  }
  for (const e of touched) expect([e.total, report.cells[e.total]]).toEqual([e.total, cli.cells[e.total]]);
  expect(report.cells["t3.granted.natural"]).toEqual(UNKNOWN);
  expect(touched.some((e) => cli.cells[e.total]?.kind === "number")).toBe(true); // 乙局's printed total counts
  expect(touched.some((e) => cli.cells[e.total] === UNKNOWN || cli.cells[e.total]?.kind === "unread")).toBe(true);
  // Every table sheet protected again, as the layout left it.
  const sheets = [...new Set(Object.values(report.refs ?? {}).map((r) => r.sheet))];
  for (const name of sheets) expect([name, fx.model.sheet(name)?.protected]).toEqual([name, true]);
});
