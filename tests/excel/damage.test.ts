// Each way a clerk breaks the template by hand is read back (in one sync) as an R10 finding.
import { NAME, SHEET } from "../../src/layout/names";
import type { Finding } from "../../src/rules/types";
import { deleteName, insertRows, renameSheet, typeInto } from "../fake-excel/structure";
import { host } from "./helpers";

async function laidOut() {
  const h = host();
  await h.apply({ format: "2021", year: 2024 });
  return h;
}

const r10 = (findings: Finding[]) => findings.filter((f) => f.rule === "R10");

test("a fresh template reads back without R10", async () => {
  const h = await laidOut();
  const back = await h.read();
  expect(back.counted).toBe(1);
  expect(r10(back.findings)).toEqual([]);
});

test("a row inserted in table 三 → R10 error", async () => {
  const h = await laidOut();
  insertRows(h.fx.model, SHEET.t3, 10);
  const back = await h.read();
  expect(back.counted).toBe(1);
  expect(r10(back.findings).filter((f) => f.severity === "error").length).toBeGreaterThan(0);
});

test("a label changed in table 三 → R10 error naming the cell", async () => {
  const h = await laidOut();
  const t3 = h.fx.model.sheetOrThrow(SHEET.t3);
  const at = [...t3.cells.entries()].find(([, c]) => c.value === "2.重复申请")![0];
  const [r, c] = at.split(",").map(Number);
  const address = `${String.fromCharCode(65 + c)}${r + 1}`;
  typeInto(h.fx.model, address, [["2.重复申请（含多次）"]], SHEET.t3);
  const back = await h.read();
  const found = r10(back.findings).filter((f) => f.severity === "error");
  expect(found.length).toBeGreaterThan(0);
  expect(found.some((f) => f.cells.some((x) => x.address === address))).toBe(true);
});

test("a defined name deleted → R10 error", async () => {
  const h = await laidOut();
  deleteName(h.fx.model, NAME.t3);
  const back = await h.read();
  expect(back.counted).toBe(1);
  expect(r10(back.findings).some((f) => f.severity === "error" && f.cells.some((c) => c.key === NAME.t3))).toBe(true);
});

test("a sheet renamed → R10 (the figures are still read through the names)", async () => {
  const h = await laidOut();
  const before = await h.read();
  renameSheet(h.fx.model, SHEET.t3, "表三");
  const back = await h.read();
  expect(back.counted).toBe(1);
  expect(r10(back.findings).length).toBeGreaterThan(0);
  expect(back.report.refs?.["t3.new.natural"]?.sheet).toBe("表三");
  expect(Object.keys(back.report.cells)).toEqual(Object.keys(before.report.cells));
  const again = await h.apply();
  expect(again).toMatchObject({ written: true, counted: 2, renamed: [{ from: "表三", to: SHEET.t3 }] });
  expect(r10((await h.read()).findings)).toEqual([]);
});
