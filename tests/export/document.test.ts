import { buildDocument, paragraphs, titleLines } from "../../src/export/document";
import type { Block, DocTable, ReportDocument } from "../../src/export/document";
import { tableGrid } from "../../src/export/grid";
import { FORMAT_2019, FORMAT_2021 } from "../../src/format";
import { SECTIONS, T3_NOTE, TITLE_SUFFIX } from "../../src/format/common";
import { emptyReport } from "../../src/model/report";
import { SAMPLE_AGENCY, SAMPLE_NARRATIVE, sampleReport } from "./sample-report";

const tableOf = (doc: ReportDocument, id: string): DocTable => {
  const b = doc.blocks.find((x): x is Extract<Block, { kind: "table" }> => x.kind === "table" && x.table.id === id);
  if (!b) throw new Error(`no table ${id}`);
  return b.table;
};
/** The text at each grid position, "^" where a merge covers it. */
const picture = (t: DocTable) => tableGrid(t).map((r) => r.map((s) => (s.anchor ? s.cell.text : "^")));
const headings = (doc: ReportDocument) => doc.blocks.filter((b) => b.kind === "heading").map((b) => (b as { text: string }).text);

describe("buildDocument — the sample report", () => {
  const doc = buildDocument(sampleReport());

  it("titles the report on two lines, agency then year and 政府信息公开工作年度报告", () => {
    expect(doc.title).toEqual([SAMPLE_AGENCY, `2024年${TITLE_SUFFIX}`]);
  });

  it("has the six section headings in the official order, each table right after its heading", () => {
    expect(headings(doc)).toEqual(SECTIONS.filter((s) => s.title).map((s) => s.title));
    const kinds = doc.blocks.map((b) => (b.kind === "table" ? b.table.id : b.kind));
    const at = (title: string) => doc.blocks.findIndex((b) => b.kind === "heading" && b.text === title);
    expect(kinds[at("二、主动公开政府信息情况") + 1]).toBe("t2");
    expect(kinds[at("三、收到和处理政府信息公开申请情况") + 1]).toBe("t3");
    expect(kinds[at("四、政府信息公开行政复议、行政诉讼情况") + 1]).toBe("t4");
  });

  it("keeps section 一's paragraphs, marking the （一）… sub-heads as the paragraph's lead", () => {
    const start = doc.blocks.findIndex((b) => b.kind === "heading" && b.text === "一、总体情况");
    const paras = doc.blocks.slice(start + 1, start + 7);
    expect(paras.map((p) => (p as { text: string }).text)).toEqual(SAMPLE_NARRATIVE["1"].split("\n"));
    expect(paras[0]).toEqual({ kind: "paragraph", text: expect.stringMatching(/^2024 年/) });
    expect(paras[1]).toMatchObject({ lead: "（一）主动公开文件做到及时公开。" });
    expect(paras[3]).toMatchObject({ lead: "（三）政府信息管理情况。" });
  });

  it("lays out table 二 as printed: group heading rows across, one-column groups spanning", () => {
    expect(picture(tableOf(doc, "t2"))).toEqual([
      ["第二十条第（一）项", "^", "^", "^"],
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "0", "0", "0"],
      ["行政规范性文件", "1", "1", "1"],
      ["第二十条第（五）项", "^", "^", "^"],
      ["信息内容", "本年处理决定数量", "^", "^"],
      ["行政许可", "603", "^", "^"],
      ["第二十条第（六）项", "^", "^", "^"],
      ["信息内容", "本年处理决定数量", "^", "^"],
      ["行政处罚", "32", "^", "^"],
      ["行政强制", "0", "^", "^"],
      ["第二十条第（八）项", "^", "^", "^"],
      ["信息内容", "本年收费金额（单位：万元）", "^", "^"],
      ["行政事业性收费", "0", "^", "^"],
    ]);
  });

  it("lays out table 三's header: the note over the labels, 申请人情况 / 法人或其他组织 over the columns", () => {
    const p = picture(tableOf(doc, "t3"));
    expect(p.slice(0, 3)).toEqual([
      [T3_NOTE, "^", "^", "申请人情况", "^", "^", "^", "^", "^", "^"],
      ["^", "^", "^", "自然人", "法人或其他组织", "^", "^", "^", "^", "总计"],
      ["^", "^", "^", "^", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "^"],
    ]);
    expect(p).toHaveLength(3 + 25);
  });

  it("merges table 三's parent labels down the rows they cover", () => {
    const t3 = tableOf(doc, "t3");
    const cells = t3.rows.flatMap((r) => r.cells);
    const span = (text: string) => cells.find((c) => c.text === text)?.rowSpan;
    expect(span("三、本年度办理结果")).toBe(22); // rows 3–24: （一） through （七）总计
    expect(span("（三）不予公开")).toBe(8);
    expect(span("（四）无法提供")).toBe(3);
    expect(span("（五）不予处理")).toBe(5);
    expect(span("（六）其他处理")).toBe(3);
    const p = picture(t3);
    expect(p[3].slice(0, 4)).toEqual(["一、本年新收政府信息公开申请数量", "^", "^", "57"]);
    expect(p[5].slice(0, 4)).toEqual(["三、本年度办理结果", "（一）予以公开", "^", "25"]);
    expect(p[7].slice(0, 4)).toEqual(["^", "（三）不予公开", "1.属于国家秘密", "0"]);
    expect(p[26].slice(0, 4)).toEqual(["^", "（七）总计", "^", "56"]);
    expect(p[27]).toEqual(["四、结转下年度继续办理", "^", "^", "1", "0", "0", "0", "0", "0", "1"]);
  });

  it("carries each figure's canonical key and the sample's numbers as written", () => {
    const byKey = new Map(tableOf(doc, "t3").rows.flatMap((r) => r.cells).filter((c) => c.key).map((c) => [c.key, c.text]));
    expect(byKey.get("t3.new.natural")).toBe("57");
    expect(byKey.get("t3.withheld4.total")).toBe("7");
    expect(byKey.get("t3.unable1.natural")).toBe("16");
    expect(byKey.get("t3.carriedOut.total")).toBe("1");
    expect(byKey.size).toBe(25 * 7);
  });

  it("lays out table 四: 行政复议 | 行政诉讼 over its two groups, then 15 figures", () => {
    const p = picture(tableOf(doc, "t4"));
    const five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    expect(p[0]).toEqual(["行政复议", "^", "^", "^", "^", "行政诉讼", ...Array(9).fill("^")]);
    expect(p[1]).toEqual([...five, "未经复议直接起诉", "^", "^", "^", "^", "复议后起诉", "^", "^", "^", "^"]);
    expect(p[2]).toEqual([...Array(5).fill("^"), ...five, ...five]);
    expect(p[3]).toEqual(Array(15).fill("0"));
  });

  it("aligns figures centred and table 三's row labels left, and marks the header rows to repeat", () => {
    const t3 = tableOf(doc, "t3");
    expect(t3.rows.slice(0, 3).every((r) => r.repeat)).toBe(true);
    expect(t3.rows.slice(3).some((r) => r.repeat)).toBe(false);
    const row = t3.rows[3].cells;
    expect(row[0]).toMatchObject({ text: "一、本年新收政府信息公开申请数量", align: "left", colSpan: 3, header: false });
    expect(row[1]).toMatchObject({ text: "57", align: "center" });
  });
});

describe("buildDocument — options and odd input", () => {
  it("narrative only: opening, 一、五、六, no tables", () => {
    const r = sampleReport();
    r.narrative["0"] = "为全面贯彻落实《条例》，特编制本报告。";
    const doc = buildDocument(r, { narrativeOnly: true });
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(false);
    expect(headings(doc)).toEqual(["一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]);
    expect(doc.blocks[0]).toEqual({ kind: "paragraph", text: "为全面贯彻落实《条例》，特编制本报告。" });
  });

  it("prints a blank as empty and a text cell as its raw text, never a made-up number", () => {
    const r = sampleReport();
    r.cells["t3.new.natural"] = { kind: "blank" };
    r.cells["t3.new.total"] = { kind: "text", raw: "57件", guess: 57, why: "unit" };
    r.cells["t2.license.decisions"] = { kind: "nodata", raw: "/" };
    const doc = buildDocument(r);
    const cells = [...tableOf(doc, "t2").rows, ...tableOf(doc, "t3").rows].flatMap((x) => x.cells);
    const text = (key: string) => cells.find((c) => c.key === key)?.text;
    expect(text("t3.new.natural")).toBe("");
    expect(text("t3.new.total")).toBe("57件");
    expect(text("t2.license.decisions")).toBe("/");
  });

  it("drops a first line repeating the section title and trims indentation", () => {
    const out = paragraphs("一、总体情况\n\n　　2024年，本局……\r\n  （一）主动公开。全年……", { title: "一、总体情况" });
    expect(out).toEqual([
      { kind: "paragraph", text: "2024年，本局……" },
      { kind: "paragraph", text: "（一）主动公开。全年……", lead: "（一）主动公开。" },
    ]);
  });

  it("treats a short （二）… line as a sub-head on its own and a long run-on one as body text", () => {
    expect(paragraphs("（二）依申请公开情况", { title: "" })[0]).toMatchObject({ lead: "（二）依申请公开情况" });
    const long = "（二）" + "依申请公开工作稳步推进".repeat(5) + "。";
    expect(paragraphs(long, { title: "" })[0]).toEqual({ kind: "paragraph", text: long });
  });

  it("titles a report without an agency from its published title, split before the year", () => {
    const r = emptyReport("2021", null, null);
    r.title = "某某县财政局 2023 年政府信息公开工作年度报告";
    expect(titleLines(r, FORMAT_2021)).toEqual(["某某县财政局", "2023年政府信息公开工作年度报告"]);
    expect(titleLines(emptyReport("2021", 2022, null), FORMAT_2021)).toEqual([`2022年${TITLE_SUFFIX}`]);
  });

  it("lays out the 2019 trial format's tables as whole grids (（九）, two-column groups, 23 rows)", () => {
    const doc = buildDocument(emptyReport("2019", 2020, "某局"));
    const t2 = picture(tableOf(doc, "t2"));
    expect(t2).toContainEqual(["第二十条第（九）项", "^", "^", "^"]);
    expect(t2).toContainEqual(["信息内容", "上一年项目数量", "本年增/减", "^"]);
    const t3 = picture(tableOf(doc, "t3"));
    expect(t3).toHaveLength(3 + FORMAT_2019.t3.rows.length);
    expect(t3).toContainEqual(["^", "（六）其他处理", "^", "", "", "", "", "", "", ""]);
    expect(picture(tableOf(doc, "t4"))[3]).toEqual(Array(15).fill(""));
  });
});

describe("tableGrid", () => {
  const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan, header: false, align: "center" as const });
  it("rejects a table whose spans do not tile the grid", () => {
    expect(() => tableGrid({ id: "t2", columnWidths: [1, 1], rows: [{ repeat: false, cells: [cell("a", 3)] }] })).toThrow(/wider/);
    expect(() => tableGrid({ id: "t2", columnWidths: [1, 1], rows: [{ repeat: false, cells: [cell("a")] }] })).toThrow(/not covered/);
    expect(() => tableGrid({ id: "t2", columnWidths: [1], rows: [{ repeat: false, cells: [cell("a", 1, 2)] }] })).toThrow(/last row/);
  });
});
