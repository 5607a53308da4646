// 校验's highlights on the strict fake (ExcelApi 1.8): failing cells painted (the input prompts left
// as laid out: data validation is locked on a protected sheet, and lifting protection would clear
// the clerk's Undo), the add-in's own paint undone on the next check, the clerk's formatting never lost.
import { CHECK_FILLS } from "../../src/check/highlight-plan";
import { buildCheckResult } from "../../src/check/run-check";
import type { CheckResult } from "../../src/check/run-check";
import { saveExplanations } from "../../src/excel/explanations";
import { clearHighlights, writeHighlights } from "../../src/excel/highlights";
import type { HighlightResult } from "../../src/excel/highlights";
import { readReport } from "../../src/excel/read-report";
import type { ReadReportResult } from "../../src/excel/read-report";
import { explain } from "../../src/explain/explanations";
import { parseCell } from "../../src/layout/a1";
import { NAME, SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { STYLES } from "../../src/layout/styles";
import type { CellRef, ReportData } from "../../src/model/report";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { host, refOf, typeKey } from "./helpers";
import type { Host } from "./helpers";

const COLUMN = ["new", "carriedIn", "total", "carriedOut"].map((r) => `t3.${r}.natural`);

interface Checked {
  read: ReadReportResult;
  result: CheckResult;
  hl: HighlightResult;
  syncs: number;
}

/** The pane's 校验: read (1 sync), the pure check, highlights (1 sync), on one context. */
async function check(h: Host): Promise<Checked> {
  const ctx = h.fx.newContext();
  const read = await readReport(asExcel(ctx), { forHighlights: true });
  const result = buildCheckResult(read, "zh-CN");
  const hl = await writeHighlights(asExcel(ctx), result.findings, read.highlightState);
  expect(ctx.pending).toBe(0);
  return { read, result, hl, syncs: ctx.syncCount };
}

function cellModel(h: Host, ref: CellRef) {
  const s = h.fx.model.sheetOrThrow(ref.sheet);
  const p = parseCell(ref.address);
  return { s, row: p.row - 1, col: p.col - 1, cell: h.fx.model.cell(s, p.row - 1, p.col - 1) };
}
const fillOf = (h: Host, ref: CellRef) => cellModel(h, ref).cell.style.fill ?? null;
/** The clerk's own formatting, done by hand. */
const recolour = (h: Host, ref: CellRef, fill: string) => void (cellModel(h, ref).cell.style.fill = fill);
function promptOf(h: Host, ref: CellRef): { title?: string; message?: string } | undefined {
  const { s, row, col } = cellModel(h, ref);
  const v = s.validations.find((x) => row >= x.area.row && row < x.area.row + x.area.rows && col >= x.area.col && col < x.area.col + x.area.cols);
  return v?.prompt as { title?: string; message?: string } | undefined;
}

/** A laid-out 2024 workbook with every figure 0 (so only the faults a test makes show). */
async function zeroed(): Promise<{ h: Host; report: ReportData }> {
  const h = host();
  await h.apply({ format: "2021", year: 2024 });
  const { report } = await h.read();
  for (const s of planLayout("2021").sheets) for (const c of s.cells) if (c.role === "input" && c.key) typeKey(h, report, c.key, 0);
  return { h, report };
}

const INPUT_PROMPT = planLayout("2021").sheets.find((s) => s.role === "t3")!.validations[0].prompt;

describe("writeHighlights", () => {
  it("paints an R1 failure's column with the error fill, in 1 + 1 syncs, without lifting protection", async () => {
    const { h, report } = await zeroed();
    typeKey(h, report, "t3.new.natural", 5);
    const c = await check(h);
    expect(c.result.findings.some((f) => f.rule === "R1")).toBe(true);
    // R1 fails in the 自然人 column and, through the formulas, in the 总计 column: 2 × 4 cells.
    expect(c.hl).toMatchObject({ written: true, painted: 8, restored: 0 });
    expect(c.read.syncs).toBe(1);
    expect(c.syncs).toBe(2);
    for (const key of COLUMN) expect(fillOf(h, refOf(report, key))).toBe(CHECK_FILLS.error);
    expect(promptOf(h, refOf(report, "t3.new.natural"))?.message).toBe(INPUT_PROMPT);
    expect(fillOf(h, refOf(report, "t3.new.business"))).toBe(STYLES.input.fill);
    // The table sheet stayed protected throughout; the notes sheet is not protected at all.
    expect(h.fx.model.sheetOrThrow(SHEET.t3).protected).toBe(true);
    expect(h.fx.model.sheetOrThrow(SHEET.notes).protected).toBe(false);
  });

  it("a second check after the fix restores the original fills; the plan's prompts were never touched", async () => {
    const { h, report } = await zeroed();
    typeKey(h, report, "t3.new.natural", 5);
    await check(h);
    typeKey(h, report, "t3.new.natural", 0);
    const c = await check(h);
    expect(c.hl).toMatchObject({ painted: 0, restored: 8, leftAlone: 0 });
    expect(fillOf(h, refOf(report, "t3.new.natural"))).toBe(STYLES.input.fill);
    expect(fillOf(h, refOf(report, "t3.total.natural"))).toBe(STYLES.total.fill);
    expect(promptOf(h, refOf(report, "t3.new.natural"))?.message).toBe(INPUT_PROMPT);
    // The neighbours' validation survived the per-cell rewrite.
    expect(promptOf(h, refOf(report, "t3.new.business"))?.message).toBe(INPUT_PROMPT);
    // Nothing left to undo: a third check writes nothing.
    expect((await check(h)).syncs).toBe(1);
  });

  it("keeps the green a clerk gave a cell before the check, once the highlight is cleared", async () => {
    const { h, report } = await zeroed();
    const cell = refOf(report, "t3.new.natural");
    recolour(h, cell, "#00FF00");
    typeKey(h, report, "t3.new.natural", 5);
    await check(h);
    expect(fillOf(h, cell)).toBe(CHECK_FILLS.error);
    const ctx = h.fx.newContext();
    const cleared = await clearHighlights(asExcel(ctx));
    expect(cleared).toMatchObject({ restored: 8, syncs: 2 });
    expect(fillOf(h, cell)).toBe("#00FF00");
  });

  it("leaves alone a cell the clerk recoloured after it was highlighted", async () => {
    const { h, report } = await zeroed();
    typeKey(h, report, "t3.new.natural", 5);
    await check(h);
    const carried = refOf(report, "t3.carriedOut.natural");
    recolour(h, carried, "#0070C0");
    typeKey(h, report, "t3.new.natural", 0);
    const c = await check(h);
    expect(c.hl).toMatchObject({ restored: 7, leftAlone: 1 });
    expect(fillOf(h, carried)).toBe("#0070C0");
    expect(fillOf(h, refOf(report, "t3.new.natural"))).toBe(STYLES.input.fill);
  });

  it("does not highlight an explained warning, and undoes its earlier highlight", async () => {
    const { h, report } = await zeroed();
    // Last year carried 2 over; this year carried in 0: R6 warns on 上年结转.
    const priorCell = planLayout("2021").sheets.find((s) => s.role === "prior")!.cells.find((c) => c.key === "t3.carriedOut.natural")!;
    typeInto(h.fx.model, priorCell.address, [[2]], SHEET.prior);
    const first = await check(h);
    const r6 = first.result.findings.find((f) => f.rule === "R6")!;
    expect(r6.severity).toBe("warning");
    expect(fillOf(h, refOf(report, "t3.carriedIn.natural"))).toBe(CHECK_FILLS.warning);

    await saveExplanations(asExcel(h.fx.newContext()), [explain(r6, first.read.report, "上年结转的 2 件已由上级机关统一办理。")]);
    const second = await check(h);
    expect(second.read.explanations).toHaveLength(1);
    expect(second.result.counts).toMatchObject({ errors: 0, explained: 1 });
    expect(second.result.findings.find((f) => f.rule === "R6")?.explanation?.text).toContain("上级机关");
    expect(fillOf(h, refOf(report, "t3.carriedIn.natural"))).toBe(STYLES.input.fill);
  });

  it("on a workbook whose table name was deleted, lists the findings and paints nothing", async () => {
    const { h } = await zeroed();
    h.fx.model.names.delete(NAME.t4.toLowerCase());
    const c = await check(h);
    expect(c.read.syncs).toBe(2);
    expect(c.hl).toMatchObject({ written: false, note: "excel.highlight.damaged" });
    expect(c.result.findings.some((f) => f.rule === "R10")).toBe(true);
  });
});
