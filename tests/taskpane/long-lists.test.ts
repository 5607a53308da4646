/** @jest-environment jsdom */
// A half-filled table has dozens of blank cells: the pane folds a long rule group so the other rules
// stay in reach, and one click shows the rest.
import { COLLAPSED_SHOWN } from "../../src/taskpane/render-findings";
import { typeInto } from "../fake-excel/structure";
import { click, layOutWithForm, refsOf, startPane } from "./pane-harness";

test("a long group shows its first findings and a button for the rest", async () => {
  const h = startPane();
  await h.pane.ready;
  await layOutWithForm(h);
  const { refs } = await refsOf(h.fx);
  // Table 三's first row typed: every other input cell of it is now a blank to report (R5). (A column
  // left blank from top to bottom would be one finding, so each applicant column gets a figure.)
  typeInto(h.fx.model, refs["t3.new.natural"].address, [[3, 0, 0, 0, 0, 0]], refs["t3.new.natural"].sheet);
  click("#check-button");
  await h.pane.idle();

  const r5 = document.querySelector<HTMLElement>('[data-group="t3"] [data-rule="R5"]')!;
  expect(r5.querySelectorAll("li.finding")).toHaveLength(COLLAPSED_SHOWN);
  const more = r5.querySelector<HTMLButtonElement>('[data-action="show-all"]')!;
  const hidden = Number(/\d+/.exec(more.textContent ?? "")?.[0]);
  expect(hidden).toBeGreaterThan(100);
  // The other rules of the table are still on screen, after the folded group.
  expect(document.querySelector('[data-group="t3"] [data-rule="R1"] li.finding')).not.toBeNull();

  more.click();
  const all = document.querySelector<HTMLElement>('[data-group="t3"] [data-rule="R5"]')!;
  expect(all.querySelectorAll("li.finding")).toHaveLength(COLLAPSED_SHOWN + hidden);
  expect(all.querySelector('[data-action="show-all"]')).toBeNull();
});
