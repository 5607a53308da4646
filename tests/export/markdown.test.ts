import { buildDocument } from "../../src/export/document";
import { escapeInline, escapeMarkdown, renderMarkdown, tableMarkdown } from "../../src/export/markdown";
import { SAMPLE_AGENCY, sampleReport } from "./sample-report";

describe("renderMarkdown", () => {
  const md = renderMarkdown(buildDocument(sampleReport()));
  const lines = md.split("\n");

  it("has the title as one heading and the sections as level-2 headings", () => {
    expect(lines[0]).toBe(`# ${SAMPLE_AGENCY}2024年政府信息公开工作年度报告`);
    expect(lines.filter((l) => l.startsWith("## "))).toEqual([
      "## 一、总体情况",
      "## 二、主动公开政府信息情况",
      "## 三、收到和处理政府信息公开申请情况",
      "## 四、政府信息公开行政复议、行政诉讼情况",
      "## 五、存在的主要问题及改进情况",
      "## 六、其他需要报告的事项",
    ]);
  });

  it("bolds a sub-head with its 。 outside the ** so CommonMark closes the emphasis", () => {
    expect(md).toContain("**（一）主动公开文件做到及时公开**。2024 年，区人力资源");
  });

  it("splits table 二 at its group headings into pipe tables, one column per printed column", () => {
    expect(md).toContain(
      [
        "**第二十条第（一）项**",
        "",
        "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "| --- | :---: | :---: | :---: |",
        "| 规章 | 0 | 0 | 0 |",
        "| 行政规范性文件 | 1 | 1 | 1 |",
        "",
        "**第二十条第（五）项**",
        "",
        "| 信息内容 | 本年处理决定数量 |",
        "| --- | :---: |",
        "| 行政许可 | 603 |",
      ].join("\n"),
    );
  });

  it("folds table 三's header rows into one, names each column by every header above it", () => {
    const header = lines.find((l) => l.startsWith("| （本列数据"))!;
    const cells = header.split(" | ");
    expect(cells).toHaveLength(10);
    expect(cells.slice(1, 5)).toEqual(["", "", "申请人情况 / 自然人", "申请人情况 / 法人或其他组织 / 商业企业"]);
    expect(header.endsWith("申请人情况 / 总计 |")).toBe(true);
    expect(lines).toContain("| 三、本年度办理结果 | （一）予以公开 |  | 25 | 0 | 0 | 0 | 0 | 0 | 25 |");
    expect(lines).toContain("|  | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    expect(lines).toContain("|  |  | 4.保护第三方合法权益 | 7 | 0 | 0 | 0 | 0 | 0 | 7 |");
  });

  it("names table 四's columns 行政诉讼 / 复议后起诉 / 总计 and so on", () => {
    const header = lines.find((l) => l.startsWith("| 行政复议 / 结果维持"))!;
    expect(header.split(" | ")).toHaveLength(15);
    expect(header).toContain("行政诉讼 / 未经复议直接起诉 / 结果维持");
    expect(header.endsWith("行政诉讼 / 复议后起诉 / 总计 |")).toBe(true);
  });

  it("escapes | and Markdown marks in report text so nothing becomes markup or HTML", () => {
    const r = sampleReport();
    r.narrative["5"] = "- 问题 | *一* <script>alert(1)</script> [链接](http://x) `代码` #号 &amp;";
    r.narrative["6"] = "1.收费情况：无。";
    r.cells["t3.new.natural"] = { kind: "text", raw: "5|7 *件*", why: "notNumber" };
    const out = renderMarkdown(buildDocument(r));
    expect(out).toContain("\\- 问题 \\| \\*一\\* \\<script\\>alert(1)\\</script\\> \\[链接\\](http://x) \\`代码\\` \\#号 \\&amp;");
    expect(out).toContain("\n1\\.收费情况：无。\n");
    expect(out).toContain("| 5\\|7 \\*件\\* |");
    expect(out).not.toMatch(/<script>/);
  });

  it("escapes block marks only at the start of a paragraph, inline marks anywhere", () => {
    expect(escapeMarkdown("+1")).toBe("\\+1");
    expect(escapeMarkdown("2) 其他")).toBe("2\\) 其他");
    expect(escapeInline("1.属于国家秘密")).toBe("1.属于国家秘密");
    expect(escapeInline("a\nb")).toBe("a b");
  });

  it("draws a table of two header rows and a spanned body the same way (generic tables)", () => {
    const c = (text: string, o: Partial<{ colSpan: number; rowSpan: number; header: boolean; key: string }> = {}) => ({
      text,
      colSpan: o.colSpan ?? 1,
      rowSpan: o.rowSpan ?? 1,
      header: o.header ?? false,
      align: "center" as const,
      ...(o.key ? { key: o.key } : {}),
    });
    const out = tableMarkdown({
      id: "t4",
      columnWidths: [1, 1, 1],
      rows: [
        { repeat: true, cells: [c("项目", { rowSpan: 2, header: true }), c("甲", { colSpan: 2, header: true })] },
        { repeat: true, cells: [c("一", { header: true }), c("二", { header: true })] },
        { repeat: false, cells: [c("行", { rowSpan: 2 }), c("1", { key: "a" }), c("2", { key: "b" })] },
        { repeat: false, cells: [c("3", { key: "c" }), c("", { key: "d" })] },
      ],
    });
    expect(out).toBe(["| 项目 | 甲 / 一 | 甲 / 二 |", "| --- | :---: | :---: |", "| 行 | 1 | 2 |", "|  | 3 |  |"].join("\n"));
  });
});
