// The host contract (contract.test.ts) for the third host, the in-memory workbook behind the demo
// page (src/memory-host/): the same steps as on the Office host over its strict fake must leave the
// same values and formulas, read back the same report, find the same findings, paint the same cells
// and keep the same explanations across a relayout. Its model is not the fakes' WorkbookModel, so the
// picture compared is what it holds: values, formulas, fills, names, visibility and protection.
import { CHECK_FILLS } from "../../src/check/highlight-plan";
import { explain, upsertExplanation } from "../../src/explain/explanations";
import { a1 } from "../../src/layout/a1";
import { memoryHost } from "../../src/memory-host/host";
import { MemoryWorkbook } from "../../src/memory-host/workbook";
import { knownFigureWrites, PRIOR_CARRIED_OUT } from "../../src/selftest/figures";
import { officeUnderTest, painted, picture } from "./hosts";
import type { HostUnderTest } from "./hosts";

const T3 = "表三 依申请公开";
const FILLS = Object.values(CHECK_FILLS);

function memoryUnderTest() {
  const wb = new MemoryWorkbook();
  return { wb, host: memoryHost(wb, "zh-CN") };
}
type Memory = ReturnType<typeof memoryUnderTest>;

/** Values and formulas of every non-empty cell, fills and the sheet's state, from the Office fake's picture. */
function officeCells(h: HostUnderTest) {
  // The fake opens with Excel's blank "Sheet1"; the in-memory workbook starts with no sheet at all.
  return picture(h.model).sheets.filter((s) => s.name !== "Sheet1").map((s) => ({
    name: s.name,
    visibility: s.visibility.toLowerCase(), // the fake spells Office's enum ("VeryHidden")
    protected: s.protected,
    cells: s.cells.filter((c) => c.value !== "" || c.formula !== null).map((c) => ({ address: c.address, value: c.value, formula: c.formula })),
  }));
}

function memoryCells(wb: MemoryWorkbook) {
  return wb.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility.toLowerCase(),
    protected: s.protected,
    cells: [...s.cells.entries()]
      .map(([k, c]) => {
        const [row, col] = k.split(",").map(Number);
        return { address: a1(row, col), value: wb.shown(s, row, col), formula: c.formula };
      })
      .filter((c) => c.value !== "" || c.formula !== null)
      .sort((a, b) => (a.address < b.address ? -1 : 1)),
  }));
}

function memoryPainted(wb: MemoryWorkbook, colours: string[]): string[] {
  const out: string[] = [];
  for (const s of wb.sheets)
    for (const [k, c] of s.cells) {
      if (!c.fill || !colours.includes(c.fill.toUpperCase())) continue;
      const [row, col] = k.split(",").map(Number);
      out.push(`${s.name}!${a1(row, col)} ${c.fill.toUpperCase()}`);
    }
  return out.sort();
}

const REQUEST = { year: 2024, agency: "某某区人力资源和社会保障局", format: "2021" as const, defaultYear: 2024 };

async function laidOutWithFigures(h: { host: HostUnderTest["host"] }) {
  const r = await h.host.layout(REQUEST);
  expect(r.written).toBe(true);
  await h.host.writeValues(knownFigureWrites());
  await h.host.writePrior(PRIOR_CARRIED_OUT, "2021");
  return r;
}

const findingsOf = (c: Awaited<ReturnType<HostUnderTest["host"]["check"]>>) =>
  c.result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells.map((x) => `${x.sheet}!${x.address}`).join(",")}${f.explanation ? " explained" : ""}`);

test("生成模板 on a blank workbook holds the same values, formulas, sheets and names as the Office host", async () => {
  const office = officeUnderTest();
  const m: Memory = memoryUnderTest();
  await office.host.layout(REQUEST);
  const r = await m.host.layout(REQUEST);
  // Honest about what the model has no place for.
  expect(r).toMatchObject({ written: true, conflicts: [], print: "skipped", validation: "skipped", conditional: "skipped" });
  expect(memoryCells(m.wb)).toEqual(officeCells(office));
  expect(memoryCells(m.wb).find((s) => s.name === T3)!.cells.some((c) => c.formula?.startsWith("=SUM("))).toBe(true);
  expect([...m.wb.names.entries()].map(([n, x]) => `${n}=${x.sheet.name}`).sort()).toEqual(
    [...office.model.names.values()].map((n) => `${n.name}=${office.model.nameFormula(n).replace(/^=?'?([^'!]+)'?!.*$/, "$1")}`).sort(),
  );
});

test("figures, read-back, findings, totals and painted cells match the Office host", async () => {
  const office = officeUnderTest();
  const m = memoryUnderTest();
  await laidOutWithFigures(office);
  await laidOutWithFigures(m);
  expect(await m.host.readReport()).toEqual(await office.host.readReport());
  const [a, b] = [await office.host.check(), await m.host.check()];
  expect(findingsOf(b)).toEqual(findingsOf(a));
  expect(b.result.counts).toEqual(a.result.counts);
  expect(b.result.findings.some((f) => f.rule === "R6")).toBe(true);

  // A wrong figure typed by the clerk: table 三's balance breaks on both.
  const at = (await office.host.readReport()).refs!["t3.new.natural"];
  office.type(at.sheet, at.address, 1);
  expect(m.wb.type(at.sheet, at.address, "1")).toBe(true);
  const [wa, wb] = [await office.host.check(), await m.host.check()];
  expect(findingsOf(wb)).toEqual(findingsOf(wa));
  expect(wa.result.counts.errors).toBeGreaterThan(0);
  expect(memoryPainted(m.wb, FILLS)).toEqual(painted(office.model, FILLS));
  expect(memoryPainted(m.wb, FILLS).length).toBeGreaterThan(0);
  expect(memoryCells(m.wb)).toEqual(officeCells(office)); // the totals' SUMs computed alike

  // Put right: the error highlights are undone on both.
  office.type(at.sheet, at.address, 5);
  m.wb.type(at.sheet, at.address, "5");
  await office.host.check();
  await m.host.check();
  expect(memoryPainted(m.wb, [CHECK_FILLS.error])).toEqual([]);
  expect(memoryPainted(m.wb, FILLS)).toEqual(painted(office.model, FILLS));
  expect(memoryCells(m.wb)).toEqual(officeCells(office));
});

test("an explanation is kept across a relayout", async () => {
  const m = memoryUnderTest();
  await laidOutWithFigures(m);
  const c = await m.host.check();
  const r6 = c.result.findings.find((f) => f.rule === "R6")!;
  await m.host.saveExplanations(upsertExplanation(c.explanations, explain(r6, c.report, "上年结转为示例数据。")));
  expect((await m.host.check()).result.counts.explained).toBe(1);
  const again = await m.host.layout({ defaultYear: 2024 });
  expect(again.written).toBe(true);
  const kept = await m.host.readAll();
  expect(kept.explanations.map((e) => e.text)).toEqual(["上年结转为示例数据。"]);
  expect(kept.report.cells["t3.new.natural"]).toEqual({ kind: "number", value: 5 });
  expect((await m.host.check()).result.counts.explained).toBe(1);
});

test("a click selects the finding's cell on its sheet", async () => {
  const m = memoryUnderTest();
  await m.host.layout(REQUEST);
  const ref = (await m.host.readReport()).refs!["t3.granted.natural"];
  const heard: string[] = [];
  m.wb.onSelect((sheet, address) => heard.push(`${sheet}!${address}`));
  await m.host.select([ref]);
  expect(m.wb.active?.name).toBe(T3);
  expect(m.wb.selection).toEqual({ sheet: T3, address: ref.address });
  expect(heard).toEqual([`${T3}!${ref.address}`]);
});

test("the clerk's edit is heard, the host's own writes are not; a locked cell refuses typing", async () => {
  const m = memoryUnderTest();
  await m.host.layout(REQUEST);
  let edits = 0;
  expect(await m.host.watch(() => edits++)).toContain(T3);
  await m.host.writeValues(knownFigureWrites());
  expect(edits).toBe(0);
  const refs = (await m.host.readReport()).refs!;
  expect(m.wb.type(T3, refs["t3.new.natural"].address, "9")).toBe(true);
  expect(edits).toBe(1);
  // A total holds a formula and is locked on a protected sheet: Excel refuses the edit, so does the demo.
  expect(m.wb.type(T3, refs["t3.new.total"].address, "3")).toBe(false);
  expect(edits).toBe(1);
});

test("a sheet of the clerk's own in the way: the same conflicts as the Office host, then the overwrite", async () => {
  const office = officeUnderTest();
  const m = memoryUnderTest();
  office.model.write(office.model.addSheet(T3), 2, 2, "我的备注", false);
  m.wb.enter(m.wb.addSheet(T3), 3, 3, "我的备注"); // the fake counts from 0, the workbook from 1
  const [a, b] = [await office.host.layout({ defaultYear: 2024 }), await m.host.layout({ defaultYear: 2024 })];
  expect(b.written).toBe(false);
  expect(b.conflicts).toEqual(a.conflicts);
  expect(b.conflicts.length).toBeGreaterThan(0);
  const d = await m.host.layout({ defaultYear: 2024, overwrite: true });
  await office.host.layout({ defaultYear: 2024, overwrite: true });
  expect(d.written).toBe(true);
  expect(memoryCells(m.wb)).toEqual(officeCells(office));
});

test("capabilities and ladder say what the in-memory host cannot do; 汇总 → 写入 is refused with a sentence", async () => {
  const m = memoryUnderTest();
  expect(m.host.capabilities()).toMatchObject({ kind: "memory", validation: false, print: false, undoableWrites: false, layout: true, watch: true });
  expect(m.host.ladder?.()).toMatch(/SUM/);
  await expect(m.host.writeParts([])).rejects.toThrow("演示页不支持“汇总 → 写入”");
});

test("a formula the model cannot compute shows #NAME?, never a number", () => {
  const wb = new MemoryWorkbook();
  const s = wb.addSheet("S");
  wb.enter(s, 1, 1, 2);
  wb.enter(s, 2, 1, "=A1*3");
  wb.enter(s, 3, 1, "=SUM(A1:A1,'S'!A1)");
  wb.enter(s, 4, 1, "=SUM(A4)");
  expect(wb.shown(s, 2, 1)).toBe("#NAME?");
  expect(wb.shown(s, 3, 1)).toBe(4);
  expect(wb.shown(s, 4, 1)).toBe("#NAME?"); // a cycle
});

test("自检 over a blank in-memory workbook: every step passes or says why it cannot be verified", async () => {
  const { paneHost } = await import("../../src/taskpane/actions");
  const report = await paneHost(memoryUnderTest().host, "zh-CN").selftest(() => undefined);
  expect(report.refused).toBeNull();
  expect(report.steps.length).toBeGreaterThan(5);
  expect(report.steps.filter((s) => s.status === "fail").map((s) => `${s.id}: ${s.detail}`)).toEqual([]);
  expect(report.steps.find((s) => s.id === "undo")?.status).toBe("unverified"); // undoableWrites: false, said plainly
  expect(report.steps.filter((s) => s.status === "pass").map((s) => s.id)).toEqual(expect.arrayContaining(["layout", "check"]));
});
