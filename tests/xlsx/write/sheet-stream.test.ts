// The worksheet pieces and the text escape of the streaming writer: column letters past Z, markup
// escaped, characters XML cannot carry left out (one would make the whole workbook unreadable), and
// the style table giving one index per look.
import { parseXml } from "../../../src/xlsx/light/xml";
import { columnName, rowXml, sheetHead, sheetTail } from "../../../src/xlsx/write/sheet-stream";
import { StyleTable } from "../../../src/xlsx/write/style-table";
import { xmlText } from "../../../src/xlsx/write/xml-text";

test("column letters", () => {
  expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
});

test("text escaped for XML, and characters XML 1.0 forbids left out", () => {
  expect(xmlText(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
  expect(xmlText("a\u0000b\u0008c\u000bd\u001be\ufffef\tg\nh\ri")).toBe("abcdef\tg\nh\ri");
  // A lone surrogate half goes; a pair (an emoji, a rare CJK character) stays.
  expect(xmlText("x\ud800y\udc00z😀𠀋")).toBe("xyz😀𠀋");
});

test("a sheet made of head, rows and tail is well-formed, with inline strings and numbers", () => {
  const styles = new StyleTable();
  const s = styles.index({ font: { name: "宋体", size: 10 }, border: "FF808080", horizontal: "right", vertical: "top", numFmt: "0.######" });
  expect(styles.index({ font: { name: "宋体", size: 10 }, border: "FF808080", horizontal: "right", vertical: "top", numFmt: "0.######" })).toBe(s);
  const xml =
    sheetHead({ frozenRows: 3, widths: [9, 20], fitToPage: true }) +
    rowXml(1, [{ value: "=1+1 <b>", style: 0 }, { value: 1.5, style: s }], 24) +
    rowXml(2, [{ value: null, style: s }, { value: Number.NaN, style: 0 }]) +
    sheetTail({ autoFilter: "A3:B3", merges: ["A1:B1"], margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 }, page: { paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 }, footer: "&C&P / &N" });
  const cells: Record<string, string>[] = [];
  expect(() => parseXml(xml, "sheet1.xml", { open: (name, attrs) => void (name === "c" && cells.push(attrs)) })).not.toThrow();
  expect(cells).toEqual([{ r: "A1", t: "inlineStr" }, { r: "B1", s: String(s) }, { r: "A2", s: String(s) }, { r: "B2" }]);
  expect(xml).toContain("<t xml:space=\"preserve\">=1+1 &lt;b&gt;</t>");
  expect(xml).toContain("<oddFooter>&amp;C&amp;P / &amp;N</oddFooter>");
  expect(() => parseXml(styles.xml(), "styles.xml", { open: () => undefined })).not.toThrow();
  expect(styles.xml()).toContain("<numFmt numFmtId=\"164\" formatCode=\"0.######\"/>");
});
