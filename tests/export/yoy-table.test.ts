// The optional 同比 summary of an export: at the end of 六、其他需要报告的事项, a caption and a
// five-column table of the key figures whose last-year figure is known (this year, last year, change,
// %); in the .docx as a real table; none without last year's figures; the file still reads back
// through the import to the same tables.
import JSZip from "jszip";
import { buildDocument } from "../../src/export/document";
import type { DocTable } from "../../src/export/document";
import { renderDocx } from "../../src/export/docx";
import { renderText } from "../../src/export/text";
import { yoyBlocks } from "../../src/export/yoy-table";
import { importReport, importReportFile } from "../../src/import";
import { priorFrom, toJson } from "../../src/model/report";
import type { PriorFigures, ReportData } from "../../src/model/report";
import { sampleReport } from "./sample-report";

const num = (value: number) => ({ kind: "number" as const, value });

/** Last year's report: the sample with 50 new applications (57 this year), the same answered total,
 *  0 reviews (so the percentage cannot be computed), and no 表二 figures at all. */
function lastYearOfSample(): PriorFigures {
  const last = sampleReport();
  last.year = 2023;
  last.cells["t3.new.total"] = num(50);
  last.cells["t4.review.total"] = num(0);
  for (const k of Object.keys(last.cells)) if (k.startsWith("t2.")) last.cells[k] = { kind: "blank" };
  return priorFrom(last);
}

const textRows = (t: DocTable) => t.rows.map((r) => r.cells.map((c) => c.text));

describe("同比 summary table", () => {
  const report = sampleReport();
  const now = (k: string) => (report.cells[k] as { value: number }).value;

  it("closes section 六 with a caption and the key figures last year's figures give", () => {
    const doc = buildDocument(report, { yoy: lastYearOfSample() });
    const i = doc.blocks.length;
    expect(doc.blocks.filter((b) => b.kind === "heading").pop()).toMatchObject({ text: "六、其他需要报告的事项" });
    expect(doc.blocks[i - 2]).toEqual({ kind: "paragraph", text: "主要数据与上年对比情况如下：" });
    const block = doc.blocks[i - 1];
    expect(block.kind).toBe("table");
    const table = (block as { table: DocTable }).table;
    expect(table.id).toBe("yoy");
    const rows = textRows(table);
    expect(rows[0]).toEqual(["项目", "2024年", "2023年", "增减", "增减幅度"]);
    expect(rows[1]).toEqual(["本年新收申请", "57", "50", "+7", "+14.0%"]);
    const answered = rows.find((r) => r[0] === "办理结果总计");
    expect(answered).toEqual(["办理结果总计", String(now("t3.total.total")), String(now("t3.total.total")), "0", "0.0%"]);
    const review = rows.find((r) => r[0] === "行政复议");
    // Last year 0: the change is a figure, the percentage cannot be computed.
    expect(review?.slice(2)).toEqual(["0", `${now("t4.review.total") > 0 ? "+" : ""}${now("t4.review.total")}`, "—"]);
    // 表二's figures are blank last year: not compared, so not listed.
    expect(rows.some((r) => r[0] === "行政许可决定")).toBe(false);
    expect(table.rows[0].repeat).toBe(true);
    expect(table.rows.every((r) => r.cells.length === 5)).toBe(true);
  });

  it("is absent without the option, and when last year's figures hold none of the key figures", () => {
    const plain = buildDocument(report);
    expect(plain.blocks.some((b) => b.kind === "table" && b.table.id === "yoy")).toBe(false);
    expect(yoyBlocks(report, { year: 2023, cells: {} })).toEqual([]);
  });

  it("is a real table in the .docx (document.xml) and tab-separated lines in the text", async () => {
    const doc = buildDocument(report, { yoy: lastYearOfSample() });
    const zip = await JSZip.loadAsync(await renderDocx(doc));
    const xml = await zip.file("word/document.xml")!.async("string");
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(4); // 表二, 表三, 表四 and the 同比 table
    const yoy = tables.find((t) => t.includes("增减幅度"));
    expect(yoy).toBeDefined();
    expect(yoy).toContain("+14.0%");
    expect(xml.indexOf("增减幅度")).toBeGreaterThan(xml.indexOf("六、其他需要报告的事项"));
    // "+14.0%" is not a number, so the text guards it with an apostrophe (no formula in a spreadsheet).
    expect(renderText(doc)).toContain("本年新收申请\t57\t50\t+7\t'+14.0%");
  });

  it("reads back through the import to the same tables, from .docx and from text", async () => {
    const doc = buildDocument(report, { yoy: lastYearOfSample() });
    const tables = (r: ReportData) => {
      const j = toJson(r);
      return { t2: j.t2, t3: j.t3, t4: j.t4 };
    };
    const fromDocx = await importReportFile(await renderDocx(doc));
    expect(tables(fromDocx.report)).toEqual(tables(report));
    expect(fromDocx.problems).toEqual([]);
    const fromText = importReport(new TextEncoder().encode(renderText(doc)));
    expect(tables(fromText.report)).toEqual(tables(report));
    expect(fromText.problems).toEqual([]);
  });
});
