// What office.js and Excel do around a batch, taught to the fake for #17: Excel.run's final sync
// (ClientRequestContext._runCommon), WorksheetCollection.onAdded (ExcelApi 1.7), the requirement
// sets Microsoft's tables give each host, and the members ExcelApi 1.1 lacks.
import { createFakeExcel } from "./index";
import type { FakeRequestContext } from "./index";
import { addSheetAndNotify } from "./events";
import { PROFILES, profileSupports } from "./profiles";
import type { FakeWorksheets } from "./proxies-workbook";

const flush = () => new Promise((r) => setTimeout(r, 0));

/** Counts syncs the way a caller wrapping ctx.sync does (the self-test's `counted`). */
function counting(ctx: FakeRequestContext): { n: number } {
  const seen = { n: 0 };
  const sync = ctx.sync.bind(ctx);
  ctx.sync = (<V>(pass?: V) => {
    seen.n++;
    return sync(pass);
  }) as typeof ctx.sync;
  return seen;
}

describe("Excel.run's final sync", () => {
  test("ends every batch that succeeded with one more ctx.sync(), queued work or not, through the context's own property", async () => {
    const fx = createFakeExcel();
    let seen = { n: 0 };
    let ctxOf: FakeRequestContext | undefined;
    await fx.run(async (ctx) => {
      seen = counting(ctx);
      ctxOf = ctx;
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await ctx.sync();
    });
    expect(seen.n).toBe(2);
    expect(ctxOf?.syncCount).toBe(2);
  });

  test("a batch that rejects gets no final sync", async () => {
    const fx = createFakeExcel();
    let ctxOf: FakeRequestContext | undefined;
    await expect(
      fx.run(async (ctx) => {
        ctxOf = ctx;
        throw new Error("stop");
      }),
    ).rejects.toThrow("stop");
    expect(ctxOf?.syncCount).toBe(0);
  });
});

describe("WorksheetCollection.onAdded (ExcelApi 1.7)", () => {
  test("tells a handler registered in one runtime about sheets another runtime or the clerk adds", async () => {
    const fx = createFakeExcel({ profile: "office2019-vl" });
    const added: string[] = [];
    const pane = fx.newContext();
    (pane.workbook.worksheets as FakeWorksheets).onAdded.add(async (a) => void added.push(a.worksheetId));
    await pane.sync();
    await fx.run(async (ribbon) => void ribbon.workbook.worksheets.add("表三 依申请公开"));
    addSheetAndNotify(fx.model, "手工表");
    await flush();
    expect(added).toEqual([fx.model.sheetOrThrow("表三 依申请公开").id, fx.model.sheetOrThrow("手工表").id]);
  });

  test("is missing below ExcelApi 1.7", () => {
    const fx = createFakeExcel({ profile: "rung-1.6" });
    expect(() => (fx.context.workbook.worksheets as FakeWorksheets).onAdded).toThrow(/ApiNotFound/);
  });
});

describe("requirement sets from Microsoft's tables", () => {
  test("no Excel host has AddinCommands 1.3 (PowerPoint only) or a set named ExcelUndoApiAll; undo of add-in writes is ExcelApi 1.20", () => {
    for (const p of Object.values(PROFILES)) {
      expect([p.name, profileSupports(p, "AddinCommands", "1.3")]).toEqual([p.name, false]);
      expect([p.name, "ExcelUndoApiAll" in p.sets]).toEqual([p.name, false]);
    }
    expect(profileSupports(PROFILES["office2019-vl"], "AddinCommands", "1.1")).toBe(false); // volume-licensed: only from Office 2021
    expect(profileSupports(PROFILES["office2016"], "ExcelApi", "1.1")).toBe(true);
    expect(profileSupports(PROFILES["office2016"], "ExcelApi", "1.2")).toBe(false);
  });

  test("ExcelApi 1.1 reads names and ranges but cannot read protection (1.2) or set visibility (1.2)", async () => {
    const fx = createFakeExcel({ profile: "office2016" });
    fx.model.addName("XXGK_X", fx.model.sheetOrThrow("Sheet1"), { row: 0, col: 0, rows: 1, cols: 1 });
    const names = fx.context.workbook.names.load("items/name, items/type");
    const r = fx.context.workbook.names.getItem("XXGK_X").getRange().load("address");
    await fx.context.sync();
    expect(names.items.map((n) => [n.name, n.type])).toEqual([["XXGK_X", "Range"]]);
    expect(r.address).toBe("Sheet1!A1");
    fx.context.workbook.worksheets.load("items/name, items/protection/protected");
    await expect(fx.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(() => (fx.context.workbook.worksheets.getItem("Sheet1").visibility = "Hidden")).toThrow(/ApiNotFound/);
  });
});
