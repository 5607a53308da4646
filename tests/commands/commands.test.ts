// The ribbon's ExecuteFunction commands, loaded the way desktop Office loads the function file
// (function-file.ts): initialised through Office.onReady before any click is dispatched, registered
// under the names the manifest uses, completing their event (also when they fail), and doing the work
// against the strict fake workbook.
import { readFileSync } from "fs";
import { join } from "path";
import { PENDING_LAYOUT_KEY } from "../../src/addin/doc-settings";
import { readReport } from "../../src/excel/read-report";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { loadFunctionFile } from "./function-file";
import type { LoadedFunctionFile } from "./function-file";

const T3 = "表三 依申请公开";
let loaded: LoadedFunctionFile | null = null;
afterEach(() => {
  loaded?.unload();
  loaded = null;
  jest.restoreAllMocks();
});

test("the function file initialises Office.js on load, so a ribbon click is dispatched", async () => {
  loaded = await loadFunctionFile("m365");
  expect(loaded.ready()).toBe(true);
  await loaded.click("layoutReport");
  expect(loaded.fx.model.sheets.map((s) => s.name)).toContain(T3);
});

test("uses exactly the function names in the manifest, through Office.actions where it exists", async () => {
  loaded = await loadFunctionFile("m365");
  const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
  const names = [...manifest.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]).sort();
  expect(loaded.associated().sort()).toEqual(names);
});

test.each(["office2019-retail", "office2021", "mac", "web"] as const)("under %s: 生成模板 then 校验 from the ribbon lay out and highlight", async (profile) => {
  loaded = await loadFunctionFile(profile);
  await loaded.click("layoutReport");
  await loaded.click("checkReport");
  const read = await readReport(asExcel(loaded.fx.newContext()), { forHighlights: true });
  expect(read.highlightState?.marks.length).toBeGreaterThan(0); // a fresh template's blanks: write 0
});

test("校验 never calls showAsTaskpane: the manifest declares no shared runtime, so the pane lists the findings when opened", async () => {
  const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
  expect(manifest).not.toMatch(/<Runtimes>|SharedRuntime/);
  loaded = await loadFunctionFile("m365"); // a host that offers Office.addin.showAsTaskpane
  await loaded.click("layoutReport");
  await loaded.click("checkReport");
  expect(loaded.shownPane()).toBe(0);
});

test("生成模板 over someone else's cells leaves the question for the pane in the document settings", async () => {
  loaded = await loadFunctionFile("office2021");
  loaded.fx.model.addSheet(T3);
  typeInto(loaded.fx.model, "D5", [["我的数据"]], T3);
  await loaded.click("layoutReport");
  expect(loaded.settings.get(PENDING_LAYOUT_KEY)).toBe(true);
});

test("a failing command still completes its event (otherwise Office shows it running forever)", async () => {
  loaded = await loadFunctionFile("m365");
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  // The workbook refuses every batch.
  (globalThis as unknown as { Excel: unknown }).Excel = { run: () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" })) };
  await loaded.click("checkReport");
  expect(error).toHaveBeenCalled();
});
