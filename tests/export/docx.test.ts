// The .docx unzipped: its text, fonts, page setup, and each table's cells and merges read back from
// the XML (w:gridSpan, w:vMerge) must draw the same picture as the document model.
import JSZip from "jszip";
import { buildDocument } from "../../src/export/document";
import type { DocTable, ReportDocument } from "../../src/export/document";
import { renderDocx } from "../../src/export/docx";
import { tableGrid } from "../../src/export/grid";
import { SAMPLE_AGENCY, sampleReport } from "./sample-report";

interface Unzipped {
  files: string[];
  read(path: string): Promise<string>;
}

async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    files: Object.keys(zip.files),
    read: async (path) => {
      const f = zip.file(path);
      if (!f) throw new Error(`no ${path} in the .docx`);
      return f.async("string");
    },
  };
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join("");
const all = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`, "g"))].map((m) => m[0]);
const paragraphsOf = (xml: string) => all(xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ""), "w:p");

/** A table as the .docx draws it: the text at each grid position, "^" where a merge covers it. */
function docxPicture(tbl: string): string[][] {
  return all(tbl, "w:tr").map((tr) =>
    all(tr, "w:tc").flatMap((tc) => {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? "1");
      const continued = /<w:vMerge w:val="continue"\/>/.test(tc);
      return [continued ? "^" : textOf(tc), ...Array<string>(span - 1).fill("^")];
    }),
  );
}
const modelPicture = (t: DocTable) => tableGrid(t).map((r) => r.map((s) => (s.anchor ? s.cell.text : "^")));
const tablesOf = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));

describe("renderDocx — the sample report", () => {
  const doc = buildDocument(sampleReport());
  let z: Unzipped;
  let xml: string;
  beforeAll(async () => {
    const bytes = await renderDocx(doc);
    expect(bytes).toBeInstanceOf(Uint8Array);
    z = await unzip(bytes);
    xml = await z.read("word/document.xml");
  });

  it("is a Word package with a document, styles, two footers and the font table", () => {
    for (const f of ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/fontTable.xml", "word/settings.xml"]) {
      expect(z.files).toContain(f);
    }
    expect(z.files.filter((f) => /^word\/footer\d+\.xml$/.test(f))).toHaveLength(2);
  });

  it("is A4 with the GB/T 9704 margins (3.7 / 3.5 / 2.8 / 2.6 cm)", () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1];
    const attr = (n: string) => Number(new RegExp(`w:${n}="(\\d+)"`).exec(mar)![1]);
    expect(attr("top")).toBe(2098);
    expect(attr("bottom")).toBe(1985);
    expect(attr("left")).toBe(1588);
    expect(attr("right")).toBe(1474);
  });

  it("prints the title centred on two lines in 二号 方正小标宋简体", () => {
    const [first, second] = paragraphsOf(xml);
    expect(textOf(first)).toBe(SAMPLE_AGENCY);
    expect(textOf(second)).toBe("2024年政府信息公开工作年度报告");
    for (const p of [first, second]) {
      expect(p).toContain('<w:jc w:val="center"/>');
      expect(p).toContain('w:eastAsia="方正小标宋简体"');
      expect(p).toContain('<w:sz w:val="44"/>');
    }
  });

  it("sets body text in 三号 仿宋_GB2312, indented two characters, on a fixed 28.95pt line", () => {
    const p = paragraphsOf(xml).find((x) => textOf(x).startsWith("2024 年，区人力资源"))!;
    expect(p).toContain('w:eastAsia="仿宋_GB2312"');
    expect(p).toContain('<w:sz w:val="32"/>');
    expect(p).toMatch(/<w:ind w:firstLine="640"\/>/);
    expect(p).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
    expect(p).toContain('<w:jc w:val="both"/>');
  });

  it("sets 一、 headings in 黑体 and the （一） sub-head in 楷体_GB2312, the rest of its paragraph in 仿宋", () => {
    const h = paragraphsOf(xml).find((x) => textOf(x) === "一、总体情况")!;
    expect(h).toContain('w:eastAsia="黑体"');
    const p = paragraphsOf(xml).find((x) => textOf(x).startsWith("（一）主动公开"))!;
    const runs = all(p, "w:r");
    expect(textOf(runs[0])).toBe("（一）主动公开文件做到及时公开。");
    expect(runs[0]).toContain('w:eastAsia="楷体_GB2312"');
    expect(runs[1]).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it("keeps every section heading and narrative paragraph, in order", () => {
    const texts = paragraphsOf(xml).map(textOf);
    const order = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"].map((h) => texts.indexOf(h));
    expect(order.every((i, k) => i > 1 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(texts).toContainEqual(expect.stringContaining("实际收取信息处理费 0 元"));
  });

  it("draws the three tables cell for cell as the model lays them out, merges included", () => {
    const tbls = all(xml, "w:tbl");
    const model = tablesOf(doc);
    expect(tbls).toHaveLength(3);
    tbls.forEach((tbl, i) => expect(docxPicture(tbl)).toEqual(modelPicture(model[i])));
  });

  it("writes table 三's merges as w:gridSpan and w:vMerge (restart, then continue)", () => {
    const t3 = all(xml, "w:tbl")[1];
    const rows = all(t3, "w:tr");
    const first = all(rows[0], "w:tc")[0];
    expect(first).toMatch(/<w:gridSpan w:val="3"\/><w:vMerge w:val="restart"\/>/);
    expect(textOf(first)).toMatch(/^（本列数据的勾稽关系为/);
    // 三、本年度办理结果 starts a merge of 22 rows: 1 restart and 21 continuations in the first column.
    const firstColumn = rows.slice(5, 27).map((r) => all(r, "w:tc")[0]);
    expect(firstColumn[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(textOf(firstColumn[0])).toBe("三、本年度办理结果");
    expect(firstColumn.slice(1).every((c) => c.includes('<w:vMerge w:val="continue"/>'))).toBe(true);
    // A label beside a merge is as wide as the grid columns it spans (the merge's column not counted).
    const grid = [...t3.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const partial = all(rows[6], "w:tc")[1];
    expect(textOf(partial)).toMatch(/^（二）部分公开/);
    expect(Number(/<w:tcW w:type="dxa" w:w="(\d+)"/.exec(partial)![1])).toBe(grid[1] + grid[2]);
    // The header rows repeat on each page; the figures are centred 小五 宋体 (so 表三 fits the text width).
    expect(rows.slice(0, 3).every((r) => /<w:tblHeader\/>|<w:tblHeader w:val="(?:on|true|1)"\/>/.test(r))).toBe(true);
    const fig = all(rows[3], "w:tc")[1];
    expect(textOf(fig)).toBe("57");
    expect(fig).toContain('<w:jc w:val="center"/>');
    expect(fig).toContain('w:eastAsia="宋体"');
    expect(fig).toContain('<w:sz w:val="18"/>');
  });

  it("pages well: table headings keep with their tables, 表二's groups and 表三, 表四 keep their rows together", () => {
    const body = xml.slice(0, xml.indexOf("<w:sectPr"));
    const [t2, t3, t4] = all(xml, "w:tbl");
    // The paragraph just before each table (its 二、/三、/四、 heading) is kept with the next.
    for (const t of [t2, t3, t4]) {
      const before = body.slice(0, body.indexOf(t));
      expect(before.slice(before.lastIndexOf("<w:p>"))).toContain("<w:keepNext/>");
    }
    const keeps = (row: string) => all(row, "w:p").every((p) => p.includes("<w:keepNext/>"));
    // 表二: within a group every row but the last keeps with the next; the group's last row does not,
    // so a page may break between groups but never strands a heading.
    const rows2 = all(t2, "w:tr");
    const headings = rows2.map((r, i) => (textOf(r).startsWith("第二十条") ? i : -1)).filter((i) => i >= 0);
    expect(headings.length).toBe(4);
    headings.forEach((h, g) => {
      const end = (headings[g + 1] ?? rows2.length) - 1;
      for (let i = h; i < end; i++) expect([i, keeps(rows2[i])]).toEqual([i, true]);
      expect(keeps(rows2[end])).toBe(false);
    });
    // 表三 and 表四: every row but the last, the merges' continuation cells included.
    for (const t of [t3, t4]) {
      const rows = all(t, "w:tr");
      expect(rows.slice(0, -1).every(keeps)).toBe(true);
      expect(keeps(rows[rows.length - 1])).toBe(false);
    }
  });

  it("prints 表三's labels on the official lines, a line break between them", () => {
    const t3 = all(xml, "w:tbl")[1];
    const cellWith = (text: string) => all(t3, "w:tc").find((c) => textOf(c) === text)!;
    expect(all(cellWith("社会公益组织"), "w:r").map(textOf)).toEqual(["社会公益", "组织"]);
    expect(cellWith("社会公益组织")).toMatch(/<w:br\/><w:t[^>]*>组织</);
    expect(all(cellWith("三、本年度办理结果"), "w:r").map(textOf)).toEqual(["三、", "本", "年", "度", "办", "理", "结", "果"]);
    expect(all(cellWith("（三）不予公开"), "w:r").map(textOf)).toEqual(["（三）", "不予公开"]);
    expect(all(cellWith("1.属于国家秘密"), "w:r")).toHaveLength(1);
  });

  it("gives every table full single borders and the text block's width", () => {
    for (const tbl of all(xml, "w:tbl")) {
      for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
        expect(tbl).toMatch(new RegExp(`<w:${side} w:val="single"`));
      }
      const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"/.exec(tbl)![1]);
      expect(width).toBeGreaterThan(8800);
      expect(width).toBeLessThanOrEqual(11906 - 1588 - 1474);
    }
  });

  it("numbers pages — 1 — in the footers, right on odd pages and left on even", async () => {
    const settings = await z.read("word/settings.xml");
    expect(settings).toContain("<w:evenAndOddHeaders/>");
    const footers = await Promise.all(z.files.filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => z.read(f)));
    for (const f of footers) {
      expect(f).toMatch(/PAGE/);
      expect(textOf(f)).toMatch(/^— .* —$/);
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)![1]).sort()).toEqual(["left", "right"]);
  });

  it("names each font's fallback in the font table (方正小标宋简体 → 宋体, 仿宋_GB2312 → 仿宋)", async () => {
    const fonts = await z.read("word/fontTable.xml");
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
    expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    expect(fonts).toMatch(/<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"\/>/);
  });

  it("marks the Western script en-US and CJK zh-CN (a zh-CN Western script breaks 12.36 in LibreOffice)", async () => {
    expect(await z.read("word/styles.xml")).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
  });
});

describe("renderDocx — narrative only and odd text", () => {
  it("has no tables in the narrative-only document", async () => {
    const z = await unzip(await renderDocx(buildDocument(sampleReport(), { narrativeOnly: true })));
    const xml = await z.read("word/document.xml");
    expect(xml).not.toContain("<w:tbl>");
    expect(textOf(xml)).toContain("六、其他需要报告的事项");
    expect(textOf(xml)).not.toContain("二、主动公开政府信息情况");
  });

  it("escapes XML in report text and keeps a blank cell empty", async () => {
    const r = sampleReport();
    r.narrative["5"] = "问题 <b>&</b> “引号”";
    r.cells["t3.new.natural"] = { kind: "blank" };
    const xml = await (await unzip(await renderDocx(buildDocument(r)))).read("word/document.xml");
    expect(xml).toContain("问题 &lt;b&gt;&amp;&lt;/b&gt; “引号”");
    const row = all(all(xml, "w:tbl")[1], "w:tr")[3];
    expect(all(row, "w:tc").slice(1, 3).map(textOf)).toEqual(["", "0"]);
  });
});
