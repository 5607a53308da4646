/** @jest-environment jsdom */
// 添加说明 on a warning: the form, saving into the workbook, "已说明", and "说明已过期" after a change.
import { planLayout } from "../../src/layout/plan";
import { typeInto } from "../fake-excel/structure";
import { click, layOutWithForm, refsOf, startPane } from "./pane-harness";

test("a warning is explained, saved in the workbook, and goes stale when its figures change", async () => {
  const h = startPane();
  await h.pane.ready;
  await layOutWithForm(h);
  const { refs } = await refsOf(h.fx);
  const prior = planLayout("2021").sheets.find((s) => s.role === "prior")!;
  const priorCell = prior.cells.find((c) => c.key === "t3.carriedOut.natural")!;
  typeInto(h.fx.model, refs["t3.carriedIn.natural"].address, [[0]], refs["t3.carriedIn.natural"].sheet);
  typeInto(h.fx.model, priorCell.address, [[3]], prior.name);
  click("#check-button");
  await h.pane.idle();

  const r6 = () => document.querySelector<HTMLElement>('li[data-id^="R6:"]')!;
  (r6().querySelector('[data-action="explain"]') as HTMLElement).click();
  const area = r6().querySelector("textarea")!;
  (r6().querySelector('[data-action="save-explanation"]') as HTMLElement).click();
  expect(r6().querySelector(".explain-problem")?.textContent).toBe("请先填写说明。");
  area.value = "已撤回";
  r6().querySelector("textarea")!.value = "已撤回";
  r6().querySelector("textarea")!.dispatchEvent(new Event("input"));
  (r6().querySelector('[data-action="save-explanation"]') as HTMLElement).click();
  await h.pane.idle();
  expect(r6().classList.contains("finding--explained")).toBe(true);
  expect(r6().textContent).toContain("已说明");
  expect(r6().textContent).toContain("已撤回");
  expect(document.querySelector("#summary-counts")?.textContent).toContain("已说明 1 项");

  typeInto(h.fx.model, refs["t3.carriedIn.natural"].address, [[1]], refs["t3.carriedIn.natural"].sheet);
  click("#check-button");
  await h.pane.idle();
  expect(r6().classList.contains("finding--stale")).toBe(true);
  expect(r6().textContent).toContain("说明已过期（数字已变化）");
  expect(r6().textContent).toContain("原说明：已撤回");
});
