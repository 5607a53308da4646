// The demo's workbook holds the sample report as the importer read it: every figure and the title,
// in the cells the plan gives them, and the in-memory host checks it like any report.
import { SAMPLE_REPORT_TEXT } from "../../src/demo/sample-report";
import { sampleWorkbook } from "../../src/demo/sample-workbook";
import { importReport } from "../../src/import";
import { memoryHost } from "../../src/memory-host/host";

test("every figure the importer read from the sample is in the workbook, and reads back the same", async () => {
  const imported = importReport(SAMPLE_REPORT_TEXT).report;
  const wb = sampleWorkbook();
  const host = memoryHost(wb, "zh-CN");
  const back = await host.readReport();
  expect(back.year).toBe(2024);
  expect(back.agency).toBe(imported.agency);
  const figures = Object.entries(imported.cells).filter(([, v]) => v.kind === "number");
  expect(figures.length).toBeGreaterThan(50);
  for (const [key, v] of figures) expect([key, back.cells[key as keyof typeof back.cells]]).toEqual([key, v]);
});

test("the sample checks without errors until a figure is typed wrong", async () => {
  const wb = sampleWorkbook();
  const host = memoryHost(wb, "zh-CN");
  expect((await host.check()).result.counts.errors).toBe(0);
  const at = (await host.readReport()).refs!["t3.new.natural"];
  expect(wb.type(at.sheet, at.address, "50")).toBe(true);
  const c = await host.check();
  expect(c.result.findings.some((f) => f.rule === "R1" && f.severity === "error")).toBe(true);
  expect(c.report.cells["t3.new.total"]).toEqual({ kind: "number", value: 50 }); // the SUM, computed in memory
});

test("生成模板 in the demo keeps the sample: no conflicts, the same figures after the relayout", async () => {
  const wb = sampleWorkbook();
  const host = memoryHost(wb, "zh-CN");
  const before = await host.readReport();
  const r = await host.layout({ defaultYear: 2024 });
  expect(r).toMatchObject({ written: true, conflicts: [] });
  expect((await host.readReport()).cells).toEqual(before.cells);
});
