/** @jest-environment jsdom */
// The pane end to end in jsdom, over the strict fake workbook.
import { WRITE_WINDOW_MS } from "../../src/host/own-writes";
import { typeAndNotify, changedHandlerCount } from "../fake-excel/events";
import { click, fill, layOutWithForm, press, refsOf, startPane, text } from "./pane-harness";

const T3 = "表三 依申请公开";

async function laidOut() {
  const h = startPane();
  await h.pane.ready;
  await layOutWithForm(h);
  return h;
}

describe("task pane", () => {
  test("an empty workbook says the template is not laid out; 生成模板 asks for the report's details, lays it out and checks", async () => {
    const h = startPane();
    await h.pane.ready;
    expect(text("#report-title")).toContain("尚未生成模板");
    expect(document.querySelector("#not-checked")).not.toBeNull();
    expect(document.querySelector("#edit-info-button")).toBeNull();
    await layOutWithForm(h);
    expect(h.fx.model.sheets.map((s) => s.name)).toContain(T3);
    expect(text("#notice")).toContain("模板已生成");
    expect(text("#summary-counts")).toMatch(/^错误 \d+ 项 · 警告 \d+ 项 · 已说明 0 项$/);
    expect(changedHandlerCount(h.fx.model, T3)).toBe(1);
  });

  test("live: an edit re-checks after the debounce; a click selects the finding's cell", async () => {
    const h = await laidOut();
    const { refs } = await refsOf(h.fx);
    jest.useFakeTimers();
    try {
      // Events just after the add-in's own batch are taken as its echo (no triggerSource below ExcelApi 1.14).
      jest.advanceTimersByTime(WRITE_WINDOW_MS + 1);
      typeAndNotify(h.fx.model, T3, refs["t3.new.natural"].address, [[10]]);
      await Promise.resolve();
      await Promise.resolve();
      expect(document.querySelector('[data-finding^="R1:"]')).toBeNull();
      jest.advanceTimersByTime(400);
    } finally {
      jest.useRealTimers();
    }
    await h.pane.idle();
    const r1 = document.querySelector<HTMLElement>('[data-finding^="R1:"]');
    expect(r1).not.toBeNull();
    expect(r1!.getAttribute("role")).toBe("button");
    expect(r1!.getAttribute("tabindex")).toBe("0");
    r1!.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    await h.pane.idle();
    expect(h.fx.model.selection?.sheet.name).toBe(T3);
    expect(h.fx.model.activeSheet?.name).toBe(T3);
  });

  test("errors have no explain button; Excel's errors show as a sentence", async () => {
    const h = await laidOut();
    const { refs } = await refsOf(h.fx);
    typeAndNotify(h.fx.model, T3, refs["t3.new.natural"].address, [[10]]);
    click("#check-button");
    await h.pane.idle();
    const err = document.querySelector('li.finding--error');
    expect(err?.querySelector('[data-action="explain"]')).toBeNull();
    // The sheet is deleted behind the pane's back: selecting fails with ItemNotFound.
    h.fx.model.sheets = h.fx.model.sheets.filter((s) => s.name !== T3);
    click('[data-finding^="R1:"]');
    await h.pane.idle();
    expect(text("#error")).toContain("找不到所需的工作表或单元格");
  });
});

describe("生成模板 conflicts", () => {
  test("the pane asks in a panel before overwriting; cancel keeps the cells, overwrite lays out", async () => {
    const h = startPane();
    await h.pane.ready;
    h.fx.model.addSheet(T3);
    typeAndNotify(h.fx.model, T3, "D5:E5", [["我的数据", 42]]);
    await layOutWithForm(h, { year: "2023", agency: "某区教育局" });
    expect(text("#conflict")).toContain("生成模板会覆盖已有内容");
    click("#cancel-overwrite-button");
    expect(document.querySelector("#conflict")).toBeNull();
    // Reopened, the form offers what was typed; 覆盖并生成 keeps the year and agency it was given.
    click("#layout-button");
    expect(document.querySelector<HTMLInputElement>("#info-year")!.value).toBe("2023");
    expect(document.querySelector<HTMLInputElement>("#info-agency")!.value).toBe("某区教育局");
    fill("#info-agency", "某区教育局（盖章）");
    press("#info-agency", "Enter");
    await h.pane.idle();
    click("#overwrite-button");
    await h.pane.idle();
    expect(document.querySelector("#conflict")).toBeNull();
    expect(h.fx.model.sheets.map((s) => s.name)).toContain("表二 主动公开");
    expect(text("#report-title")).toBe("2023年度 · 某区教育局（盖章）");
  });

  test("a question left by the ribbon's 生成模板 is asked when the pane opens", async () => {
    const settings = new Map<string, unknown>([["xxgk.pendingLayoutConflict", true]]);
    const { createFakeExcel } = await import("../fake-excel");
    const fx = createFakeExcel();
    fx.model.addSheet(T3);
    typeAndNotify(fx.model, T3, "D5", [["我的数据"]]);
    const h = startPane({ fx, settings });
    await h.pane.ready;
    expect(text("#conflict")).toContain("生成模板会覆盖已有内容");
    expect(text("#notice")).toContain("从功能区运行");
    expect(settings.has("xxgk.pendingLayoutConflict")).toBe(false);
  });

  test("the live switch is remembered in storage", async () => {
    const storage = new Map<string, string>();
    const h = startPane({ storage });
    await h.pane.ready;
    const box = document.querySelector<HTMLInputElement>("#live-switch")!;
    expect(box.checked).toBe(true);
    box.checked = false;
    box.dispatchEvent(new Event("change"));
    expect(storage.get("xxgk.liveCheck")).toBe("off");
    expect(h.pane.live.enabled).toBe(false);
    const again = startPane({ storage });
    await again.pane.ready;
    expect(document.querySelector<HTMLInputElement>("#live-switch")!.checked).toBe(false);
  });
});
