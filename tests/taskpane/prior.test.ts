/** @jest-environment jsdom */
// 导入上年数据 in the pane: choose last year's published report, see what was found and what to know
// about it, 写入 → the 上年数据 sheet holds the figures and the pane re-checks (R6 shows where this
// year's 上年结转 disagrees). A file that cannot be used gets one sentence; its content is text, never markup.
import { readFileSync } from "fs";
import { join } from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { readReport } from "../../src/excel/read-report";
import { SHEET } from "../../src/layout/names";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { click, layOutWithForm, refsOf, startPane, text } from "./pane-harness";
import type { Harness } from "./pane-harness";

// jsdom has no TextDecoder; the WebViews the pane runs in do (Node's has the same GB18030 support).
const g = globalThis as unknown as { TextDecoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;

const SAMPLE = readFileSync(join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt"));

async function laidOut2025(): Promise<Harness> {
  const h = startPane();
  await h.pane.ready;
  await layOutWithForm(h, { year: "2025", agency: "某区人社局" });
  return h;
}

/** Chooses a file in the panel's <input type=file> as the clerk would, and waits for it to be read. */
async function choose(h: Harness, file: File): Promise<void> {
  const input = document.querySelector<HTMLInputElement>("#prior-file")!;
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await h.pane.idle();
}

const priorRefs = async (h: Harness) => (await refsOf(h.fx)).prior;

describe("导入上年数据", () => {
  it("is offered only once the workbook is laid out", async () => {
    const h = startPane();
    await h.pane.ready;
    expect(document.querySelector("#prior-button")).toBeNull();
    await layOutWithForm(h, { year: "2025" });
    expect(text("#prior-button")).toBe("导入上年数据");
    const actions = [...document.querySelectorAll("#actions button")].map((b) => b.id);
    expect(actions.indexOf("prior-button")).toBe(actions.indexOf("layout-button") + 1);
  });

  it("reads the 2024 report for a 2025 workbook, shows what it found, writes it, and R6 then warns", async () => {
    const h = await laidOut2025();
    const { refs } = await refsOf(h.fx);
    // This year's 上年结转 as typed: 0 — last year carried over 1 (自然人 and 总计).
    for (const k of ["t3.carriedIn.natural", "t3.carriedIn.total"]) typeInto(h.fx.model, refs[k].address, [[0]], refs[k].sheet);
    click("#prior-button");
    const input = document.querySelector<HTMLInputElement>("#prior-file")!;
    expect(input.type).toBe("file");
    expect(input.accept).toBe(".xlsx,.txt,.html,.htm,.docx");
    expect(document.activeElement).toBe(input);

    await choose(h, new File([SAMPLE], "2024年报.txt", { type: "text/plain" }));
    expect(text("#prior-source")).toBe("读到：2024年度 · 广州市番禺区人力资源和社会保障局 · 2021 年（国办公开办函〔2021〕30号）（2024年报.txt）");
    const figures = [...document.querySelectorAll("#prior-figures tr")].map((tr) => [tr.getAttribute("data-key"), tr.querySelector("td")!.textContent]);
    expect(figures).toContainEqual(["t3.carriedOut.natural", "1"]);
    expect(figures).toContainEqual(["t3.carriedOut.total", "1"]);
    expect(figures).toContainEqual(["t2.normative.inForce", "1"]);
    expect(figures).toHaveLength(9);
    expect(document.querySelector("#prior-problems")).toBeNull(); // the right year, nothing blank
    expect(document.querySelector('li[data-id^="R6:"]')).toBeNull(); // nothing written yet
    expect(document.activeElement?.id).toBe("prior-write");

    click("#prior-write");
    await h.pane.idle();
    expect(document.querySelector("#prior-panel")).toBeNull();
    expect(text("#notice")).toContain("上年数据已写入");
    const read = await readReport(asExcel(h.fx.newContext()));
    expect(read.prior?.cells["t3.carriedOut.natural"]).toEqual({ kind: "number", value: 1 });
    expect(read.prior?.cells["t3.carriedOut.total"]).toEqual({ kind: "number", value: 1 });
    expect(read.prior?.cells["t2.normative.inForce"]).toEqual({ kind: "number", value: 1 });
    expect((await priorRefs(h))["t3.carriedOut.natural"].sheet).toBe(SHEET.prior);

    const r6 = [...document.querySelectorAll<HTMLElement>('li[data-id^="R6:"]')];
    expect(r6.map((li) => li.getAttribute("data-id"))).toEqual(["R6:t3.carriedIn.natural,t3.carriedOut.natural", "R6:t3.carriedIn.total,t3.carriedOut.total"]);
    expect(r6[0].textContent).toContain("左边 0 ≠ 右边 1");
    expect(r6[0].classList.contains("finding--warning")).toBe(true);
  });

  it("says when last year's report is of another year, and 取消 writes nothing", async () => {
    const h = await laidOut2025();
    click("#prior-button");
    const older = SAMPLE.toString("utf8").replace(/2024 ?年/g, "2022 年");
    await choose(h, new File([older], "旧年报.txt"));
    expect(text("#prior-problems")).toContain("上年文件是 2022 年度的报告，而本报告是 2025 年度，上年数据应取自 2024 年度的报告");
    expect((document.querySelector("#prior-write") as HTMLButtonElement).disabled).toBe(false);
    click("#prior-cancel");
    expect(document.querySelector("#prior-panel")).toBeNull();
    expect((await readReport(asExcel(h.fx.newContext()))).prior).toBeUndefined();
  });

  it("an unreadable file gets one Chinese sentence; a workbook is explained, not read", async () => {
    const h = await laidOut2025();
    click("#prior-button");
    await choose(h, new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xe2, 0xe3])], "年报.html"));
    const sentence = text("#prior-problem");
    expect(sentence).toMatch(/^无法读取“年报\.html”：/);
    expect(sentence).toContain("PDF");
    expect(document.querySelector("#prior-write")).toBeNull();

    await choose(h, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], "2024年报.xlsx"));
    expect(text("#prior-problem")).toContain("面板中不能读取工作簿“2024年报.xlsx”");
    expect(text("#prior-problem")).toContain("导出 → 纯文本");

    await choose(h, new File(["这不是年报，只是一段文字。"], "随便.txt"));
    expect(text("#prior-problem")).toBe("在“随便.txt”中没有找到上年年报的表格数字（表三“结转下年度继续办理”、表二“现行有效件数”），未写入任何内容。");
  });

  it("markup in the file is shown as text, never parsed", async () => {
    const h = await laidOut2025();
    click("#prior-button");
    const IMG = "<img src=x onerror=window.__xss=1>";
    const evil = SAMPLE.toString("utf8").replace("广州市番禺区人力资源和社会保障局", `${IMG}某局`).replace("行政规范性文件 1 1 1", `行政规范性文件 1 1 ${IMG}`);
    await choose(h, new File([evil], `${IMG}.txt`));
    expect(document.body.textContent).toContain(IMG);
    expect(document.querySelectorAll("img, #app script, iframe, object")).toHaveLength(0);
    expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it("a workbook whose 上年数据 sheet is gone: 写入 shows the sentence to lay out the template again", async () => {
    const h = await laidOut2025();
    click("#prior-button");
    await choose(h, new File([SAMPLE], "2024年报.txt"));
    h.fx.model.names.delete("xxgk_prior");
    click("#prior-write");
    await h.pane.idle();
    expect(text("#error")).toContain("请先点击“生成模板”，再导入上年数据");
  });
});
