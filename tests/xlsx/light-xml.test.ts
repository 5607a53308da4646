// The light reader's parts through the streaming XML parser: each kind of content a report's parts
// hold, written by hand as Excel, WPS and LibreOffice write it (prefixes, entities, rich text, phonetic
// guides, inline strings, every cell type, cached formula values, merges, names), and a damaged part
// refused with a sentence naming the part and the sheet.
import fc from "fast-check";
import JSZip from "jszip";
import { planLayout } from "../../src/layout/plan";
import { SHEET } from "../../src/layout/names";
import { readWorkbookLight } from "../../src/xlsx/light/read-light";
import { cellIndex, sheetCells } from "../../src/xlsx/light/sheet-cells";
import type { CellContext } from "../../src/xlsx/light/sheet-cells";
import { dateStyles, relationships, sharedStrings, workbookInfo } from "../../src/xlsx/light/workbook-parts";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { sampleReport } from "../support/reports";

const ctx: CellContext = { strings: ["甲", "A&B"], dates: [false, true], date1904: false };
const sheet = (data: string, tail = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData>${tail}</worksheet>`;
const valueAt = (cells: ReturnType<typeof sheetCells>, row: number, col: number) => cells.cells.get(cellIndex(row, col));

describe("a sheet's cells", () => {
  it("of every type, with entities decoded by the parser", () => {
    const got = sheetCells(
      sheet(
        `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="str"><v>x &amp; &lt;y&gt; &#x4E2D;&#25991;</v></c>` +
          `<c r="C2" t="inlineStr"><is><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 文本&amp;</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></is></c>` +
          `<c r="D2" t="b"><v>1</v></c><c r="E2" t="e"><v>#N/A</v></c><c r="F2"><v>12.5</v></c><c r="G2" s="1"><v>45352</v></c>` +
          `<c r="H2"><v/></c><c r="I2" t="s"/><c t="n"><v>7</v></c></row>`,
      ),
      ctx,
    );
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => valueAt(got, 2, c)?.value)).toEqual(["A&B", "x & <y> 中文", "富 文本&", true, "#N/A", 12.5, "2024-03-01"]);
    expect(valueAt(got, 2, 8)).toBeUndefined();
    expect(valueAt(got, 2, 9)).toBeUndefined();
    expect(valueAt(got, 2, 10)).toEqual({ value: 7 }); // no r: the column after the last one
  });

  it("formulas with their cached values, a shared formula's dependants without text", () => {
    const got = sheetCells(
      sheet(
        `<row r="3"><c r="A3"><f>SUM(B3:C3)</f><v>3</v></c><c r="B3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>` +
          `<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D3" t="b"><f>TRUE()</f><v>0</v></c>` +
          `<c r="E3"><f t="shared" ref="E3:F3" si="0">A3*2</f><v>6</v></c><c r="F3"><f t="shared" si="0"/><v>8</v></c><c r="G3"><f>A3</f></c></row>`,
      ),
      ctx,
    );
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => valueAt(got, 3, c))).toEqual([
      { value: 3, formula: "=SUM(B3:C3)" },
      { value: "ab", formula: '="a"&"b"' },
      { value: "#DIV/0!", formula: "=1/0" },
      { value: false, formula: "=TRUE()" },
      { value: 6, formula: "=A3*2" },
      { value: 8 },
      { value: "", formula: "=A3" },
    ]);
  });

  it("with a namespace prefix on every element, rows without r, and merges", () => {
    const xml =
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
      `<x:row><x:c r="B1"><x:v>1</x:v></x:c></x:row><x:row><x:c><x:v>2</x:v></x:c></x:row></x:sheetData>` +
      `<x:mergeCells count="2"><x:mergeCell ref="A5:B6"/><x:mergeCell ref="A1:XFD1048576"/></x:mergeCells></x:worksheet>`;
    const got = sheetCells(xml, ctx);
    expect(valueAt(got, 1, 2)).toEqual({ value: 1 });
    expect(valueAt(got, 2, 1)).toEqual({ value: 2 });
    expect([...got.hidden].sort((a, b) => a - b)).toEqual([cellIndex(5, 2), cellIndex(6, 1), cellIndex(6, 2)]); // the huge merge is cut short
  });
});

describe("the workbook's parts", () => {
  it("sheet names, relationships and defined names, entities decoded, quoted sheet names kept", () => {
    const rels = relationships(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="http://x/worksheet" Target="/xl/worksheets/s2.xml"/><Relationship Id="rId3" Type="http://x/sharedStrings" Target="../xl/./sharedStrings.xml"/></Relationships>`,
      "xl/",
      "xl/_rels/workbook.xml.rels",
    );
    expect(rels.map((r) => [r.id, r.type, r.target])).toEqual([
      ["rId1", "worksheet", "xl/worksheets/sheet1.xml"],
      ["rId2", "worksheet", "xl/worksheets/s2.xml"],
      ["rId3", "sharedStrings", "xl/sharedStrings.xml"],
    ]);
    const info = workbookInfo(
      `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets>` +
        `<sheet name="表二 &amp; 表三" sheetId="2" r:id="rId2"/><sheet name="&lt;首&gt;" sheetId="1" r:id="rId1"/></sheets>` +
        `<definedNames><definedName name="xxgk_t3">'表二 &amp; 表三'!$A$2:$J$29</definedName><definedName name="xxgk_t3">'a,b'!$B$1</definedName></definedNames></workbook>`,
      rels,
      "xl/workbook.xml",
    );
    expect(info.sheets).toEqual([
      { name: "<首>", path: "xl/worksheets/sheet1.xml", order: 1 },
      { name: "表二 & 表三", path: "xl/worksheets/s2.xml", order: 2 },
    ]);
    expect(info.names.get("xxgk_t3")).toEqual(["'表二 & 表三'!$A$2:$J$29", "'a,b'!$B$1"]);
    expect(info.date1904).toBe(true);
  });

  it("shared strings: plain, rich text runs, phonetic guides left out, CDATA, character references", () => {
    const got = sharedStrings(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>甲</t></si><si><r><t>某区</t></r><r><rPr><b/></rPr><t>财政局（本级）</t></r></si>` +
        `<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si><si><t><![CDATA[a<b]]></t></si><si><t>&#x1F600;&quot;&apos;</t></si><si><t/></si></sst>`,
      "xl/sharedStrings.xml",
    );
    expect(got).toEqual(["甲", "某区财政局（本级）", "漢字", "a<b", "😀\"'", ""]);
  });

  it("date formats: only the cells' formats, built-in and custom", () => {
    const styles =
      `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>` +
      `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"><alignment/></xf><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    expect(dateStyles(styles, "xl/styles.xml")).toEqual([false, true, true, false]);
  });
});

describe("a damaged part is refused with a sentence naming it", () => {
  const plan = planLayout("2021", { year: 2024, agency: "某区财政局（本级）" });

  async function damaged(part: string, damage: (xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await writeWorkbook(plan, sampleReport()));
    const xml = (await zip.file(part)?.async("string")) ?? "";
    zip.file(part, damage(xml));
    return zip.generateAsync({ type: "uint8array" });
  }

  it("a sheet cut short: the sheet's name and its part", async () => {
    const bytes = await damaged("xl/worksheets/sheet3.xml", (xml) => xml.slice(0, Math.floor(xml.length / 2)));
    await expect(readWorkbookLight(bytes, "坏.xlsx")).rejects.toMatchObject({
      msg: { id: "cli.read.badSheet", params: { file: "坏.xlsx", part: "xl/worksheets/sheet3.xml", sheet: SHEET.t3 } },
    });
  });

  it.each([
    ["xl/sharedStrings.xml", (xml: string) => xml.replace("</si>", "</t>")],
    ["xl/workbook.xml", (xml: string) => xml.replace("<sheets>", "<sheets><sheet name='x&nbsp;'/>")],
    ["xl/styles.xml", (xml: string) => xml.replace(/<\/styleSheet>\s*$/, "")],
    ["xl/_rels/workbook.xml.rels", (xml: string) => `${xml}<Relationship/>`],
  ])("%s not well-formed", async (part, damage) => {
    await expect(readWorkbookLight(await damaged(part, damage), "坏.xlsx")).rejects.toMatchObject({ msg: { id: "cli.read.badPart", params: { file: "坏.xlsx", part } } });
  });
});

describe("any text a clerk types reads back as ExcelJS reads it", () => {
  it("agency names of any characters, XML's special ones included", async () => {
    const printable = fc.string({ unit: fc.constantFrom("&", "<", ">", '"', "'", "（", "）", "本", "级", " ", "\n", "\t", "；", "𠀀", "a", "#", ";", "x") });
    await fc.assert(
      fc.asyncProperty(printable, async (agency) => {
        const r = sampleReport();
        r.agency = agency;
        const bytes = await writeWorkbook(planLayout("2021", { year: 2024, agency }), r);
        const heavy = await readWorkbook(bytes, "x.xlsx").catch((e: { msg?: unknown }) => e.msg);
        const light = await readWorkbookLight(bytes, "x.xlsx").catch((e: { msg?: unknown }) => e.msg);
        expect(light).toEqual(heavy);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
