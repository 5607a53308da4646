// Real Excel's rules the add-in must live with, taught to the fake (each cites where Microsoft
// documents it, in the fake's source): its own writes raise onChanged; text that looks like a formula
// becomes one; Undo and the operations that clear it; cell-edit mode; requirement sets per host.
import { createFakeExcel } from "./index";
import { changedEvents, typeAndNotify } from "./events";
import type { ChangedArgs } from "./events";
import { PROFILES, profileSupports } from "./profiles";
import type { FakeWorksheet } from "./proxies-sheet";
import { shown, typeInto } from "./structure";

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("onChanged fires for the add-in's own data writes, not its format writes", () => {
  async function eventsAfter(profile: "office2019-retail" | "m365", write: (fx: ReturnType<typeof createFakeExcel>) => void) {
    const fx = createFakeExcel({ profile });
    const seen: ChangedArgs[] = [];
    const ws = fx.context.workbook.worksheets.getItem("Sheet1") as unknown as FakeWorksheet; // onChanged is outside XWorksheet
    ws.onChanged.add(async (a) => void seen.push(a));
    await fx.context.sync();
    write(fx);
    await fx.context.sync();
    await flush();
    return seen;
  }

  test("a value write raises it; on ExcelApi 1.8 the args do not say who wrote", async () => {
    const seen = await eventsAfter("office2019-retail", (fx) => void (fx.context.workbook.worksheets.getItem("Sheet1").getRange("B2:C2").values = [[1, 2]]));
    expect(seen).toHaveLength(1);
    expect(seen[0].address).toBe("B2:C2");
    expect("triggerSource" in seen[0]).toBe(false);
  });

  test("a fill and a validation prompt change no data and raise nothing; a value write beside them is ThisLocalAddin on 1.14+", async () => {
    // excel-add-ins-events.md: onChanged "occurs when the data of individual cells or comments has
    // changed"; format changes are onFormatChanged's (ExcelApi 1.9).
    const formatsOnly = await eventsAfter("m365", (fx) => {
      const r = fx.context.workbook.worksheets.getItem("Sheet1").getRange("D4");
      r.format.fill.color = "#FFC7CE";
      r.numberFormat = [["@"]];
      r.dataValidation.prompt = { showPrompt: true, title: "R1", message: "x" };
    });
    expect(formatsOnly).toHaveLength(0);
    const mixed = await eventsAfter("m365", (fx) => {
      const ws = fx.context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("D4").format.fill.color = "#FFC7CE";
      ws.getRange("B2").values = [[1]];
    });
    expect(mixed.map((e) => [e.address, e.triggerSource])).toEqual([["B2", "ThisLocalAddin"]]);
  });

  test("a batch that only reads raises nothing; the clerk's typing is Unknown on 1.14+", async () => {
    const seen = await eventsAfter("m365", (fx) => void fx.context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values"));
    expect(seen).toHaveLength(0);
    const fx = createFakeExcel({ profile: "m365" });
    typeAndNotify(fx.model, "Sheet1", "A1", [[1]]);
    expect(changedEvents(fx.model)[0].triggerSource).toBe("Unknown");
  });
});

describe("text written through values or formulas is read as typed", () => {
  async function written(v: string, format?: string) {
    const fx = createFakeExcel();
    const r = fx.context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    if (format) r.numberFormat = [[format]];
    r.values = [[v]];
    await fx.context.sync();
    return { shown: shown(fx.model, "Sheet1!A1"), formula: fx.model.peek(fx.model.sheetOrThrow("Sheet1"), 0, 0)?.formula };
  }

  test("=, + and - start a formula: =1+1 computes, -abc is #NAME?", async () => {
    expect(await written("=1+1")).toEqual({ shown: 2, formula: "=1+1" });
    expect(await written("+1+1")).toEqual({ shown: 2, formula: "=+1+1" });
    expect(await written("-abc")).toEqual({ shown: "#NAME?", formula: "=-abc" });
  });

  test("\"--\" is no formula at all: the batch fails", async () => {
    await expect(written("--")).rejects.toThrow(/InvalidArgument/);
  });

  test("a lone - stays text; a number in text becomes the number", async () => {
    expect(await written("-")).toEqual({ shown: "-", formula: undefined });
    expect(await written("-5")).toEqual({ shown: -5, formula: undefined });
    expect(await written("2021")).toEqual({ shown: 2021, formula: undefined });
  });

  test("a leading apostrophe keeps the rest as text; so does a Text (@) cell", async () => {
    expect(await written("'=HYPERLINK(\"x\")")).toEqual({ shown: "=HYPERLINK(\"x\")", formula: undefined });
    expect(await written("'--")).toEqual({ shown: "--", formula: undefined });
    expect(await written("=1+1", "@")).toEqual({ shown: "=1+1", formula: undefined });
  });
});

describe("the clerk's undo stack", () => {
  test("typing can be undone; protect/unprotect clear the stack on every host", async () => {
    const fx = createFakeExcel({ profile: "m365" });
    typeInto(fx.model, "Sheet1!A1", [[1]]);
    typeInto(fx.model, "Sheet1!A1", [[2]]);
    expect(fx.model.undo()).toBe(true);
    expect(shown(fx.model, "Sheet1!A1")).toBe(1);
    const p = fx.context.workbook.worksheets.getItem("Sheet1").protection;
    p.protect();
    await fx.context.sync();
    expect(fx.model.undoDepth).toBe(0);
    expect(fx.model.undo()).toBe(false);
  });

  test("from ExcelApi 1.20 (Microsoft 365) an add-in write keeps the stack; below it any write clears it", async () => {
    for (const [profile, kept] of [["m365", 1], ["office2019-vl", 0]] as const) {
      const fx = createFakeExcel({ profile });
      typeInto(fx.model, "Sheet1!A1", [[1]]);
      fx.context.workbook.worksheets.getItem("Sheet1").getRange("B1").format.fill.color = "#FFC7CE";
      await fx.context.sync();
      expect([profile, fx.model.undoDepth]).toEqual([profile, kept]);
    }
  });

  test("a batch that only reads never touches it", async () => {
    const fx = createFakeExcel({ profile: "office2019-vl" });
    typeInto(fx.model, "Sheet1!A1", [[1]]);
    fx.context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
    await fx.context.sync();
    expect(fx.model.undoDepth).toBe(1);
  });
});

describe("cell-edit mode", () => {
  test("a batch run while the clerk edits a cell fails with InvalidOperationInCellEditMode", async () => {
    const fx = createFakeExcel({ profile: "m365" });
    fx.model.enterCellEdit();
    await expect(
      fx.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  test("with delayForCellEdit (ExcelApi 1.11) it waits until the edit ends, then runs", async () => {
    const fx = createFakeExcel({ profile: "m365" });
    fx.model.enterCellEdit();
    let done = false;
    const run = fx.run({ delayForCellEdit: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[7]];
      await ctx.sync();
      done = true;
    });
    await flush();
    expect(done).toBe(false);
    fx.model.exitCellEdit();
    await run;
    expect(shown(fx.model, "Sheet1!A1")).toBe(7);
  });

  test("a host older than 1.11 ignores delayForCellEdit: the batch still fails", async () => {
    const fx = createFakeExcel({ profile: "office2019-vl" });
    fx.model.enterCellEdit();
    await expect(
      fx.run({ delayForCellEdit: true }, async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[7]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  test("run() syncs what the batch left queued, as Excel.run does", async () => {
    const fx = createFakeExcel();
    await fx.run(async (ctx) => void (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[3]]));
    expect(shown(fx.model, "Sheet1!A1")).toBe(3);
  });

  test("a host whose office.js lacks the DelayForCellEdit set never sends the flag: the batch fails even on ExcelApi 1.11", async () => {
    // office.js onBeforeExcelRun: `if (delayForCellEdit && isSetSupported("DelayForCellEdit"))`.
    const fx = createFakeExcel({ profile: "office2019-retail", apiVersion: "1.11" });
    fx.model.enterCellEdit();
    await expect(
      fx.run({ delayForCellEdit: true }, async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[7]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  test("a model may refuse with the code Microsoft's how-to names, InvalidOperation", async () => {
    const fx = createFakeExcel({ profile: "office2019-vl" });
    fx.model.cellEditErrorCode = "InvalidOperation";
    fx.model.enterCellEdit();
    await expect(fx.run(async (ctx) => void ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values"))).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe("host profiles and requirement sets", () => {
  test("Office 2019 volume-licensed is ExcelApi 1.7 with no ribbon commands; Office answers from the profile", () => {
    const fx = createFakeExcel({ profile: "office2019-vl" });
    expect(fx.apiVersion).toBe("1.7");
    expect(fx.profile.addinCommands).toBe(false);
    expect(fx.office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fx.office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(profileSupports(PROFILES.m365, "ExcelApi", "1.14")).toBe(true);
  });

  test("data validation (ExcelApi 1.8) fails the batch with ApiNotFound on a 1.7 host", async () => {
    const fx = createFakeExcel({ profile: "office2019-vl" });
    fx.context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.clear();
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("Office 2016 (ExcelApi 1.1) cannot add names, merge or use null objects", async () => {
    const fx = createFakeExcel({ profile: "office2016" });
    expect(() => fx.context.workbook.names.getItemOrNullObject("XXGK_T3")).toThrow(/ApiNotFound/);
    expect(() => fx.context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").merge()).toThrow(/ApiNotFound/);
  });

  test("a protected sheet takes fills only when protected with allowFormatCells", async () => {
    const fx = createFakeExcel();
    const ws = fx.context.workbook.worksheets.getItem("Sheet1");
    ws.protection.protect();
    ws.getRange("A1").format.fill.color = "#FFC7CE";
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    ws.protection.unprotect();
    ws.protection.protect({ allowFormatCells: true });
    ws.getRange("A1").format.fill.color = "#FFC7CE";
    await fx.context.sync();
    expect(fx.model.cell(fx.model.sheetOrThrow("Sheet1"), 0, 0).style.fill).toBe("#FFC7CE");
    ws.getRange("A1").dataValidation.prompt = { showPrompt: true, title: "t", message: "m" };
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
