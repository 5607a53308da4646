// One contract for every host behind the seam (src/host/types.ts): the Office host over the strict
// Office fake and the WPS host over the strict ET fake (both ET profiles) must leave the same
// workbook after the same steps, read back the same report, find the same findings, paint the same
// cells and keep the same explanations across a relayout.
import { CHECK_FILLS } from "../../src/check/highlight-plan";
import { explain, upsertExplanation } from "../../src/explain/explanations";
import { SHEET } from "../../src/layout/names";
import { cellText } from "../../src/model/cell";
import { cellOf } from "../../src/model/report";
import { knownFigureWrites, PRIOR_CARRIED_OUT } from "../../src/selftest/figures";
import { typeInto } from "../fake-excel/structure";
import { HOSTS, officeUnderTest, painted, picture, wpsUnderTest } from "./hosts";
import type { HostUnderTest } from "./hosts";

const T3 = "表三 依申请公开";
const FILLS = Object.values(CHECK_FILLS);

async function laidOutWithFigures(h: HostUnderTest) {
  const r = await h.host.layout({ year: 2024, agency: "某某区人力资源和社会保障局", format: "2021", defaultYear: 2024 });
  expect(r.written).toBe(true);
  await h.host.writeValues(knownFigureWrites());
  await h.host.writePrior(PRIOR_CARRIED_OUT, "2021");
  return r;
}

const findingsOf = (c: Awaited<ReturnType<HostUnderTest["host"]["check"]>>) =>
  c.result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells.map((x) => `${x.sheet}!${x.address}`).join(",")}${f.explanation ? " explained" : ""}`);

test.each(HOSTS)("%s: 生成模板 on a blank workbook gives the same grid as the Office host", async (_label, make) => {
  const office = officeUnderTest();
  const h = make();
  await office.host.layout({ year: 2024, agency: "某某区人力资源和社会保障局", format: "2021", defaultYear: 2024 });
  const r = await h.host.layout({ year: 2024, agency: "某某区人力资源和社会保障局", format: "2021", defaultYear: 2024 });
  expect(r).toMatchObject({ written: true, conflicts: [], print: "applied", validation: "applied" });
  expect(picture(h.model)).toEqual(picture(office.model));
});

test("the picture compares something: a laid-out workbook has formulas, merges, rules, validations and protection", async () => {
  const h = wpsUnderTest();
  await h.host.layout({ year: 2024, format: "2021", defaultYear: 2024 });
  const p = picture(h.model);
  const t3 = p.sheets.find((s) => s.name === T3)!;
  expect(t3.cells.some((c) => c.formula?.startsWith("=SUM("))).toBe(true);
  expect(t3.merges.length).toBeGreaterThan(3);
  expect(t3.conditionalFormats.length).toBeGreaterThan(0);
  expect(t3.validations.length).toBeGreaterThan(0);
  expect(t3.protection).toEqual({ cells: true, columns: true, rows: true });
  expect(t3.pageLayout.paperSize).toBe("A4");
  expect(p.names.length).toBeGreaterThan(5);
});

test.each(HOSTS)("%s: figures, read-back, findings and painted cells match the Office host", async (_label, make) => {
  const office = officeUnderTest();
  const h = make();
  for (const x of [office, h]) await laidOutWithFigures(x);
  expect(await h.host.readReport()).toEqual(await office.host.readReport());
  const [a, b] = [await office.host.check(), await h.host.check()];
  expect(findingsOf(b)).toEqual(findingsOf(a));
  expect(b.result.counts).toEqual(a.result.counts);
  expect(b.result.findings.some((f) => f.rule === "R6")).toBe(true);

  // A wrong figure: 本年新收 below what was granted breaks table 三's balance.
  const at = (await office.host.readReport()).refs!["t3.new.natural"];
  for (const x of [office, h]) x.type(at.sheet, at.address, 1);
  const [wa, wb] = [await office.host.check(), await h.host.check()];
  expect(findingsOf(wb)).toEqual(findingsOf(wa));
  expect(wa.result.counts.errors).toBeGreaterThan(0);
  expect(painted(h.model, FILLS)).toEqual(painted(office.model, FILLS));
  expect(painted(h.model, FILLS).length).toBeGreaterThan(0);
  expect(picture(h.model)).toEqual(picture(office.model));

  // Put right: the error highlights go on both (R6's open warning stays painted).
  for (const x of [office, h]) x.type(at.sheet, at.address, 5);
  await office.host.check();
  await h.host.check();
  expect(painted(h.model, [CHECK_FILLS.error])).toEqual([]);
  expect(painted(h.model, FILLS)).toEqual(painted(office.model, FILLS));
  expect(picture(h.model)).toEqual(picture(office.model));
});

test.each(HOSTS)("%s: an explanation is kept across a relayout, as on the Office host", async (_label, make) => {
  const h = make();
  await laidOutWithFigures(h);
  const c = await h.host.check();
  const r6 = c.result.findings.find((f) => f.rule === "R6")!;
  await h.host.saveExplanations(upsertExplanation(c.explanations, explain(r6, c.report, "上年结转为示例数据。")));
  expect((await h.host.check()).result.counts.explained).toBe(1);
  const again = await h.host.layout({ defaultYear: 2024 });
  expect(again.written).toBe(true);
  const kept = await h.host.readAll();
  expect(kept.explanations.map((e) => e.text)).toEqual(["上年结转为示例数据。"]);
  expect(kept.report.cells["t3.new.natural"]).toEqual({ kind: "number", value: 5 });
  expect((await h.host.check()).result.counts.explained).toBe(1);
});

test.each(HOSTS)("%s: a 说明 row typed by hand is honoured; the pane's explanation of it replaces it and keeps the other rows", async (_label, make) => {
  const h = make();
  await laidOutWithFigures(h);
  const c = await h.host.check();
  const r6 = c.result.findings.find((f) => f.rule === "R6" && f.severity === "warning")!;
  const cells = [...new Map(r6.cells.map((x) => [x.key, x])).values()];
  const figures = cells.map((x) => `${x.sheet}!${x.address}=${cellText(cellOf(c.report, x.key))}`).join("；");
  typeInto(h.model, "A3", [["上年结转", `${cells[0].sheet}!${cells[0].address}`, "手写：上年结转为示例数据。", figures], ["R7", "Z99", "对不上的一行", "1"]], SHEET.explanations);
  const honoured = await h.host.check();
  expect(honoured.result.findings.find((f) => f.rule === "R6" && f.severity === "warning")?.explanation?.text).toBe("手写：上年结转为示例数据。");
  expect(honoured.result.findings.filter((f) => f.msg.id.startsWith("explain.row.")).map((f) => [f.msg.id, f.msg.params.row])).toEqual([["explain.row.unmatched", 4]]);

  const again = honoured.result.findings.find((f) => f.rule === "R6" && f.severity === "warning")!;
  await h.host.saveExplanations(upsertExplanation(honoured.explanations, explain(again, honoured.report, "窗格：上年结转为示例数据。"), again));
  const kept = await h.host.readAll();
  expect(kept.explanations.map((e) => [e.text, Boolean(e.hand)])).toEqual([
    ["对不上的一行", true],
    ["窗格：上年结转为示例数据。", false],
  ]);
  expect((await h.host.check()).result.counts.explained).toBe(1);
});

test.each(HOSTS)("%s: a click selects the finding's cell on its sheet", async (_label, make) => {
  const h = make();
  await h.host.layout({ year: 2024, format: "2021", defaultYear: 2024 });
  const ref = (await h.host.readReport()).refs!["t3.granted.natural"];
  await h.host.select([ref]);
  expect(h.model.activeSheet?.name).toBe(T3);
  expect(h.model.selection?.sheet.name).toBe(T3);
});

test.each(HOSTS)("%s: the clerk's edit is heard, the add-in's own writes are not", async (_label, make) => {
  const h = make();
  await h.host.layout({ year: 2024, format: "2021", defaultYear: 2024 });
  let edits = 0;
  const watched = await h.host.watch(() => edits++);
  expect(watched).toContain(T3);
  h.clock.t += 10_000;
  await h.host.writeValues(knownFigureWrites()); // ours: raised, and ignored
  await new Promise((r) => setTimeout(r, 0));
  h.clock.t += 10_000;
  expect(edits).toBe(0);
  const at = (await h.host.readReport()).refs!["t3.new.natural"];
  h.clock.t += 10_000;
  h.type(at.sheet, at.address, 9);
  await new Promise((r) => setTimeout(r, 0)); // Office delivers onChanged after the edit, WPS at once
  expect(edits).toBe(1);
});

test("the WPS fake raises SheetChange for the add-in's own writes (so ignoring them is the host's job)", async () => {
  const h = wpsUnderTest();
  await h.host.layout({ year: 2024, format: "2021", defaultYear: 2024 });
  expect(h.changes.some((c) => c.startsWith(`${T3}!`))).toBe(true);
});

test("a sheet of the clerk's own in the way: the same conflicts on both hosts, then the same overwrite", async () => {
  const office = officeUnderTest();
  const h = wpsUnderTest();
  for (const x of [office, h]) x.model.write(x.model.addSheet(T3), 2, 2, "我的备注", false);
  const [a, b] = [await office.host.layout({ defaultYear: 2024 }), await h.host.layout({ defaultYear: 2024 })];
  expect(a.written).toBe(false);
  expect(b.written).toBe(false);
  expect(b.conflicts).toEqual(a.conflicts);
  expect(picture(h.model)).toEqual(picture(office.model));
  const [c, d] = [await office.host.layout({ defaultYear: 2024, overwrite: true }), await h.host.layout({ defaultYear: 2024, overwrite: true })];
  expect([c.written, d.written]).toEqual([true, true]);
  expect(picture(h.model)).toEqual(picture(office.model));
});
