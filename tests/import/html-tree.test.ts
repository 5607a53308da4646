import { parseHtml } from "../../src/import/html-tree";
import { htmlLines } from "../../src/import/html-lines";

describe("the HTML reader", () => {
  it("decodes entities, numeric and named, and leaves unknown ones", () => {
    const { lines } = htmlLines("<p>a&nbsp;b &amp; &#x4E00;&#20108; &lt;x&gt; &foo;</p>");
    expect(lines[0].raw).toBe("a\u00a0b & 一二 <x> &foo;");
  });

  it("drops scripts, styles and comments unread and takes the page title", () => {
    const { root, title } = parseHtml("<title>年报</title><script>var t='<td>1</td>'</script><!-- <p>x</p> --><p>正文</p>");
    expect(title).toBe("年报");
    expect(JSON.stringify(root)).not.toContain("td");
    expect(JSON.stringify(root)).not.toContain("x</p>");
  });

  it("implies the end tags pages omit", () => {
    const { lines } = htmlLines("<table><tr><td>规章<td>1<td>2<tr><td>行政许可<td>3</table><p>一<p>二");
    expect(lines.map((l) => l.cells ?? l.text)).toEqual([["规章", "1", "2"], ["行政许可", "3"], "一", "二"]);
  });

  it("keeps blanks as cells and <br> as a line break inside a cell", () => {
    const { lines } = htmlLines("<table><tr><th>自然<br>人</th><td>&nbsp;</td><td><p><span> 12件 </span></p></td></tr></table>");
    expect(lines[0].cells).toEqual(["自然\n人", "\u00a0", "12件"]);
  });

  // Pages exported from Word ("另存为网页") as agencies publish them: Office namespaces, conditional
  // comments, <o:p>, unclosed cells and paragraphs, text stray inside <table>. Read as a browser shows them.
  it("reads a Word-exported table as a browser shows it", () => {
    const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><title>某局2024年政府信息公开工作年度报告</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>x</o:Author></o:DocumentProperties></xml><![endif]-->
<style>p.MsoNormal{margin:0}</style></head><body lang=ZH-CN>
<p class=MsoNormal><![if !supportLists]>一、<![endif]>总体情况<o:p></o:p></p>
<table class=MsoNormalTable border=1>
 <tr><td rowspan=2><p class=MsoNormal><span lang=EN-US>规章<o:p></o:p></span></p>
     <td><p class=MsoNormal align=center><span lang=EN-US>0<o:p></o:p></span></p></td>
     <td>1
 <tr><td>行政许可<td><b>12</td></b>
</table>
<p>正文<p>第二段`;
    const { lines, title } = htmlLines(page);
    expect(title).toBe("某局2024年政府信息公开工作年度报告");
    expect(lines.map((l) => l.cells ?? l.text)).toEqual(["一、总体情况", ["规章", "0", "1"], ["行政许可", "12"], "正文", "第二段"]);
  });

  it("moves text stray inside <table> out before it, as browsers do (foster parenting)", () => {
    const { lines } = htmlLines("<table>单位：件<tr><td>规章<td>1</table>");
    expect(lines.map((l) => l.cells ?? l.text)).toEqual(["单位:件", ["规章", "1"]]);
  });

  it("a stray \"<\" and an unclosed comment are text and end of page, never an error", () => {
    const { lines } = htmlLines("<p>收费 < 100 元</p><p>末段<!-- 未闭合");
    expect(lines.map((l) => l.text)).toEqual(["收费 < 100 元", "末段"]);
  });

  it("bounds the depth of the tree however deep the page nests", () => {
    const { root } = parseHtml(`${"<div>".repeat(2000)}深处${"</div>".repeat(2000)}`);
    let depth = 0;
    for (let el = root; el.children.length > 0 && typeof el.children[0] !== "string"; el = el.children[0] as typeof root) depth++;
    expect(depth).toBeLessThanOrEqual(110);
    expect(JSON.stringify(root)).toContain("深处");
  });
});
