/** @jest-environment jsdom */
// The 报告信息 form in the pane, over the strict fake workbook: the first 生成模板 asks for the year and
// agency and they land in the meta sheet and the title; 修改报告信息 changes them; Chinese error
// sentences sit under their fields; Enter submits, Escape cancels; labels are tied to inputs.
import { planLayout } from "../../src/layout/plan";
import { NAME, SHEET } from "../../src/layout/names";
import { shown } from "../fake-excel/structure";
import type { FakeExcel } from "../fake-excel";
import { click, fill, layOutWithForm, press, startPane, text } from "./pane-harness";

const titleAddress = planLayout("2021").names.find((n) => n.name === NAME.title)!.range;
const title = (fx: FakeExcel) => shown(fx.model, titleAddress, SHEET.narrative);
const meta = (fx: FakeExcel, address: string) => shown(fx.model, address, SHEET.meta);
const value = (sel: string) => document.querySelector<HTMLInputElement>(sel)!.value;

describe("报告信息 form", () => {
  test("the first 生成模板 asks; 2023 and 某区教育局 go into the meta sheet, the title and the header", async () => {
    const h = startPane(); // the harness's clock: 10 January 2025
    await h.pane.ready;
    click("#layout-button");
    expect(document.querySelector("#report-info")).not.toBeNull();
    expect(h.fx.model.sheets.map((s) => s.name)).not.toContain(SHEET.narrative); // nothing written yet
    expect(value("#info-year")).toBe("2024"); // last calendar year
    expect(value("#info-agency")).toBe("");
    expect(document.activeElement?.id).toBe("info-year");
    expect(text("#info-format")).toBe("2021 年格式（国办公开办函〔2021〕30号）");

    fill("#info-year", "2023");
    fill("#info-agency", "某区教育局");
    click("#info-submit");
    await h.pane.idle();
    expect(document.querySelector("#report-info")).toBeNull();
    expect(meta(h.fx, "B1")).toBe("2021");
    expect(meta(h.fx, "B2")).toBe(2023);
    expect(meta(h.fx, "B3")).toBe("某区教育局");
    expect(title(h.fx)).toBe("某区教育局2023年政府信息公开工作年度报告");
    expect(text("#report-title")).toBe("2023年度 · 某区教育局");
    expect(text("#report-format")).toContain("2021");
    expect(text("#notice")).toContain("模板已生成");
  });

  test("修改报告信息 opens with the workbook's own year and agency; a new year and agency update the title and meta, keeping the figures", async () => {
    const h = startPane();
    await h.pane.ready;
    await layOutWithForm(h, { year: "2023", agency: "某区教育局" });
    const { refsOf } = await import("./pane-harness");
    const { refs } = await refsOf(h.fx);
    const cell = refs["t3.new.natural"];
    const { typeInto } = await import("../fake-excel/structure");
    typeInto(h.fx.model, cell.address, [[57]], cell.sheet);

    click("#edit-info-button");
    expect(value("#info-year")).toBe("2023");
    expect(value("#info-agency")).toBe("某区教育局");
    expect(text("#info-submit")).toBe("保存并更新模板");
    expect(document.querySelector("#edit-info-button")).toBeNull(); // the link gives way to the form
    fill("#info-year", "2024");
    fill("#info-agency", "某区卫生健康局");
    press("#info-year", "Enter");
    await h.pane.idle();
    expect(document.querySelector("#conflict")).toBeNull();
    expect(meta(h.fx, "B2")).toBe(2024);
    expect(meta(h.fx, "B3")).toBe("某区卫生健康局");
    expect(title(h.fx)).toBe("某区卫生健康局2024年政府信息公开工作年度报告");
    expect(text("#report-title")).toBe("2024年度 · 某区卫生健康局");
    expect(shown(h.fx.model, cell.address, cell.sheet)).toBe(57);
    expect(document.activeElement?.id).toBe("edit-info-button");
  });

  test("a title the clerk edited is kept when the year changes", async () => {
    const h = startPane();
    await h.pane.ready;
    await layOutWithForm(h, { year: "2023", agency: "某区教育局" });
    const { typeInto } = await import("../fake-excel/structure");
    typeInto(h.fx.model, titleAddress, [["某区教育局政务公开年报（自拟标题）"]], SHEET.narrative);
    click("#edit-info-button");
    fill("#info-year", "2024");
    press("#info-year", "Enter");
    await h.pane.idle();
    expect(meta(h.fx, "B2")).toBe(2024);
    expect(title(h.fx)).toBe("某区教育局政务公开年报（自拟标题）");
  });

  test("errors are Chinese sentences under their fields, announced and focused; nothing is written", async () => {
    const h = startPane();
    await h.pane.ready;
    click("#layout-button");
    fill("#info-year", "2018");
    fill("#info-agency", "   ");
    press("#info-agency", "Enter");
    await h.pane.idle();
    expect(text("#info-year-error")).toBe("报告年度应在 2019 年至 2025 年之间。");
    expect(text("#info-agency-error")).toBe("请填写机关名称。");
    const year = document.querySelector("#info-year")!;
    expect(year.getAttribute("aria-invalid")).toBe("true");
    expect(year.getAttribute("aria-describedby")).toContain("info-year-error");
    expect(document.activeElement?.id).toBe("info-year");
    expect(h.fx.model.sheets.map((s) => s.name)).not.toContain(SHEET.meta);

    fill("#info-year", "2024");
    fill("#info-agency", "局".repeat(61));
    click("#info-submit");
    expect(document.querySelector("#info-year-error")).toBeNull();
    expect(text("#info-agency-error")).toBe("机关名称不能超过 60 个字（现为 61 个字）。");
    expect(document.activeElement?.id).toBe("info-agency");
  });

  test("the format line follows the year: 2019 and 2020 need the trial format", async () => {
    const h = startPane();
    await h.pane.ready;
    click("#layout-button");
    fill("#info-year", "2020");
    expect(text("#info-format")).toBe("2019 年试行格式（国办公开办函〔2019〕60号）");
    fill("#info-year", "20");
    expect(text("#info-format")).toBe("填写有效的年度后显示");
    fill("#info-year", "2020");
    fill("#info-agency", "某区教育局");
    press("#info-agency", "Enter");
    await h.pane.idle();
    expect(meta(h.fx, "B1")).toBe("2019");
    expect(text("#report-format")).toContain("2019");
    expect(document.querySelector('[data-rule="R10"]')).toBeNull();
  });

  test("a year needing the other format is refused on a laid-out workbook, not converted", async () => {
    const h = startPane();
    await h.pane.ready;
    await layOutWithForm(h, { year: "2020", agency: "某区教育局" });
    click("#edit-info-button");
    fill("#info-year", "2023");
    expect(text("#info-format")).toBe("2021 年格式（国办公开办函〔2021〕30号）");
    press("#info-year", "Enter");
    await h.pane.idle();
    expect(text("#info-year-error")).toBe(
      "2023 年度的报告须用2021 年格式（国办公开办函〔2021〕30号），而本工作簿是2019 年试行格式（国办公开办函〔2019〕60号）：请在新的工作簿中生成模板。",
    );
    expect(meta(h.fx, "B2")).toBe(2020);
    fill("#info-year", "2019");
    press("#info-year", "Enter");
    await h.pane.idle();
    expect(meta(h.fx, "B1")).toBe("2019");
    expect(meta(h.fx, "B2")).toBe(2019);
    expect(document.querySelector("#conflict")).toBeNull();
  });

  test("Escape cancels and gives focus back; Enter while a Chinese IME is composing does not submit", async () => {
    const h = startPane();
    await h.pane.ready;
    click("#layout-button");
    fill("#info-agency", "mouqu");
    press("#info-agency", "Enter", { isComposing: true });
    expect(document.querySelector("#report-info")).not.toBeNull();
    press("#info-agency", "Escape");
    expect(document.querySelector("#report-info")).toBeNull();
    expect(document.activeElement?.id).toBe("layout-button");
    await h.pane.idle();
    expect(h.fx.model.sheets.map((s) => s.name)).not.toContain(SHEET.meta);
  });

  test("labels are tied to their inputs and markup typed as the agency is shown as text", async () => {
    const h = startPane();
    await h.pane.ready;
    click("#layout-button");
    for (const id of ["info-year", "info-agency"]) {
      const label = document.querySelector(`label[for="${id}"]`);
      expect(label?.textContent).toBeTruthy();
      expect(document.getElementById(id)?.tagName).toBe("INPUT");
    }
    expect(document.querySelector("#info-year")!.getAttribute("type")).toBe("number");
    const IMG = "<img src=x onerror=window.__xss=1>";
    await layOutWithForm(h, { agency: `${IMG}某区` });
    expect(text("#report-title")).toBe(`2024年度 · ${IMG}某区`);
    expect(meta(h.fx, "B3")).toBe(`${IMG}某区`);
    expect(document.querySelectorAll("img")).toHaveLength(0);
    expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
  });

  test("生成模板 on a laid-out workbook re-lays it without asking, keeping the year and agency", async () => {
    const h = startPane();
    await h.pane.ready;
    await layOutWithForm(h, { year: "2023", agency: "某区教育局" });
    click("#layout-button");
    expect(document.querySelector("#report-info")).toBeNull();
    await h.pane.idle();
    expect(meta(h.fx, "B2")).toBe(2023);
    expect(meta(h.fx, "B3")).toBe("某区教育局");
  });
});
