// Every host step works on Office 2019 volume-licensed (ExcelApi 1.7: no data validation, no page
// layout) and on Microsoft 365, on the strict fake, which fails a batch with ApiNotFound whenever a
// member above the host's requirement set is touched (tests/fake-excel/requirements.ts).
import { buildCheckResult } from "../../src/check/run-check";
import { CHECK_FILLS } from "../../src/check/highlight-plan";
import { saveExplanations } from "../../src/excel/explanations";
import { writeHighlights } from "../../src/excel/highlights";
import { writePriorFigures } from "../../src/excel/prior";
import { readReport } from "../../src/excel/read-report";
import { explain } from "../../src/explain/explanations";
import { parseCell } from "../../src/layout/a1";
import { SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { host, refOf, typeKey } from "./helpers";

describe.each(["office2019-vl", "m365"] as const)("on %s", (profile) => {
  it("lays out, reads, checks, highlights, saves an explanation, imports last year and selects a cell", async () => {
    const h = host(undefined, profile);
    const laid = await h.apply({ format: "2021", year: 2024, agency: "某区教育局" });
    expect(laid.written).toBe(true);
    expect(laid.validation).toBe(profile === "m365" ? "applied" : "skipped");
    expect(laid.print).toBe(profile === "m365" ? "applied" : "skipped");
    const t3 = h.fx.model.sheetOrThrow(SHEET.t3);
    // Without data validation the conditional formats still flag a wrong figure in the sheet.
    expect(t3.validations.length > 0).toBe(profile === "m365");
    expect(t3.conditionalFormats.length).toBeGreaterThan(10);

    const { report } = await h.read();
    for (const s of planLayout("2021").sheets) for (const c of s.cells) if (c.role === "input" && c.key) typeKey(h, report, c.key, 0);
    typeKey(h, report, "t3.new.natural", 5);
    const ctx = h.fx.newContext();
    const read = await readReport(asExcel(ctx), { forHighlights: true });
    const result = buildCheckResult(read, "zh-CN");
    const hl = await writeHighlights(asExcel(ctx), result.findings, read.highlightState);
    expect(hl.written).toBe(true);
    const cell = refOf(report, "t3.new.natural");
    const p = parseCell(cell.address);
    expect(h.fx.model.cell(t3, p.row - 1, p.col - 1).style.fill).toBe(CHECK_FILLS.error);

    const priorSheet = planLayout("2021").sheets.find((s) => s.role === "prior")!;
    const prior = priorSheet.cells.find((c) => c.key === "t3.carriedOut.natural")!;
    typeInto(h.fx.model, prior.address, [[2]], SHEET.prior);
    const again = await readReport(asExcel(h.fx.newContext()), { forHighlights: true });
    const r6 = buildCheckResult(again, "zh-CN").findings.find((f) => f.rule === "R6")!;
    await saveExplanations(asExcel(h.fx.newContext()), [explain(r6, again.report, "上年结转的 2 件已由上级机关统一办理。")]);
    expect((await h.read()).explanations).toHaveLength(1);

    await writePriorFigures(asExcel(h.fx.newContext()), { year: 2023, cells: { "t3.carriedOut.natural": { kind: "nodata", raw: "-" } } });
    expect((await h.read()).prior?.cells["t3.carriedOut.natural"]).toEqual({ kind: "nodata", raw: "-" });
    expect(await h.select([cell])).toBe(1);

    const relaid = await h.apply();
    expect(relaid.written).toBe(true);
  });
});
