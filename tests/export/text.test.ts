import { buildDocument } from "../../src/export/document";
import { renderText } from "../../src/export/text";
import { importReport } from "../../src/import";
import { toJson } from "../../src/model/report";
import { SAMPLE_AGENCY, SAMPLE_NARRATIVE, sampleReport } from "./sample-report";

/** A narrative's paragraphs. The import drops the spaces PDF extraction puts between Chinese and digits
 *  (2024 年 → 2024年), which the sample's text has, so those are not compared. */
const paragraphsOf = (s: string | undefined) =>
  (s ?? "")
    .split(/\n+/)
    .map((l) => l.trim().replace(/ (?=[^ -~])|(?<=[^ -~]) /g, ""))
    .filter(Boolean);

describe("renderText", () => {
  const text = renderText(buildDocument(sampleReport()));
  const lines = text.split("\n");

  it("starts with the two title lines and puts each heading and paragraph on its own line", () => {
    expect(lines.slice(0, 2)).toEqual([SAMPLE_AGENCY, "2024年政府信息公开工作年度报告"]);
    expect(lines).toContain("一、总体情况");
    for (const p of SAMPLE_NARRATIVE["1"].split("\n")) expect(lines).toContain(p);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("writes table rows as tab-separated cells with the full official labels", () => {
    expect(lines).toContain("信息内容\t本年制发件数\t本年废止件数\t现行有效件数");
    expect(lines).toContain("行政规范性文件\t1\t1\t1");
    expect(lines).toContain("行政许可\t603");
    expect(lines).toContain("一、本年新收政府信息公开申请数量\t57\t0\t0\t0\t0\t0\t57");
    expect(lines).toContain("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t6\t0\t0\t0\t0\t0\t6");
    expect(lines).toContain("（四）无法提供\t1.本机关不掌握相关政府信息\t16\t0\t0\t0\t0\t0\t16");
    expect(lines).toContain("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0");
    expect(lines).toContain(Array(15).fill("0").join("\t"));
  });

  it("keeps a blank cell's place as an empty field", () => {
    const r = sampleReport();
    r.cells["t3.new.business"] = { kind: "blank" };
    expect(renderText(buildDocument(r)).split("\n")).toContain("一、本年新收政府信息公开申请数量\t57\t\t0\t0\t0\t0\t57");
  });

  it("keeps a paragraph on one line even when the narrative cell had line breaks inside a table cell", () => {
    const r = sampleReport();
    r.narrative["5"] = "第一段\n\n第二段";
    const out = renderText(buildDocument(r, { narrativeOnly: true }));
    expect(out).toContain("五、存在的主要问题及改进情况\n\n第一段\n\n第二段\n\n六、");
  });

  describe("round trip through the text import", () => {
    it("reads back the same title, tables and narrative", () => {
      const original = sampleReport();
      const { report, problems } = importReport(renderText(buildDocument(original)), { fileName: "export.txt" });
      expect(problems.filter((p) => p.severity === "error")).toEqual([]);
      const [a, b] = [toJson(original), toJson(report)];
      expect({ format: b.format, year: b.year, agency: b.agency }).toEqual({ format: "2021", year: 2024, agency: SAMPLE_AGENCY });
      expect(b.t2).toEqual(a.t2);
      expect(b.t3).toEqual(a.t3);
      expect(b.t4).toEqual(a.t4);
      for (const id of ["1", "5", "6"] as const) expect(paragraphsOf(b.narrative[id])).toEqual(paragraphsOf(a.narrative[id]));
    });

    it("reads back an opening paragraph and a blank cell in its place", () => {
      const original = sampleReport();
      original.narrative["0"] = "根据《中华人民共和国政府信息公开条例》规定，编制本报告。";
      original.cells["t3.new.business"] = { kind: "blank" };
      const { report } = importReport(renderText(buildDocument(original)));
      expect(paragraphsOf(report.narrative["0"])).toEqual(paragraphsOf(original.narrative["0"]));
      expect(report.cells["t3.new.business"]).toEqual({ kind: "blank" });
      expect(report.cells["t3.new.research"]).toEqual({ kind: "number", value: 0 });
    });
  });
});
