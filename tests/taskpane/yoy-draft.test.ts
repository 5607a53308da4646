/** @jest-environment jsdom */
// 同比 and 起草 in the pane, over the fake workbook: the sample 2024 report's figures typed into a
// laid-out workbook, last year's carried-over figures in the 上年数据 sheet; the 同比 panel shows each
// figure beside last year's, 起草 drafts the paragraphs from the tables and 插入 appends one to the
// chosen narrative cell (the clerk's own text stays first) — and R8 then finds nothing against it.
import JSZip from "jszip";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
import { writePriorFigures } from "../../src/excel/prior";
import { readReport } from "../../src/excel/read-report";
import { textName } from "../../src/layout/names";
import type { CellValue } from "../../src/model/cell";
import { areaA1 } from "../fake-excel/address";
import { asExcel } from "../fake-excel/adapter";
import { typeInto } from "../fake-excel/structure";
import { sampleReport } from "../support/reports";
import { click, layOutWithForm, refsOf, startPane, text } from "./pane-harness";
import type { Harness } from "./pane-harness";

// jsdom lacks the encoders the browser has (the docx library and the text export use them).
const g = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
g.TextEncoder ??= NodeTextEncoder;
g.TextDecoder ??= NodeTextDecoder;

const num = (v: CellValue | undefined): number | null => (v && v.kind === "number" ? v.value : null);

/** A laid-out 2024 workbook holding the sample report's table figures; `carriedOutLast` in 上年数据. */
async function sampleWorkbook(carriedOutLast: number | null): Promise<Harness> {
  const h = startPane();
  await h.pane.ready;
  await layOutWithForm(h, { year: "2024", agency: "某区人社局" });
  const { refs } = await refsOf(h.fx);
  const sample = sampleReport();
  for (const [key, ref] of Object.entries(refs)) {
    const v = num(sample.cells[key]);
    if (/^t[234]\./.test(key) && v !== null) typeInto(h.fx.model, ref.address, [[v]], ref.sheet);
  }
  if (carriedOutLast !== null) {
    const last = { kind: "number", value: carriedOutLast } as const;
    await writePriorFigures(asExcel(h.fx.newContext()), { year: 2023, cells: { "t3.carriedOut.natural": last, "t3.carriedOut.total": last } }, "2021");
  }
  click("#check-button");
  await h.pane.idle();
  return h;
}

const rowOf = (figure: string) => [...document.querySelectorAll(`#yoy-table tr[data-figure="${figure}"] > *`)].map((c) => c.textContent);

describe("同比 in the pane", () => {
  it("shows each key figure beside last year's, with the change and the percentage", async () => {
    const sample = sampleReport();
    const carriedOut = num(sample.cells["t3.carriedOut.total"])!;
    const h = await sampleWorkbook(carriedOut * 4);
    expect(document.querySelector("#yoy-button")?.textContent).toBe("同比");
    click("#yoy-button");
    await h.pane.idle();
    const change = carriedOut - carriedOut * 4;
    expect(rowOf("carriedOut")).toEqual(["结转下年度继续办理", String(carriedOut), String(carriedOut * 4), `减少${-change}（-75.0%）`]);
    // Last year's sheet does not hold the new applications: named once under the table, not a row of —.
    expect(document.querySelector('#yoy-table tr[data-figure="new"]')).toBeNull();
    expect(text("#yoy-not-compared")).toMatch(/^上年数据中未填、无法对比的项目：本年新收申请、上年结转申请、/);
    click("#yoy-close");
    expect(document.querySelector("#yoy-panel")).toBeNull();
  });

  it("says so when the 上年数据 sheet is empty", async () => {
    const h = await sampleWorkbook(null);
    click("#yoy-button");
    await h.pane.idle();
    expect(text("#yoy-no-prior")).toContain("“上年数据”表中还没有上年的数字");
    expect(document.querySelector("#yoy-table")).toBeNull();
  });

  it("lists R11's implausible jumps as information", async () => {
    const h = await sampleWorkbook(1);
    click("#yoy-button");
    await h.pane.idle();
    expect(document.querySelector("#yoy-no-jumps")).not.toBeNull();
    // More carried over to next year than half the year's new applications: R11 says so, as information.
    const { refs } = await refsOf(h.fx);
    const fresh = num(sampleReport().cells["t3.new.total"])!;
    for (const k of ["t3.carriedOut.natural", "t3.carriedOut.total"]) typeInto(h.fx.model, refs[k].address, [[fresh]], refs[k].sheet);
    click("#check-button");
    await h.pane.idle();
    const jumps = [...document.querySelectorAll("#yoy-jumps li")].map((li) => li.textContent);
    expect(jumps).toEqual([`结转下年度继续办理 ${fresh} 件，超过本年新收申请 ${fresh} 件的一半，请核实。`]);
    expect(text("#yoy-jumps")).toContain("提示，不是错误");
  });
});

describe("导出 with a 同比 table", () => {
  /** The exported file, from the panel's save link (jsdom has no blob download). */
  const exported = (): Uint8Array => {
    const href = document.querySelector<HTMLAnchorElement>("#export-link")!.getAttribute("href")!;
    return Uint8Array.from(Buffer.from(href.slice(href.indexOf(",") + 1), "base64"));
  };

  it("offers 加入同比表 when the 上年数据 sheet has figures, and the .docx then holds the table", async () => {
    const carriedOut = num(sampleReport().cells["t3.carriedOut.total"])!;
    const h = await sampleWorkbook(carriedOut * 4);
    click("#export-button");
    const box = document.querySelector<HTMLInputElement>("#export-yoy")!;
    expect(box.checked).toBe(false);
    expect(box.closest("label")?.textContent).toBe("加入同比表（主要数据与上年数据对比）");
    box.click();
    click('[data-export="docx"]');
    await h.pane.idle();
    expect(document.querySelector<HTMLInputElement>("#export-yoy")!.checked).toBe(true);
    const xml = await (await JSZip.loadAsync(exported())).file("word/document.xml")!.async("string");
    const table = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes("增减幅度"));
    const cells = [...(table ?? "").matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("|");
    expect(cells).toContain(`结转下年度继续办理|${carriedOut}|${carriedOut * 4}|${carriedOut - carriedOut * 4}|-75.0%`);

    // Unticked: the same export has no 同比 table.
    document.querySelector<HTMLInputElement>("#export-yoy")!.click();
    click('[data-export="docx"]');
    await h.pane.idle();
    expect(await (await JSZip.loadAsync(exported())).file("word/document.xml")!.async("string")).not.toContain("增减幅度");
  });

  it("does not offer it when the 上年数据 sheet is empty", async () => {
    await sampleWorkbook(null);
    click("#export-button");
    expect(document.querySelector("#export-panel")).not.toBeNull();
    expect(document.querySelector("#export-yoy")).toBeNull();
  });
});

describe("起草 in the pane", () => {
  it("drafts the paragraphs from the tables and inserts one after the clerk's own text", async () => {
    const h = await sampleWorkbook(null);
    const name = textName("1", "request");
    click("#draft-button");
    await h.pane.idle();
    const box = document.querySelector<HTMLTextAreaElement>("#draft-text-request")!;
    const sample = sampleReport();
    expect(box.value).toContain(String(num(sample.cells["t3.new.total"])));
    expect(document.querySelector<HTMLSelectElement>("#draft-target-request")!.value).toBe(name);
    expect(document.querySelectorAll("#draft-panel .draft")).toHaveLength(4);

    // The clerk's sentence already in the cell stays first.
    const at = h.fx.model.names.get(name.toLowerCase())!;
    const mine = "本年度我局依法受理群众申请。";
    typeInto(h.fx.model, areaA1(at.area!), [[mine]], at.sheet!.name);
    const drafted = box.value;
    click("#draft-insert-request");
    await h.pane.idle();
    expect(text("#notice")).toContain("已追加到");
    const after = await readReport(asExcel(h.fx.newContext()));
    expect(after.report.narrative["1"]).toContain(`${mine}\n${drafted}`);
    // R8 reads the inserted paragraph back and finds it agrees with the tables.
    expect(document.querySelectorAll('li[data-id^="R8:"]')).toHaveLength(0);
  });
});
