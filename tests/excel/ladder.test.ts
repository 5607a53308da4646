// The ExcelApi ladder (src/excel/ladder.ts, docs/excel-api-ladder.md) on the strict fake, whose
// profiles fail a batch with ApiNotFound on any member above their set (tests/fake-excel/requirements.ts,
// each member's set from @types/office-js). At ExcelApi 1.1 (Office 2016 volume-licensed) a workbook
// made by the template is read, checked, painted and its findings selected; 生成模板 says in one
// sentence that it needs 1.4. Each rung above adds what its set allows, and no more.
import { CHECK_FILLS } from "../../src/check/highlight-plan";
import { applyLayout } from "../../src/excel/apply-plan";
import { checkWorkbook } from "../../src/excel/check-workbook";
import { LADDER, ladderSentence, rungsOf } from "../../src/excel/ladder";
import { readReport } from "../../src/excel/read-report";
import { selectCells } from "../../src/excel/select";
import { parseCell } from "../../src/layout/a1";
import { SHEET } from "../../src/layout/names";
import { userSentence } from "../../src/i18n/user-error";
import type { UserError } from "../../src/i18n/user-error";
import { createFakeExcel } from "../fake-excel";
import type { FakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import type { ProfileName } from "../fake-excel/profiles";
import { typeInto } from "../fake-excel/structure";

/** A report workbook as `xxgk template` makes it (same shape as the add-in's: same-shape.test.ts), opened in `profile`. */
async function template(profile: ProfileName): Promise<{ fx: FakeExcel; supports: (v: string) => boolean }> {
  const maker = createFakeExcel({ profile: "m365" });
  await maker.run((ctx) => applyLayout(asExcel(ctx), { format: "2021", year: 2024, agency: "某区教育局", supports: () => true }));
  const fx = createFakeExcel({ profile, model: maker.model });
  return { fx, supports: (v) => fx.office.context.requirements.isSetSupported("ExcelApi", v) };
}

describe("ExcelApi 1.1 (Office 2016 volume-licensed)", () => {
  it("reads a template workbook, checks it, paints the finding's cell and selects it, with 1.1 calls only", async () => {
    const { fx, supports } = await template("office2016");
    const { report } = await readReport(asExcel(fx.newContext()), { supports });
    const ref = report.refs!["t3.new.natural"];
    typeInto(fx.model, ref.address, [[5]], ref.sheet); // 5 new, nothing handled, nothing carried over: R1 fails

    const ctx = fx.newContext();
    const checked = await checkWorkbook(asExcel(ctx), "zh-CN", supports);
    expect(ctx.syncCount).toBe(3); // list names, read, paint
    const r1 = checked.result.findings.find((f) => f.rule === "R1" && f.cells.some((c) => c.address === ref.address));
    expect(r1).toBeDefined();
    const at = parseCell(ref.address);
    expect(fx.model.cell(fx.model.sheetOrThrow(ref.sheet), at.row - 1, at.col - 1).style.fill).toBe(CHECK_FILLS.error);

    await fx.run((c) => selectCells(asExcel(c), [ref]));
    expect(fx.model.selection?.sheet.name).toBe(SHEET.t3);
    expect(fx.model.activeSheet?.name).toBe(SHEET.t3);
  });

  it("生成模板 refuses in one sentence, before any call: the template needs ExcelApi 1.4", async () => {
    const fx = createFakeExcel({ profile: "office2016" });
    const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
    const ctx = fx.newContext();
    const e = await applyLayout(asExcel(ctx), { format: "2021", year: 2024, supports }).catch((x: unknown) => x);
    expect(userSentence(e as UserError, "zh-CN")).toContain("xxgk template");
    expect(userSentence(e as UserError, "zh-CN")).toContain("ExcelApi 1.4");
    expect(ctx.syncCount).toBe(0);
  });

  it("the old way (null-object reads, ExcelApi 1.4) fails there: the 1.1 path is what makes it work", async () => {
    const { fx } = await template("office2016");
    await expect(readReport(asExcel(fx.newContext()), { supports: () => true })).rejects.toThrow(/ApiNotFound/);
  });
});

describe.each([
  ["rung-1.4", { conditional: "skipped", validation: "skipped", print: "skipped" }, 0],
  ["rung-1.6", { conditional: "applied", validation: "skipped", print: "skipped" }, 0],
  ["office2019-vl", { conditional: "applied", validation: "skipped", print: "skipped" }, 1],
  ["office2019-retail", { conditional: "applied", validation: "applied", print: "skipped" }, 1],
] as const)("%s", (profile, applied, frozen) => {
  it("lays out with what its set allows and reads back", async () => {
    const fx = createFakeExcel({ profile });
    const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
    const laid = await fx.run((ctx) => applyLayout(asExcel(ctx), { format: "2021", year: 2024, supports }));
    expect(laid.written).toBe(true);
    expect({ conditional: laid.conditional, validation: laid.validation, print: laid.print }).toEqual(applied);
    const t3 = fx.model.sheetOrThrow(SHEET.t3);
    expect(t3.conditionalFormats.length > 0).toBe(applied.conditional === "applied");
    expect(t3.validations.length > 0).toBe(applied.validation === "applied");
    expect(Math.sign(t3.freeze.rows)).toBe(frozen);
    expect(t3.protected).toBe(true);
    const { report } = await readReport(asExcel(fx.newContext()), { supports });
    expect(report.year).toBe(2024);
  });
});

describe("the pane's sentence", () => {
  it("names what this Office can do and, below the top rung, what it cannot and which ExcelApi that needs", () => {
    const at = (v: string) => (x: string) => x.split(".").map(Number)[1] <= Number(v.split(".")[1]);
    expect(rungsOf(at("1.1"))).toEqual(["check"]);
    expect(ladderSentence(at("1.1"), "zh-CN")).toBe(
      "此版本 Office 可以：校验并标出、选中问题单元格；不能：生成模板（需要 ExcelApi 1.4）、用条件格式标出不平衡的行（需要 ExcelApi 1.6）、编辑时自动校验（需要 ExcelApi 1.7）、输入提示（需要 ExcelApi 1.8）、设置 A4 打印（需要 ExcelApi 1.9）。",
    );
    expect(ladderSentence(at("1.7"), "en-US")).toContain("it cannot: input prompts (needs ExcelApi 1.8), set up A4 printing (needs ExcelApi 1.9).");
    expect(ladderSentence(() => true, "zh-CN")).not.toContain("不能");
    expect(LADDER.map((r) => r.version)).toEqual(["1.1", "1.4", "1.6", "1.7", "1.8", "1.9"]);
  });
});

describe("the other pane steps at ExcelApi 1.1", () => {
  it("explanations, last year's figures and a drafted paragraph are written with 1.1 calls", async () => {
    const { fx, supports } = await template("office2016");
    const { saveExplanations } = await import("../../src/excel/explanations");
    const { writePriorFigures } = await import("../../src/excel/prior");
    const { insertNarrative } = await import("../../src/excel/insert-text");
    const { textName } = await import("../../src/layout/names");
    const { report } = await readReport(asExcel(fx.newContext()), { supports });
    for (const [key, ref] of Object.entries(report.refs ?? {})) if (/^t[234]\./.test(key) && !/total/.test(key)) typeInto(fx.model, ref.address, [[0]], ref.sheet);
    await fx.run((c) => writePriorFigures(asExcel(c), { year: 2023, cells: { "t3.carriedOut.natural": { kind: "number", value: 1 } } }));
    const checked = await fx.run((c) => checkWorkbook(asExcel(c), "zh-CN", supports));
    const r6 = checked.result.findings.find((f) => f.rule === "R6")!;
    const { explain } = await import("../../src/explain/explanations");
    await fx.run((c) => saveExplanations(asExcel(c), [explain(r6, checked.report, "上年结转的 1 件已办结。")]));
    const text = await fx.run((c) => insertNarrative(asExcel(c), textName("5"), "五、存在的主要问题及改进情况", "本年度新收申请 0 件。", supports)).catch((e: unknown) => e);
    const read = await readReport(asExcel(fx.newContext()), { supports });
    expect(read.explanations).toHaveLength(1);
    expect(read.prior?.cells["t3.carriedOut.natural"]).toEqual({ kind: "number", value: 1 });
    expect(typeof text).toBe("string");
  });
});
