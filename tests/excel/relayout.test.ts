// Pressing 生成模板 again: nothing the clerk entered is lost, labels/formulas/formats come back, and
// cells the tool did not create are never overwritten without asking.
import { checkReport } from "../../src/check/engine";
import { t2Keys, t3Keys, t4Keys, getFormat } from "../../src/format";
import { SHEET } from "../../src/layout/names";
import { STYLES } from "../../src/layout/styles";
import { insertRows, shown, typeInto } from "../fake-excel/structure";
import { host, refOf, shownKey, typeKey } from "./helpers";

const f = getFormat("2021");
const inputKeys = [...t2Keys(f).flat(), ...t3Keys(f).flat(), ...t4Keys(f)].filter((k) => !k.endsWith(".total") && !k.startsWith("t3.total."));

async function filled() {
  const h = host();
  await h.apply({ format: "2021", year: 2024, agency: "某局" });
  const { report } = await h.read();
  inputKeys.forEach((k, i) => typeKey(h, report, k, (i % 7) + 1));
  return { h, report };
}

test("a second 生成模板 on a filled workbook keeps every figure and text, in 2 syncs", async () => {
  const { h, report } = await filled();
  const before = await h.read();
  const narrative = h.fx.model.sheetOrThrow(SHEET.narrative);
  const narrativeCell = [...narrative.cells.entries()].find(([, c]) => c.style.locked === false);
  expect(narrativeCell).toBeDefined();
  const [row, col] = narrativeCell![0].split(",").map(Number);
  typeInto(h.fx.model, `${String.fromCharCode(65 + col)}${row + 1}`, [["本机关全年主动公开政府信息1234条。"]], SHEET.narrative);
  const withText = await h.read();

  const again = await h.apply();
  expect(again).toMatchObject({ written: true, counted: 2, conflicts: [] });
  const after = await h.read();
  expect(after.report.cells).toEqual(withText.report.cells);
  expect(after.report.narrative).toEqual(withText.report.narrative);
  expect(JSON.stringify(after.report.narrative)).toContain("1234条");
  expect(before.report.year).toBe(2024);
  expect(after.report.agency).toBe("某局");
  expect(shownKey(h, report, "t3.new.natural")).toBe((inputKeys.indexOf("t3.new.natural") % 7) + 1);
});

test("re-layout restores a changed label and a lost fill, and keeps a total typed over its formula as typed", async () => {
  const { h, report } = await filled();
  const total = refOf(report, "t3.total.natural");
  const t3 = h.fx.model.sheetOrThrow(SHEET.t3);
  const labelAt = [...t3.cells.entries()].find(([, c]) => c.value === "（一）予以公开")![0];
  const [lr, lc] = labelAt.split(",").map(Number);
  const label = `${String.fromCharCode(65 + lc)}${lr + 1}`;
  typeInto(h.fx.model, label, [["予以公开（改）"]], SHEET.t3);
  typeInto(h.fx.model, total.address, [[999]], total.sheet);
  const input = refOf(report, "t3.new.natural");
  const inputCell = h.fx.model.peek(t3, Number(input.address.slice(1)) - 1, input.address.charCodeAt(0) - 65)!;
  inputCell.style.fill = undefined;

  const damaged = await h.read();
  expect(damaged.findings.some((x) => x.rule === "R10")).toBe(true);

  const again = await h.apply();
  expect(again).toMatchObject({ written: true, counted: 2 });
  expect(shown(h.fx.model, label, SHEET.t3)).toBe("（一）予以公开");
  // Issue 18: a total that differs from its parts may be the published figure an import kept; 生成模板
  // never turns it back into a formula silently. It stays a value, the balance check names it.
  const kept = h.fx.model.peek(t3, Number(total.address.slice(1)) - 1, total.address.charCodeAt(0) - 65);
  expect(kept?.formula).toBeUndefined();
  expect(kept?.value).toBe(999);
  expect(inputCell.style.fill).toBe(STYLES.input.fill);
  const after = await h.read();
  expect(after.findings.filter((x) => x.severity === "error")).toEqual([]);
  expect(after.report.cells["t3.total.natural"]).toEqual({ kind: "number", value: 999 });
  expect(checkReport(after.report).some((x) => x.severity === "error" && x.cells.some((c) => c.key === "t3.total.natural"))).toBe(true);
  expect(after.report.cells["t3.new.natural"]).toEqual(damaged.report.cells["t3.new.natural"]);
});

test("a row inserted into table 三: re-layout rebuilds the table and keeps every figure", async () => {
  const { h } = await filled();
  const before = await h.read();
  insertRows(h.fx.model, SHEET.t3, 9);
  const damaged = await h.read();
  expect(damaged.findings.some((x) => x.rule === "R10" && x.severity === "error")).toBe(true);
  const again = await h.apply();
  expect(again).toMatchObject({ written: true, counted: 2 });
  expect(again.rebuilt).toContain(SHEET.t3);
  const after = await h.read();
  expect(after.findings.filter((x) => x.severity === "error")).toEqual([]);
  expect(after.report.cells).toEqual(before.report.cells);
});

test("cells the tool did not create are conflicts: nothing is written (1 sync) unless overwrite", async () => {
  const h = host();
  h.fx.model.addSheet(SHEET.t3);
  typeInto(h.fx.model, "D5:E5", [["我的数据", 42]], SHEET.t3);
  const asked = await h.apply({ format: "2021", year: 2024 });
  expect(asked).toMatchObject({ written: false, counted: 1 });
  expect(asked.conflicts.map((c) => c.address)).toEqual(expect.arrayContaining(["D5"]));
  expect(h.fx.model.sheet(SHEET.t2)).toBeUndefined();
  expect(shown(h.fx.model, "D5", SHEET.t3)).toBe("我的数据");

  const forced = await h.apply({ format: "2021", year: 2024, overwrite: true });
  expect(forced).toMatchObject({ written: true, counted: 2 });
  expect(h.fx.model.sheet(SHEET.t2)).toBeDefined();
});
