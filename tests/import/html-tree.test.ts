import { decodeEntities, parseHtml } from "../../src/import/html-tree";
import { htmlLines } from "../../src/import/html-lines";

describe("the HTML reader", () => {
  it("decodes entities, numeric and named, and leaves unknown ones", () => {
    expect(decodeEntities("a&nbsp;b &amp; &#x4E00;&#20108; &lt;x&gt; &foo;")).toBe("a\u00a0b & 一二 <x> &foo;");
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
});
