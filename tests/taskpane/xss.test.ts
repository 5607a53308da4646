/** @jest-environment jsdom */
// Markup in the workbook (a cell's text, the agency name, the narrative) is shown as text: no element
// is created from it and no script runs.
import { typeInto } from "../fake-excel/structure";
import { typeAndNotify } from "../fake-excel/events";
import { click, layOutWithForm, refsOf, startPane, text } from "./pane-harness";

const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = "<script>window.__xss=1</script>";

test("markup from cells and the agency name never becomes elements", async () => {
  const h = startPane();
  await h.pane.ready;
  await layOutWithForm(h);
  const { refs } = await refsOf(h.fx);
  typeInto(h.fx.model, "B3", [[`${IMG}某区人社局`]], "xxgk_meta");
  typeInto(h.fx.model, refs["t3.granted.natural"].address, [[SCRIPT]], refs["t3.granted.natural"].sheet);
  const text1 = Object.keys(refs).find((k) => !k.startsWith("t"));
  if (text1) typeInto(h.fx.model, refs[text1].address, [[`${IMG}${SCRIPT}`]], refs[text1].sheet);
  typeAndNotify(h.fx.model, refs["t3.partial.natural"].sheet, refs["t3.partial.natural"].address, [[IMG]]);
  click("#check-button");
  await h.pane.idle();
  // Unfold every long group, so every finding (and the text it quotes) is rendered.
  for (let b = document.querySelector<HTMLElement>('[data-action="show-all"]'); b; b = document.querySelector('[data-action="show-all"]')) b.click();
  expect(text("#report-title")).toContain(IMG);
  expect(document.body.textContent).toContain(SCRIPT);
  expect(document.querySelectorAll("img, #app script, iframe, object")).toHaveLength(0);
  expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
});
