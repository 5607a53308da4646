// Published reports in other shapes: "|" tables, tab tables, GB18030 bytes, HTML with spans, the 2019
// layout, Kangxi radicals from PDF tools. All carry the same table 三 and 四 figures.
import { importReport } from "../../src/import";
import { toJson } from "../../src/model/report";
import { fixtureBytes, T3 } from "./fixtures";

const T2 = [[0, 0, 0], [2, 1, 15], [120], [45], [3], [12.5]];
const T4 = [1, 0, 0, 0, 1, 0, 1, 0, 1, 2, 0, 0, 0, 0, 0];

function load(name: string) {
  const result = importReport(fixtureBytes(name), { fileName: name });
  return { result, json: toJson(result.report) };
}

describe("text with tables in explicit cells", () => {
  it.each([
    ["pipe-2022.txt", 2022, "某市某区教育局"],
    ["tab-2023.txt", 2023, "某市某区卫生健康局"],
  ])("%s imports every table cell, with blanks kept as cells", (name, year, agency) => {
    const { result, json } = load(name);
    expect(result.problems).toEqual([]);
    expect(json).toMatchObject({ format: "2021", year, agency, t2: T2, t3: T3, t4: T4 });
    expect(json.narrative["6"]).toBe("本年度共发出收费通知0件，实际收取信息处理费0元。");
  });

  it("reads GB18030 (GBK) bytes as it reads the same text in UTF-8", () => {
    const gbk = load("tab-2023.gb18030.txt");
    const utf8 = load("tab-2023.txt");
    expect({ ...gbk.json }).toEqual({ ...utf8.json });
    expect(gbk.json.agency).toBe("某市某区卫生健康局");
  });
});

describe("an HTML page with rowspan/colspan headers", () => {
  const { result, json } = load("html-2023-spans.html");
  const cells = result.report.cells;

  it("is read as HTML, ignoring the script's table and the layout table around the report", () => {
    expect(result.source).toBe("html");
    expect(json.year).toBe(2023);
    expect(json.agency).toBe("某县财政局");
    expect(json.t3[0]).toEqual([30, 2, 0, 0, 1, 0, 33]);
    expect(result.problems).toEqual([]);
  });

  it("keeps the typed faults as they were typed: 12件, /, and &nbsp; blanks", () => {
    expect(cells["t3.granted.natural"]).toEqual({ kind: "text", raw: "12件", guess: 12, why: "unit" });
    expect(cells["t3.withheld2.business"]).toEqual({ kind: "nodata", raw: "/" });
    expect(cells["t3.withheld3.natural"]).toEqual({ kind: "blank" });
    expect(cells["t2.coercion.decisions"]).toEqual({ kind: "blank" });
  });

  it("reads the rows under a rowspan'd parent and the colspan'd value cells", () => {
    expect(json.t3.slice(12, 25)).toEqual(T3.slice(12, 25));
    expect(json.t2).toEqual([[0, 0, 0], [2, 1, 15], [120], [45], [null], [12.5]]);
    expect(json.t4).toEqual(T4);
  });

  it("keeps each HTML paragraph a paragraph, with Chinese punctuation", () => {
    expect(json.narrative["0"]).toBe("本报告根据《中华人民共和国政府信息公开条例》编制。");
    expect(json.narrative["1"]).toBe("2023年，某县财政局认真落实政务公开各项要求。\n（一）主动公开\n全年主动公开政府信息356条。");
    expect(json.narrative["5"]).toBe("一是政策解读形式还不够丰富；\n二是信息更新还不够及时。");
  });
});

describe("the 2019 trial format (a 2020 report as PDF text)", () => {
  const { result, json } = load("pdf-2020-format2019.txt");

  it("is recognised by its labels and read with its five table-二 groups", () => {
    expect(json.format).toBe("2019");
    expect(json.year).toBe(2020);
    expect(json.t2).toEqual([[0, 0, 0], [3, 3, 20], [12, -1, 340], [4, 0, 25], [8, 2, 16], [1, 0, 0], [2, 0], [6, 158.3]]);
    expect(result.problems).toEqual([]);
  });

  it("reads the 23 rows of table 三 across a repeated page header, （六）其他处理 as one row", () => {
    expect(json.t3).toHaveLength(23);
    expect(json.t3[20]).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(json.t3[21]).toEqual([27, 2, 0, 0, 1, 0, 30]);
    expect(json.t4).toEqual([0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it("rejoins a sentence broken mid-line", () => {
    expect(json.narrative["1"]).toBe("2020年，某市自然资源局坚持以公开为常态、不公开为例外，全年收到政府信息公开申请33件。");
  });
});

describe("PDF text with Kangxi radicals (⾏ U+2F8F for 行)", () => {
  const { result, json } = load("pdf-2023-kangxi.txt");

  it("matches labels and headings after NFKC", () => {
    expect(json).toMatchObject({ format: "2021", year: 2023, agency: "某区市场监督管理局", t2: T2, t3: T3, t4: T4 });
    expect(result.problems).toEqual([]);
    expect(json.title).toBe("某区市场监督管理局2023年政府信息公开工作年度报告");
  });
});
