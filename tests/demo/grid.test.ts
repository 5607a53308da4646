/** @jest-environment jsdom */
// The demo's grid: cells drawn as text (a workbook's "<img …>" stays text), merges spanned, typing
// through the input bar reaches the workbook as the clerk's edit, a locked cell refuses with a
// sentence, and a selection made elsewhere (the pane's finding click) is drawn and follows its sheet.
import { createGrid } from "../../src/demo/grid";
import { MemoryWorkbook } from "../../src/memory-host/workbook";
import "../../src/memory-host/messages";

function setUp() {
  const wb = new MemoryWorkbook();
  const a = wb.addSheet("甲");
  const b = wb.addSheet("乙");
  wb.enter(a, 1, 1, "<img src=x onerror=alert(1)>");
  wb.enter(a, 2, 1, 3);
  wb.enter(a, 2, 2, 4);
  wb.enter(a, 3, 1, "=SUM(A2:B2)");
  a.merges.push({ top: 1, left: 1, bottom: 1, right: 2 });
  a.protected = true;
  wb.at(a, 2, 1).locked = false;
  wb.enter(b, 5, 3, "乙表");
  wb.active = a;
  const root = document.createElement("div");
  document.body.appendChild(root);
  const edits: string[] = [];
  wb.onEdit((s, addr) => edits.push(`${s}!${addr}`));
  const grid = createGrid(root, wb, "zh-CN");
  return { wb, a, root, grid, edits };
}

const td = (root: HTMLElement, address: string) => root.querySelector<HTMLTableCellElement>(`td[data-address="${address}"]`)!;
const enter = (root: HTMLElement, text: string) => {
  const input = root.querySelector<HTMLInputElement>("#demo-input")!;
  input.value = text;
  input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
};

test("draws values as text, computes the SUM, spans merges", () => {
  const { root } = setUp();
  expect(td(root, "A1").textContent).toBe("<img src=x onerror=alert(1)>");
  expect(root.querySelector("img")).toBeNull();
  expect(td(root, "A1").colSpan).toBe(2);
  expect(td(root, "B1")).toBeNull();
  expect(td(root, "A3").textContent).toBe("7");
});

test("typing into an unlocked cell is the clerk's edit; a locked cell refuses with a sentence", () => {
  const { wb, a, root, edits } = setUp();
  td(root, "A2").click();
  expect(root.querySelector<HTMLInputElement>("#demo-input")!.value).toBe("3");
  enter(root, "10");
  expect(wb.shown(a, 2, 1)).toBe(10);
  expect(td(root, "A3").textContent).toBe("14");
  expect(edits).toEqual(["甲!A2"]);
  td(root, "B2").click();
  enter(root, "1");
  expect(wb.shown(a, 2, 2)).toBe(4);
  expect(root.querySelector("#demo-status")!.textContent).toBe("甲!B2 是受保护的单元格（标题、公式或表头），不能编辑。");
  expect(edits).toEqual(["甲!A2"]);
});

test("a selection made by the pane switches the sheet and marks the cell", () => {
  const { wb, root } = setUp();
  wb.select("乙", "C5");
  expect(root.querySelector("#demo-grid")!.getAttribute("data-sheet")).toBe("乙");
  expect(td(root, "C5").className).toContain("selected");
  expect(root.querySelector<HTMLInputElement>("#demo-cellname")!.value).toBe("C5");
});

test("the name box selects a typed address on the current sheet, and says so when it is none", () => {
  const { wb, root } = setUp();
  const box = root.querySelector<HTMLInputElement>("#demo-cellname")!;
  box.value = "b2";
  box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  expect(wb.selection).toEqual({ sheet: "甲", address: "B2" });
  expect(td(root, "B2").className).toContain("selected");
  expect(document.activeElement?.id).toBe("demo-input");
  box.value = "表三";
  box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  expect(root.querySelector("#demo-status")!.textContent).toBe("“表三”不是单元格地址，请输入如 D5 的地址。");
  expect(wb.selection).toEqual({ sheet: "甲", address: "B2" });
});

test("a redraw after a host step keeps what the clerk is typing; a new selection shows its cell", () => {
  const { wb, root, grid } = setUp();
  td(root, "A2").click();
  const input = root.querySelector<HTMLInputElement>("#demo-input")!;
  input.value = "12"; // typed, not yet entered
  grid.redraw();
  expect(input.value).toBe("12");
  wb.select("甲", "A3");
  expect(input.value).toBe("=SUM(A2:B2)");
});
