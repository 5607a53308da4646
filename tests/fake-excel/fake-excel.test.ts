// This file reads unloaded properties on purpose (the fake must throw as Office.js does), so the
// office-addins load/sync lint rules would flag exactly what is under test.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
// The fake must be as strict as Excel where hosts go wrong: unloaded reads, sync counting, formulas.
import { createFakeExcel } from "./index";
import { deleteName, insertRows, renameSheet, shown, typeInto } from "./structure";

describe("fake Excel: Office.js proxy semantics", () => {
  test("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    const { context } = createFakeExcel();
    const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    expect(() => r.values).toThrow(/PropertyNotLoaded/);
    r.load("address");
    expect(() => r.address).toThrow(/PropertyNotLoaded/); // loaded, but not synced yet
    await context.sync();
    expect(r.address).toBe("Sheet1!A1:B2");
    expect(() => r.values).toThrow(/PropertyNotLoaded/); // synced, but values never loaded
  });

  test("writes are queued until sync, and syncs are counted", async () => {
    const { context, model } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").values = [[1, 2]];
    expect(shown(model, "Sheet1!A1")).toBe("");
    expect(context.syncCount).toBe(0);
    await context.sync();
    expect(context.syncCount).toBe(1);
    expect(shown(model, "Sheet1!B1")).toBe(2);
    await context.sync();
    expect(context.syncCount).toBe(2);
    expect(context.stats.blockWrites).toBe(1);
  });

  test("a write whose array does not match the range rejects the sync", async () => {
    const { context } = createFakeExcel();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  test("null in a written array leaves that cell unchanged", async () => {
    const { context, model } = createFakeExcel();
    typeInto(model, "Sheet1!B1", [[42]]);
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [[1, null, 3]];
    await context.sync();
    expect([shown(model, "Sheet1!A1"), shown(model, "Sheet1!B1"), shown(model, "Sheet1!C1")]).toEqual([1, 42, 3]);
  });

  test("getItem of a missing sheet fails at sync; getItemOrNullObject reports isNullObject after sync", async () => {
    const { context } = createFakeExcel();
    const missing = context.workbook.worksheets.getItemOrNullObject("表三");
    expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.worksheets.getItem("表三").getRange("A1").values = [[1]];
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
  });

  test("worksheets: add, load items, rename, visibility", async () => {
    const { context, model } = createFakeExcel();
    const ws = context.workbook.worksheets;
    const added = ws.add("表三 依申请公开");
    added.visibility = "Hidden";
    ws.load("items/name");
    await context.sync();
    expect(ws.items.map((s) => s.name)).toEqual(["Sheet1", "表三 依申请公开"]);
    expect(model.sheet("表三 依申请公开")?.visibility).toBe("Hidden");
    ws.getItem("Sheet1").visibility = "Hidden"; // would leave no visible sheet
    await expect(context.sync()).rejects.toThrow(/visible/);
  });

  test("pageLayout and screen-updating suspension exist only from ExcelApi 1.9", async () => {
    const old = createFakeExcel({ apiVersion: "1.8" });
    const sheet = old.context.workbook.worksheets.getItem("Sheet1");
    expect(() => sheet.pageLayout).toThrow(/ApiNotFound/);
    expect(() => old.context.workbook.application.suspendScreenUpdatingUntilNextSync()).toThrow(/ApiNotFound/);
    expect(old.office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(old.office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    const neu = createFakeExcel({ apiVersion: "1.12" });
    expect(neu.office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    const pl = neu.context.workbook.worksheets.getItem("Sheet1").pageLayout;
    pl.orientation = "Landscape";
    pl.setPrintTitleRows("$1:$3");
    await neu.context.sync();
    expect(neu.model.sheet("Sheet1")?.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$1:$3" });
  });

  test("a protected sheet refuses formats and locked-cell writes; protecting twice fails", async () => {
    const { context, model } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2").format.protection.locked = false;
    sheet.protection.protect();
    sheet.getRange("B2").values = [[5]]; // unlocked: allowed
    await context.sync();
    expect(shown(model, "Sheet1!B2")).toBe(5);
    sheet.getRange("A1").values = [["x"]];
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
    sheet.getRange("B2").format.fill.color = "#FF0000";
    await expect(context.sync()).rejects.toThrow(/AccessDenied/);
    sheet.protection.protect();
    await expect(context.sync()).rejects.toThrow(/already protected/);
  });

  test("merges keep the top-left value and refuse values in covered cells", async () => {
    const { context, model } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").values = [["标题", "x"]];
    sheet.getRange("A1:B1").merge(false);
    await context.sync();
    expect(shown(model, "Sheet1!B1")).toBe("");
    sheet.getRange("B1").values = [["y"]];
    await expect(context.sync()).rejects.toThrow(/merged/);
    sheet.getRange("B1:C1").merge(false);
    await expect(context.sync()).rejects.toThrow(/cuts through/);
  });

  test("format reads are uniform values or null when mixed", async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").format.fill.color = "#fff9d6";
    sheet.getRange("A1").format.font.bold = true;
    const both = sheet.getRange("A1:B1");
    both.load("format/fill/color, format/font/bold");
    await context.sync();
    expect(both.format.fill.color).toBe("#FFF9D6");
    expect(both.format.font.bold).toBeNull();
  });
});

describe("fake Excel: formulas", () => {
  test("arithmetic, comparisons, SUM over ranges and lists, $ and sheet references", async () => {
    const { context, model } = createFakeExcel();
    context.workbook.worksheets.add("表三 依申请公开");
    await context.sync();
    typeInto(model, "'表三 依申请公开'!A1:C2", [
      [1, 2, 3],
      [4, "'5", ""], // typed with an apostrophe: the text "5" (a plain "5" would be the number)
    ]);
    typeInto(model, "Sheet1!A1:A8", [
      ["=SUM('表三 依申请公开'!A1:C2)"],
      ["=SUM('表三 依申请公开'!$A$1,'表三 依申请公开'!B1:C1)*2"],
      ["=(1+2)*3-4/2"],
      ["=IF(A1>9,\"大\",\"小\")"],
      ["=AND(A1=10,OR(FALSE,ABS(-1)=1))"],
      ["=COUNTA('表三 依申请公开'!A1:C2)+COUNTBLANK('表三 依申请公开'!A1:C2)*10"],
      ["=ISBLANK('表三 依申请公开'!C2)"],
      ["=NOSUCH(1)"],
    ]);
    expect(shown(model, "Sheet1!A1")).toBe(10); // the text "5" is not summed from a range
    expect(shown(model, "Sheet1!A2")).toBe(12);
    expect(shown(model, "Sheet1!A3")).toBe(7);
    expect(shown(model, "Sheet1!A4")).toBe("大");
    expect(shown(model, "Sheet1!A5")).toBe(true);
    expect(shown(model, "Sheet1!A6")).toBe(15);
    expect(shown(model, "Sheet1!A7")).toBe(true);
    expect(shown(model, "Sheet1!A8")).toBe("#NAME?");
  });

  test("ROWS and COLUMNS count a range's rows and columns (the 汇总 formulas use ROWS)", async () => {
    const { context, model } = createFakeExcel();
    await context.sync();
    typeInto(model, "Sheet1!A1:A3", [["=ROWS(B2:D6)"], ["=COLUMNS(B2:D6)"], ["=IF(COUNT(C1:C2)=ROWS(C1:C2),SUM(C1:C2),\"未知\")"]]);
    expect(shown(model, "Sheet1!A1")).toBe(5);
    expect(shown(model, "Sheet1!A2")).toBe(3);
    expect(shown(model, "Sheet1!A3")).toBe("未知");
    typeInto(model, "Sheet1!C1:C2", [[4], [5]]);
    expect(shown(model, "Sheet1!A3")).toBe(9);
  });

  test("formulas recalculate after writes through the API, and `formulas` reads the formula", async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A3").formulas = [[1], [2], ["=SUM(A1:A2)"]];
    await context.sync();
    sheet.getRange("A1").values = [[40]];
    const r = sheet.getRange("A3");
    r.load("values, formulas");
    await context.sync();
    expect(r.values).toEqual([[42]]);
    expect(r.formulas).toEqual([["=SUM(A1:A2)"]]);
  });

  test("a malformed formula is rejected as Excel rejects it", async () => {
    const { context } = createFakeExcel();
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=SUM(A1:A2"]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
  });

  test("conditional formats evaluate relative to each cell of their range", async () => {
    const { context, model } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    typeInto(model, "Sheet1!A1:B2", [
      [1, ""],
      ["", 2],
    ]);
    const cf = sheet.getRange("A1:B2").conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=AND(ISBLANK(A1),COUNT($A$1:$B$2)>0)";
    cf.custom.format.fill.color = "#FCE4D6";
    await context.sync();
    expect([...model.highlighted(model.sheetOrThrow("Sheet1")).keys()].sort()).toEqual(["A2", "B1"]);
  });
});

describe("fake Excel: names and the user's structural edits", () => {
  test("names: add from a range, read their range, null objects for missing names", async () => {
    const { context } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    context.workbook.names.add("XXGK_T3", sheet.getRange("B2:D4"));
    const r = context.workbook.names.getItem("XXGK_T3").getRange();
    r.load("address");
    const gone = context.workbook.names.getItemOrNullObject("XXGK_GONE").getRangeOrNullObject();
    gone.load("address, values");
    await context.sync();
    expect(r.address).toBe("Sheet1!B2:D4");
    expect(gone.isNullObject).toBe(true);
    expect(() => gone.values).toThrow(/PropertyNotLoaded/);
    context.workbook.names.add("XXGK_T3", "=Sheet1!$A$1");
    await expect(context.sync()).rejects.toThrow(/ItemAlreadyExists/);
  });

  test("inserting a row shifts cells, names, merges and formulas; renaming keeps names attached", async () => {
    const { context, model } = createFakeExcel();
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A4").formulas = [[1], [2], [3], ["=SUM(A1:A3)"]];
    context.workbook.names.add("BLOCK", sheet.getRange("A1:A4"));
    sheet.getRange("B1:B2").merge(false);
    await context.sync();
    insertRows(model, "Sheet1", 2);
    expect(model.peek(model.sheetOrThrow("Sheet1"), 4, 0)?.formula).toBe("=SUM(A1:A4)");
    expect(model.nameFormula(model.names.get("block")!)).toBe("=Sheet1!$A$1:$A$5");
    expect(model.sheetOrThrow("Sheet1").merges).toEqual([{ row: 0, col: 1, rows: 3, cols: 1 }]);
    renameSheet(model, "Sheet1", "表 三");
    const r = context.workbook.names.getItem("BLOCK").getRange();
    r.load("address");
    await context.sync();
    expect(r.address).toBe("'表 三'!A1:A5");
    deleteName(model, "BLOCK");
    const n = context.workbook.names.getItemOrNullObject("BLOCK");
    await context.sync();
    expect(n.isNullObject).toBe(true);
  });
});
