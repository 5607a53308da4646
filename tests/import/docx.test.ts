// Published reports as Word .docx: our own export read back (2021 and 2019 formats), a hand-made
// document with merged header cells, a "/" and a "12件" cell and table 三 split across two tables,
// the errors for damaged files and legacy .doc, and `xxgk check` / `xxgk import` on a .docx.
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { exportReport } from "../../src/export";
import { importReport, importReportFile } from "../../src/import";
import { UserError } from "../../src/i18n/user-error";
import { blockLines } from "../../src/import/docx";
import { parseDocumentXml } from "../../src/import/docx-xml";
import { fromJson, toJson } from "../../src/model/report";
import type { ReportData, ReportJson } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import { SAMPLE_AGENCY, sampleReport } from "../export/sample-report";
import { xxgk } from "../support/cli";
import { documentXml, makeDocx, paragraphXml } from "./docx-fixture";
import type { FxCell, FxRow } from "./docx-fixture";
import { T3 } from "./fixtures";

/** A narrative's paragraphs without whitespace (the import drops the spaces between Chinese and digits). */
const paragraphsOf = (s: string | undefined) =>
  (s ?? "")
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ""))
    .filter(Boolean);

async function roundTrip(original: ReportData) {
  const bytes = await exportReport(original, "docx");
  const result = await importReportFile(bytes, { fileName: "export.docx" });
  return { result, a: toJson(original), b: toJson(result.report) };
}

describe("a .docx written by our export, read back", () => {
  it("gives the sample report's tables 二、三、四 and narrative exactly", async () => {
    const { result, a, b } = await roundTrip(sampleReport());
    expect(result.source).toBe("docx");
    expect(result.problems).toEqual([]);
    expect({ format: b.format, year: b.year, agency: b.agency }).toEqual({ format: "2021", year: 2024, agency: SAMPLE_AGENCY });
    expect(b.t2).toEqual(a.t2);
    expect(b.t3).toEqual(a.t3);
    expect(b.t4).toEqual(a.t4);
    for (const id of ["1", "5", "6"] as const) {
      expect(paragraphsOf(b.narrative[id])).toEqual(paragraphsOf(a.narrative[id]));
    }
    expect(checkReport(result.report).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("keeps blanks blank, and a typed “12件” and “/” as typed", async () => {
    const original = sampleReport();
    original.cells["t3.new.business"] = { kind: "blank" };
    original.cells["t3.granted.natural"] = { kind: "text", raw: "12件", guess: 12, why: "unit" };
    original.cells["t3.withheld2.business"] = { kind: "nodata", raw: "/" };
    const { result } = await roundTrip(original);
    const cells = result.report.cells;
    expect(cells["t3.new.business"]).toEqual({ kind: "blank" });
    expect(cells["t3.granted.natural"]).toEqual({ kind: "text", raw: "12件", guess: 12, why: "unit" });
    expect(cells["t3.withheld2.business"]).toEqual({ kind: "nodata", raw: "/" });
  });

  it("reads a 2019-format report (2020) with its five table-二 groups and 23 rows of table 三", async () => {
    const json: ReportJson = {
      format: "2019",
      year: 2020,
      agency: "某市自然资源局",
      t2: [[0, 0, 0], [3, 3, 20], [12, -1, 340], [4, 0, 25], [8, 2, 16], [1, 0, 0], [2, 0], [6, 158.3]],
      t3: [
        [30, 2, 0, 0, 1, 0, 33], [3, 0, 0, 0, 0, 0, 3], [12, 1, 0, 0, 0, 0, 13], [4, 0, 0, 0, 0, 0, 4],
        ...Array.from({ length: 16 }, (_, i) => (i === 3 ? [2, 0, 0, 0, 0, 0, 2] : i === 8 ? [8, 1, 0, 0, 1, 0, 10] : [0, 0, 0, 0, 0, 0, 0])),
        [1, 0, 0, 0, 0, 0, 1], [27, 2, 0, 0, 1, 0, 30], [6, 0, 0, 0, 0, 0, 6],
      ],
      t4: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
      narrative: { "1": "2020年，某市自然资源局坚持以公开为常态、不公开为例外，全年收到政府信息公开申请33件。", "6": "本年度未收取信息处理费。" },
    };
    const { result, a, b } = await roundTrip(fromJson(json));
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(b).toMatchObject({ format: "2019", year: 2020, agency: "某市自然资源局" });
    expect(b.t3).toHaveLength(23);
    expect(b.t2).toEqual(a.t2);
    expect(b.t3).toEqual(a.t3);
    expect(b.t4).toEqual(a.t4);
    expect(paragraphsOf(b.narrative["1"])).toEqual(paragraphsOf(a.narrative["1"]));
    expect(paragraphsOf(b.narrative["6"])).toEqual(paragraphsOf(a.narrative["6"]));
  });
});

// ---- A hand-made document: merged headers, typed faults, table 三 split over two w:tbl ----

const T4 = [1, 0, 0, 0, 1, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0];

const span = (text: string, n: number, merge?: FxCell["merge"]): FxCell => ({ text, span: n, ...(merge ? { merge } : {}) });
const restart = (text: string): FxCell => ({ text, merge: "restart" });
const cont: FxCell = { text: "", merge: "continue" };
const typed = (row: number): string[] => T3[row].map(String);

const T3_HEADER: FxRow[] = [
  [span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, "restart"), span("申请人情况", 7)],
  [span("", 3, "continue"), restart("自然人"), span("法人或其他组织", 5), restart("总计")],
  [span("", 3, "continue"), cont, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", cont],
];
const WITHHELD = ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"];
const UNABLE = ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"];
const REFUSED = ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"];
const OTHER = [
  "申请人无正当理由逾期不补正、\n行政机关不再处理其政府信息公开申请", // two paragraphs in one cell
  "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
  "其他",
];

/** Rows of a group under a vertically merged sub-head; the first starts the merges it is given. */
function group(subhead: string, labels: string[], first: number, parentCell: FxCell): FxRow[] {
  return labels.map((l, i) => [i === 0 ? parentCell : cont, i === 0 ? restart(subhead) : cont, `${i + 1}.${l}`, ...typed(first + i)]);
}

const part1: FxRow[] = [
  ...T3_HEADER,
  [span("一、本年新收政府信息公开申请数量", 3), ...typed(0)],
  [span("二、上年结转政府信息公开申请数量", 3), ...typed(1)],
  [restart("三、本年度办理结果"), span("（一）予以公开", 2), "12件", ...typed(2).slice(1)],
  [cont, span("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2), ...typed(3)],
  ...group("（三）不予公开", WITHHELD, 4, cont).map((r, i) => (i === 1 ? [...r.slice(0, 4), "/", ...r.slice(5)] : i === 2 ? [...r.slice(0, 3), "", ...r.slice(4)] : r)),
];
// After the page break the table starts again, header repeated, the outer parent merge restarted empty.
const part2: FxRow[] = [
  ...T3_HEADER,
  ...group("（四）无法提供", UNABLE, 12, restart("")),
  ...group("（五）不予处理", REFUSED, 15, cont),
  ...group("（六）其他处理", OTHER, 20, cont),
  [cont, span("（七）总计", 2), ...typed(23)],
  [span("四、结转下年度继续办理", 3), ...typed(24)],
];

const T2_ROWS: FxRow[] = [
  [span("第二十条第（一）项", 4)],
  ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
  ["规章", "0", "0", "0"],
  ["行政规范性文件", "2", "1", "15"],
  [span("第二十条第（五）项", 4)],
  ["信息内容", span("本年处理决定数量", 3)],
  ["行政许可", span("120", 3)],
  [span("第二十条第（六）项", 4)],
  ["信息内容", span("本年处理决定数量", 3)],
  ["行政处罚", span("45", 3)],
  ["行政强制", span("3", 3)],
  [span("第二十条第（八）项", 4)],
  ["信息内容", span("本年收费金额（单位：万元）", 3)],
  ["行政事业性收费", span("12.5", 3)],
];

const RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
const T4_ROWS: FxRow[] = [
  [span("行政复议", 5), span("行政诉讼", 10)],
  [...RESULTS.map(restart), span("未经复议直接起诉", 5), span("复议后起诉", 5)],
  [...RESULTS.map(() => cont), ...RESULTS, ...RESULTS],
  T4.map(String),
];

const HAND_MADE = [
  { p: "某县交通运输局" },
  { p: "2023年|政府信息公开工作年度报告" },
  { p: "\t本报告根据《中华人民共和国政府信息公开条例》编制。" },
  { p: "一、总体情况" },
  { p: "2023年，某县交通运输局|认真落实政务公开各项要求。" },
  // A deleted revision and the fallback copy of a text box are not the document's text.
  { xml: '<w:p><w:del w:id="1"><w:r><w:delText>删去的旧文字</w:delText></w:r></w:del><w:r><w:t>（一）主动公开</w:t></w:r><w:r><w:br/><w:t>全年主动公开政府信息356条。</w:t></w:r></w:p>' },
  { xml: '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>（二）依申请公开</w:t></mc:Choice><mc:Fallback><w:t>（二）依申请公开</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>' },
  { p: "二、主动公开政府信息情况" },
  { rows: T2_ROWS },
  { p: "三、收到和处理政府信息公开申请情况" },
  { rows: part1 },
  { xml: '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' },
  { rows: part2 },
  { p: "四、政府信息公开行政复议、行政诉讼情况" },
  { rows: T4_ROWS },
  { p: "五、存在的主要问题及改进情况" },
  { p: "一是政策解读形式还不够丰富；" },
  { p: "二是信息更新还不够及时。" },
  { p: "六、其他需要报告的事项" },
  { p: "本年度共发出收费通知0件，实际收取信息处理费0元。" },
];

describe("a hand-made .docx (gridSpan, vMerge, typed faults, table 三 over two tables)", () => {
  let result: Awaited<ReturnType<typeof importReportFile>>;
  beforeAll(async () => {
    result = await importReportFile(await makeDocx(HAND_MADE), { fileName: "某县交通运输局2023年报.docx" });
  });

  it("reads title, year and agency from the paragraphs, with no problems", () => {
    expect(result.source).toBe("docx");
    expect(toJson(result.report)).toMatchObject({ format: "2021", year: 2023, agency: "某县交通运输局" });
    expect(result.problems).toEqual([]);
  });

  it("reads every table cell, both halves of table 三 and the spanned value cells", () => {
    const json = toJson(result.report);
    const t3 = T3.map((r) => [...r]) as (number | null)[][];
    t3[2][0] = null; // 12件
    t3[5][1] = null; // "/"
    t3[6][0] = null; // blank
    expect(json.t3).toEqual(t3);
    expect(json.t2).toEqual([[0, 0, 0], [2, 1, 15], [120], [45], [3], [12.5]]);
    expect(json.t4).toEqual(T4);
  });

  it("keeps the raw texts R5 reports: 12件, / and the blank", () => {
    const cells = result.report.cells;
    expect(cells["t3.granted.natural"]).toEqual({ kind: "text", raw: "12件", guess: 12, why: "unit" });
    expect(cells["t3.withheld2.business"]).toEqual({ kind: "nodata", raw: "/" });
    expect(cells["t3.withheld3.natural"]).toEqual({ kind: "blank" });
    const r5 = checkReport(result.report).filter((f) => f.rule === "R5").flatMap((f) => f.cells.map((c) => c.key));
    expect(r5).toEqual(expect.arrayContaining(["t3.granted.natural", "t3.withheld2.business", "t3.withheld3.natural"]));
  });

  it("keeps paragraphs, runs, w:br and w:tab as text; drops deleted text and the text box's fallback copy", () => {
    const n = result.report.narrative;
    expect(n["0"]).toBe("本报告根据《中华人民共和国政府信息公开条例》编制。");
    expect(n["1"]).toBe("2023年，某县交通运输局认真落实政务公开各项要求。\n（一）主动公开\n全年主动公开政府信息356条。\n（二）依申请公开");
    expect(n["5"]).toBe("一是政策解读形式还不够丰富；\n二是信息更新还不够及时。");
    expect(n["6"]).toBe("本年度共发出收费通知0件，实际收取信息处理费0元。");
  });
});

describe("the body walker", () => {
  it("joins a cell's paragraphs with a newline and leaves vMerge-covered cells out", () => {
    const xml = documentXml([{ rows: [[restart("甲"), "a\nb", span("c", 2)], [cont, "1", "2"]] }]);
    const blocks = parseDocumentXml(xml);
    expect(blocks).toHaveLength(1);
    const lines = blockLines(blocks);
    expect(lines.map((l) => l.cells)).toEqual([["甲", "a\nb", "c"], ["1", "2"]]);
  });

  it("reads a document body of 10 MB in one linear pass", () => {
    const para = paragraphXml("全年主动公开政府信息|356条，|其中\t政策解读 12 条。");
    const row = `<w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'.repeat(8)}</w:tr>`;
    const chunk = para.repeat(20) + `<w:tbl>${row.repeat(10)}</w:tbl>`;
    const xml = documentXml([{ xml: chunk.repeat(Math.ceil(10e6 / chunk.length)) }]);
    expect(xml.length).toBeGreaterThan(10e6);
    const t0 = Date.now();
    const lines = blockLines(parseDocumentXml(xml));
    expect(Date.now() - t0).toBeLessThan(5000); // ~0.3 s here; a quadratic walk would take minutes
    expect(lines.length).toBeGreaterThan(10000);
  });
});

describe("files that are not a readable .docx", () => {
  const sentence = async (bytes: Uint8Array) => {
    const e = await importReportFile(bytes).then(
      () => null,
      (x: unknown) => x,
    );
    return e as Error & { msg: { id: string } };
  };

  it("a damaged zip", async () => {
    const good = await exportReport(sampleReport(), "docx");
    for (const bytes of [good.subarray(0, good.length >> 1), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4])]) {
      const e = await sentence(bytes);
      expect(e).toBeInstanceOf(UserError);
      expect(e.msg.id).toBe("import.docx.corrupt");
      expect(e.message).toMatch(/^这个 \.docx 文件已损坏或不完整/);
    }
  });

  it("a zip without word/document.xml, an .xlsx, and a damaged document.xml", async () => {
    expect((await sentence(await makeDocx(null))).msg.id).toBe("import.docx.noDocument");
    expect((await sentence(await makeDocx(null, { "xl/workbook.xml": "<workbook/>" }))).msg.id).toBe("import.docx.workbook");
    const bad = await sentence(await makeDocx(documentXml([{ p: "一、总体情况" }]).replace("</w:body>", '<w:p w:rsidR="00')));
    expect(bad).toBeInstanceOf(UserError);
    expect(bad.msg.id).toBe("import.docx.badXml");
    expect(bad.message).toContain("word/document.xml");
  });

  it("a legacy .doc (OLE signature) says to save it as .docx or PDF text", async () => {
    const doc = new Uint8Array(1024);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await sentence(doc);
    expect(e).toBeInstanceOf(UserError);
    expect(e.msg.id).toBe("import.decode.ole");
    expect(e.message).toContain("另存为”Word 文档（.docx）");
    expect(() => importReport(doc)).toThrow(/97-2003/);
  });

  it("follows the package relationship to a main part not named word/document.xml", async () => {
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const zip = await JSZip.loadAsync(await makeDocx(null, { "_rels/.rels": rels, "word/document2.xml": documentXml(HAND_MADE) }));
    const { report } = await importReportFile(await zip.generateAsync({ type: "uint8array" }));
    expect(report.agency).toBe("某县交通运输局");
  });
});

describe("xxgk on a .docx", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-docx-"));

  it("check passes the round-tripped sample with exit 0 and prints the verdict", async () => {
    const file = join(dir, "sample.docx");
    writeFileSync(file, await exportReport(sampleReport(), "docx"));
    const r = await xxgk(["check", file]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`✔ ${file}：通过，没有发现问题（2024 · ${SAMPLE_AGENCY} · 2021）`);
    const imported = await xxgk(["import", file, "--json"]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out).t3).toEqual(toJson(sampleReport()).t3);
  });

  it("check exits 1 on the hand-made report's R5 errors", async () => {
    const file = join(dir, "hand-made.docx");
    writeFileSync(file, await makeDocx(HAND_MADE));
    const r = await xxgk(["check", file]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("填写的“12件”不是数字，可能是 12");
  });

  it("check exits 2 with one sentence for a damaged .docx and a legacy .doc", async () => {
    const broken = join(dir, "broken.docx");
    writeFileSync(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]));
    const doc = join(dir, "old.doc");
    writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const r = await xxgk(["check", broken, doc]);
    expect(r.code).toBe(2);
    const all = r.out + r.err;
    expect(all).toContain("这个 .docx 文件已损坏或不完整");
    expect(all).toContain("旧版 Word/Excel 97-2003 格式");
    expect(all).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it("reads a .doc that is really a web page (Word's “save as web page”) and refuses RTF in a sentence", async () => {
    const html = join(dir, "saved-as-web-page.doc");
    writeFileSync(html, readFileSync(join(__dirname, "..", "fixtures", "reports", "html-2023-spans.html")));
    const r = await xxgk(["import", html, "--json"]);
    // Read in full; the fixture's blank and "/" cells are R5 errors, so import exits 1 (issue 18).
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/有 \d+ 个错误/);
    expect(JSON.parse(r.out).agency).toBe("某县财政局");
    const rtf = join(dir, "rich-text.doc");
    writeFileSync(rtf, "{\\rtf1\\ansi 某局2024年政府信息公开工作年度报告}");
    const bad = await xxgk(["check", rtf]);
    expect(bad.code).toBe(2);
    expect(bad.out + bad.err).toContain("看起来是 RTF 文件");
  });

  it("the unsupported-type message lists .docx", async () => {
    // .pdf is read since issue 10; .odt is not.
    const r = await xxgk(["check", join(dir, "x.odt")]);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain("支持 .xlsx、.docx、.pdf、.txt、.html");
  });
});
