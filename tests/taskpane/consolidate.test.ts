/** @jest-environment jsdom */
// 汇总 in the pane, over the fake workbook: two bodies' published reports chosen, each listed with
// its status; 写入 puts one row per body in the 明细 sheet and a SUM over 明细 into each table input
// cell; choosing a body again replaces its row by name and keeps the others. A part with errors is
// left out unless ticked.
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { PARTS_SHEET } from "../../src/consolidate";
import { initialState } from "../../src/taskpane/pane-state";
import { partIncluded, partRead, partsChosen, partsToWrite, toggleConsolidate } from "../../src/taskpane/consolidate-state";
import { typeAndNotify } from "../fake-excel/events";
import { shown } from "../fake-excel/structure";
import { click, layOutWithForm, refsOf, startPane, text } from "./pane-harness";
import type { Harness } from "./pane-harness";
import { parseArea } from "../fake-excel/address";

const g = globalThis as unknown as { TextDecoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;

const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "reports", name));

async function choose(h: Harness, files: File[]): Promise<void> {
  const input = document.querySelector<HTMLInputElement>("#parts-file")!;
  Object.defineProperty(input, "files", { value: files, configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await h.pane.idle();
}

const rows = () => [...document.querySelectorAll("#parts-list > li")].map((li) => [li.querySelector(".part-title")?.textContent, li.querySelector(".part-status")?.textContent]);

describe("汇总 in the pane", () => {
  it("reads the chosen parts, writes 明细 and sums the tables over it; a body chosen again is replaced", async () => {
    const h = startPane();
    await h.pane.ready;
    await layOutWithForm(h, { year: "2024", agency: "某区政府" });
    click("#parts-button");
    expect(document.querySelector<HTMLInputElement>("#parts-file")!.multiple).toBe(true);
    expect(document.activeElement?.id).toBe("parts-file");
    await choose(h, [new File([fixture("sample-2024-panyu-hrss.txt")], "番禺.txt"), new File([fixture("tab-2023.txt")], "卫健.txt"), new File(["x"], "notes.pdf")]);
    const listed = rows();
    expect(listed[0][0]).toBe("广州市番禺区人力资源和社会保障局（番禺.txt）");
    expect(listed[1][0]).toBe("某市某区卫生健康局（卫健.txt）");
    expect(listed[2]).toEqual(["notes.pdf", "不能汇总"]);
    expect(text('#parts-list li[data-file="notes.pdf"]')).toContain("不是可汇总的文件");
    const taken = listed.filter((r) => r[1] !== "有错误" && r[1] !== "不能汇总").length;
    expect(text("#parts-write")).toBe(`写入“明细”表（${taken} 个单位）`);

    // Take every readable part in (ticking any with errors), then write.
    for (const box of document.querySelectorAll<HTMLInputElement>('#parts-list input[type="checkbox"]:not(:disabled):not(:checked)')) box.click();
    click("#parts-write");
    await h.pane.idle();
    expect(text("#notice")).toContain("已写入“明细”表：共 2 个单位");
    const sheet = h.fx.model.sheetOrThrow(PARTS_SHEET);
    expect(sheet).toBeDefined();
    expect(shown(h.fx.model, "A4", PARTS_SHEET)).toBe("广州市番禺区人力资源和社会保障局");
    expect(shown(h.fx.model, "A5", PARTS_SHEET)).toBe("某市某区卫生健康局");
    expect(shown(h.fx.model, "B4", PARTS_SHEET)).toBe("番禺.txt");

    // Each table input is now a formula over its 明细 column.
    const { refs } = await refsOf(h.fx);
    const ref = refs["t3.new.natural"];
    const a = parseArea(ref.address);
    const cell = h.fx.model.sheetOrThrow(ref.sheet).cells.get(`${a.row},${a.col}`);
    expect(cell?.formula).toMatch(/SUM\('?明细'?!\$[A-Z]+\$4:\$[A-Z]+\$5\)/);

    // 番禺 again: its row is replaced by name, 卫健 stays; still two rows.
    click("#parts-button");
    await choose(h, [new File([fixture("sample-2024-panyu-hrss.txt")], "番禺-修订.txt")]);
    for (const box of document.querySelectorAll<HTMLInputElement>('#parts-list input[type="checkbox"]:not(:disabled):not(:checked)')) box.click();
    click("#parts-write");
    await h.pane.idle();
    expect(text("#notice")).toContain("已替换：广州市番禺区人力资源和社会保障局");
    expect(shown(h.fx.model, "B4", PARTS_SHEET)).toBe("番禺-修订.txt");
    expect(shown(h.fx.model, "A5", PARTS_SHEET)).toBe("某市某区卫生健康局");
    expect(shown(h.fx.model, "A6", PARTS_SHEET) ?? "").toBe("");
  });
});

describe("R12 in the pane", () => {
  it("after 汇总, a table figure typed over its SUM is listed as an R12 error at that cell", async () => {
    const h = startPane();
    await h.pane.ready;
    await layOutWithForm(h, { year: "2024", agency: "某区政府" });
    click("#parts-button");
    await choose(h, [new File([fixture("sample-2024-panyu-hrss.txt")], "番禺.txt"), new File([fixture("tab-2023.txt")], "卫健.txt")]);
    for (const box of document.querySelectorAll<HTMLInputElement>('#parts-list input[type="checkbox"]:not(:disabled):not(:checked)')) box.click();
    click("#parts-write");
    await h.pane.idle();
    click("#check-button");
    await h.pane.idle();
    expect(document.querySelector('[data-finding^="R12:"]')).toBeNull();

    const { readReport } = await import("../../src/excel/read-report");
    const { asExcel } = await import("../fake-excel/adapter");
    const { report } = await readReport(asExcel(h.fx.newContext()));
    const sum = report.cells["t3.granted.natural"];
    expect(sum?.kind).toBe("number");
    const ref = report.refs!["t3.granted.natural"];
    typeAndNotify(h.fx.model, ref.sheet, ref.address, [[(sum as { value: number }).value + 5]]);
    click("#check-button");
    await h.pane.idle();
    const found = [...document.querySelectorAll('[data-finding^="R12:"]')];
    expect(found).toHaveLength(1);
    expect(found[0].textContent).toContain(`不等于明细中 2 个单位的合计 ${(sum as { value: number }).value}`);
    expect(found[0].textContent).toContain(ref.address);
  });
});

describe("汇总 in the pane invents no balance error", () => {
  // Issue 18: a part with blank and "/" cells makes those sums 未知; the template's totals over them
  // (=SUM, which skips text) hold partial sums — read as unknown, never checked as whole.
  it("a consolidation with 未知 cells has no R1–R4 error when no part has one", async () => {
    const h = startPane();
    await h.pane.ready;
    await layOutWithForm(h, { year: "2024", agency: "某区政府" });
    click("#parts-button");
    await choose(h, [new File([fixture("sample-2024-panyu-hrss.txt")], "番禺.txt"), new File([fixture("html-2023-spans.html")], "财政.html")]);
    for (const box of document.querySelectorAll<HTMLInputElement>('#parts-list input[type="checkbox"]:not(:disabled):not(:checked)')) box.click();
    click("#parts-write");
    await h.pane.idle();
    const { readReport } = await import("../../src/excel/read-report");
    const { asExcel } = await import("../fake-excel/adapter");
    const { checkReport } = await import("../../src/check/engine");
    const { report } = await readReport(asExcel(h.fx.newContext()));
    expect(report.cells["t3.withheld2.business"]).toEqual({ kind: "unread", unknown: true });
    const balance = checkReport(report).filter((f) => f.severity === "error" && ["R1", "R2", "R3", "R4"].includes(f.rule));
    expect(balance).toEqual([]);
  }, 60_000);
});

describe("汇总 state", () => {
  const part = (status: "ok" | "errors") => ({ body: `某${status}局`, file: `${status}.xlsx`, year: 2024, status, cells: {} });
  it("leaves a part with errors out unless ticked, and never takes a part of another format", () => {
    let s = partsChosen(toggleConsolidate(initialState()), ["ok.xlsx", "errors.xlsx", "2019.xlsx"]);
    s = partRead(s, "ok.xlsx", { ok: true, part: part("ok"), format: "2021", problems: [] }, "2021", "zh-CN");
    s = partRead(s, "errors.xlsx", { ok: true, part: part("errors"), format: "2021", problems: ["错误：…"] }, "2021", "zh-CN");
    s = partRead(s, "2019.xlsx", { ok: true, part: { ...part("ok"), body: "旧" }, format: "2019", problems: [] }, "2021", "zh-CN");
    expect(partsToWrite(s).map((p) => p.body)).toEqual(["某ok局"]);
    expect(s.consolidate?.items[2].failure).toContain("不能汇总");
    s = partIncluded(s, "errors.xlsx", true);
    expect(partsToWrite(s).map((p) => p.body)).toEqual(["某ok局", "某errors局"]);
    s = partIncluded(s, "2019.xlsx", true);
    expect(partsToWrite(s)).toHaveLength(2);
  });
});
