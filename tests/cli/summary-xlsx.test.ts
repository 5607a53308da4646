// The streamed summary workbook (src/cli/summary-xlsx.ts over src/xlsx/write) against the one ExcelJS
// wrote before (tests/support/summary-xlsx-exceljs.ts): both read back by ExcelJS from one fixture run,
// compared cell by cell — value, type, font, fill, border, alignment, number format — and row by row,
// with the sheets' frozen panes, filters, merges, widths and print settings. Then every part of the
// new file parses as XML, and its writer's memory stays under a bound while 20,000 rows pass.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { basename, join } from "path";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { checkFile } from "../../src/cli/batch-check";
import { writeOutputWith } from "../../src/cli/output";
import type { Checked } from "../../src/cli/batch-check";
import { summarySheets, summaryTables } from "../../src/cli/summary-data";
import type { SummaryTable, SummaryValue } from "../../src/cli/summary-data";
import { toneOf } from "../../src/cli/summary-write";
import { summaryTablesXlsx, writeSummaryXlsx } from "../../src/cli/summary-xlsx";
import { parseXml } from "../../src/xlsx/light/xml";
import { summaryXlsxExcelJS } from "../support/summary-xlsx-exceljs";

const fixtures = join(__dirname, "..", "fixtures", "reports");
const TITLE = { title: "政府信息公开工作年度报告校验汇总", line: "文件夹：县直部门；2026-12-06；共 9 份", day: new Date("2026-12-06T00:00:00Z") };
const FILES = ["sample-2024-panyu-hrss.txt", "html-2023-spans.html", "pipe-2022.txt", "pipe-2023-annex-numbering.txt", "tab-2023.gb18030.txt", "pdf-2024-row-faults.txt", "pdf-2020-format2019.txt", "text-without-tables.txt", "missing.xlsx"];

/** A fixture run's tables, and rows that reach every look and every escape the writer has. */
async function fixtureTables(): Promise<SummaryTable[]> {
  const results: Checked[] = [];
  for (const f of FILES) results.push(await checkFile(join(fixtures, f), { kind: "own" }, "zh-CN"));
  const tables = summaryTables(results, "zh-CN", (f) => basename(f));
  const long = Array.from({ length: 12 }, (_, i) => `第${i + 1}条：表三“予以公开”与正文不一致`).join("\n");
  const edge: SummaryValue[] = ["县直/<&>\"'.txt", "=HYPERLINK(\"http://x\",\"点我\")局", 2024, "", "有警告", 0, 3, 1, "  前后空格  ", long];
  const grey: SummaryValue[] = ["坏.docx", null, null, null, "无法读取", null, null, null, null, "控制字符\u0001\u001b[31m已去掉"];
  tables[0].rows.push(edge, grey);
  const figures = tables[2].rows[0].slice();
  figures[3] = 987654321098765;
  figures[4] = 1234.56;
  figures[5] = -0;
  tables[2].rows.push(figures);
  return tables;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** JSON with keys sorted: a font read back as {size, color} is the same font as {color, size}. */
const canonical = (v: unknown): string => JSON.stringify(v, (_, x: unknown) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
const look = (c: ExcelJS.Cell) => canonical({ font: c.font, fill: c.fill, border: c.border, alignment: c.alignment, numFmt: c.numFmt });

describe("the summary workbook written as a stream", () => {
  let tables: SummaryTable[];
  let fresh: Uint8Array;
  let reference: Uint8Array;
  beforeAll(async () => {
    tables = await fixtureTables();
    fresh = await summaryTablesXlsx(tables, TITLE, toneOf("zh-CN"));
    reference = await summaryXlsxExcelJS(tables, (i) => tables[i].rows, TITLE, toneOf("zh-CN"));
    if (process.env.XXGK_KEEP_SUMMARY) writeFileSync(process.env.XXGK_KEEP_SUMMARY, fresh);
  }, 60_000);

  it("reads back cell by cell as the ExcelJS-written one: values, types and looks", async () => {
    const [a, b] = [await load(fresh), await load(reference)];
    expect(a.worksheets.map((w) => w.name)).toEqual(["汇总", "问题", "数据"]);
    expect(a.worksheets.map((w) => w.name)).toEqual(b.worksheets.map((w) => w.name));
    const differ: string[] = [];
    let compared = 0;
    for (const [s, ws] of a.worksheets.entries()) {
      const old = b.worksheets[s];
      expect([ws.name, ws.rowCount]).toEqual([old.name, old.rowCount]);
      expect(ws.rowCount).toBe(3 + tables[s].rows.length);
      for (let r = 1; r <= ws.rowCount; r++) {
        if (ws.getRow(r).height !== old.getRow(r).height) differ.push(`${ws.name} row ${r} height ${ws.getRow(r).height} ≠ ${old.getRow(r).height}`);
        for (let c = 1; c <= tables[s].columns.length; c++) {
          const [x, y] = [ws.getCell(r, c), old.getCell(r, c)];
          compared++;
          if (x.type !== y.type || x.value !== y.value) differ.push(`${ws.name}!${x.address}: ${JSON.stringify(x.value)} (${x.type}) ≠ ${JSON.stringify(y.value)} (${y.type})`);
          if (look(x) !== look(y)) differ.push(`${ws.name}!${x.address} look ${look(x)} ≠ ${look(y)}`);
        }
      }
    }
    expect(differ.slice(0, 10)).toEqual([]);
    expect(compared).toBe(tables.reduce((n, t) => n + (3 + t.rows.length) * t.columns.length, 0));
    // The cases the fixture rows were made for.
    const overview = a.worksheets[0];
    const edgeRow = 3 + tables[0].rows.length - 1;
    expect(overview.getCell(edgeRow, 2).value).toBe("=HYPERLINK(\"http://x\",\"点我\")局");
    expect(overview.getCell(edgeRow, 2).type).toBe(ExcelJS.ValueType.String);
    expect(overview.getCell(edgeRow, 1).value).toBe("县直/<&>\"'.txt");
    expect(overview.getCell(edgeRow, 9).value).toBe("  前后空格  ");
    expect(overview.getRow(edgeRow).height).toBe(13.5 * 8 + 2);
    expect(overview.getCell(edgeRow + 1, 10).value).toBe("控制字符[31m已去掉");
    expect((overview.getCell(edgeRow, 5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFEB9C");
    expect((overview.getCell(edgeRow + 1, 5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFD9D9D9");
    const figures = a.worksheets[2];
    expect([figures.getCell(figures.rowCount, 4).value, figures.getCell(figures.rowCount, 5).value, figures.getCell(figures.rowCount, 5).numFmt]).toEqual([987654321098765, 1234.56, "0.######"]);
  });

  it("keeps the sheets' widths, frozen header, filter, merges and print settings", async () => {
    const [a, b] = [await load(fresh), await load(reference)];
    for (const [s, ws] of a.worksheets.entries()) {
      const old = b.worksheets[s];
      const n = tables[s].columns.length;
      // ExcelJS leaves out a column of width 9, its own default; this writer states every width.
      const widths = (w: ExcelJS.Worksheet) => Array.from({ length: n }, (_, i) => w.getColumn(i + 1).width ?? 9);
      expect(widths(ws)).toEqual(widths(old));
      expect(ws.views).toEqual(old.views);
      expect(ws.autoFilter).toEqual(old.autoFilter);
      expect(ws.autoFilter).toBe(`A3:${ws.getColumn(n).letter}${ws.rowCount}`);
      expect([...(ws.model.merges ?? [])].sort()).toEqual([...(old.model.merges ?? [])].sort());
      const print = (w: ExcelJS.Worksheet) => {
        const p = w.pageSetup;
        return [p.paperSize, p.orientation, p.fitToPage, p.fitToWidth, p.fitToHeight, p.margins, p.printTitlesRow, w.headerFooter.oddFooter];
      };
      expect(print(ws)).toEqual(print(old));
      expect(print(ws)).toEqual([9, "landscape", true, 1, 0, { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 }, "3:3", "&C&P / &N"]);
    }
    expect(a.creator).toBe("xxgk");
    expect(a.created).toEqual(TITLE.day);
  });

  it("is a sound zip whose every part is well-formed XML, and the same bytes twice", async () => {
    const zip = await JSZip.loadAsync(fresh, { checkCRC32: true });
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"]);
    for (const name of names) {
      const text = await zip.file(name)?.async("string");
      expect(() => parseXml(text ?? "", name, { open: () => undefined })).not.toThrow();
    }
    expect(Buffer.from(await summaryTablesXlsx(tables, TITLE, toneOf("zh-CN"))).equals(Buffer.from(fresh))).toBe(true);
  });
});

test("the writer holds under 256 KB while 20,000 rows pass, as for 2,000", async () => {
  const sheets = summarySheets("zh-CN");
  const run = async (n: number) => {
    // Rows made as they are asked for, like the spool's: the test holds none of them.
    function* rows(s: number): Generator<SummaryValue[]> {
      for (let i = 0; i < n; i++) {
        if (s === 0) yield [`县直部门/${i}.docx`, `某县第${i}局`, 2024, "2021", i % 3 ? "通过" : "有错误", i % 3 ? 0 : 2, 1, 0, null, i % 3 ? "" : "表三“予以公开”一行加起来不等于“总计”\n第二条"];
        else if (s === 1) yield [`县直部门/${i}.docx`, `某县第${i}局`, "R2", "表内求和", "错误", "'表三'!C7", "表三“予以公开”一行加起来不等于“总计”", "R2.rowSum"];
        else yield [`县直部门/${i}.docx`, `某县第${i}局`, 2024, ...Array.from({ length: 18 }, (_, k) => i * 7 + k)];
      }
    }
    let bytes = 0;
    const peak = await writeSummaryXlsx(async (c) => void (bytes += c.length), sheets, rows, TITLE, toneOf("zh-CN"));
    return { peak, bytes };
  };
  const few = await run(2000);
  const many = await run(20_000);
  expect(many.bytes).toBeGreaterThan(5 * few.bytes);
  expect(many.peak).toBeLessThan(256 * 1024);
  expect(few.peak).toBeLessThan(256 * 1024);
}, 120_000);

test("a summary of many pieces goes to its file whole, through the atomic writer", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-summary-stream-"));
  try {
    const sheets = summarySheets("zh-CN");
    const n = 3000;
    function* rows(s: number): Generator<SummaryValue[]> {
      for (let i = 0; i < n; i++) yield s === 0 ? [`${i}.txt`, `某县第${i}局`, 2024, "2021", "通过", 0, 0, 0, null, ""] : [`${i}.txt`, `某县第${i}局`];
    }
    const file = join(dir, "summary.xlsx");
    let pieces = 0;
    await writeOutputWith(file, (put) => writeSummaryXlsx(async (c) => { pieces++; await put(c); }, sheets, rows, TITLE, toneOf("zh-CN")).then(() => undefined));
    expect(pieces).toBeGreaterThan(2);
    const wb = await load(readFileSync(file));
    expect(wb.worksheets.map((w) => w.rowCount)).toEqual([3 + n, 3 + n, 3 + n]);
    expect(wb.worksheets[0].getCell(3 + n, 2).value).toBe(`某县第${n - 1}局`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("a sheet longer than Excel's last row goes on in continuation sheets, each with the title and header", async () => {
  const sheets = summarySheets("zh-CN");
  const n = 5;
  function* rows(s: number): Generator<SummaryValue[]> {
    for (let i = 0; i < (s === 1 ? n : 1); i++) yield [`${i}.txt`, `某县第${i}局`, "R2", "表内求和", "错误", "'表三'!C7", "不等", "R2.rowSum"];
  }
  // Two rows a sheet stands for Excel's 1,048,573: the 问题 sheet's five rows make three sheets.
  const bytes = await new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    writeSummaryXlsx(async (c) => void chunks.push(c), sheets, rows, TITLE, toneOf("zh-CN"), 2).then(() => resolve(Buffer.concat(chunks)), reject);
  });
  const wb = await load(bytes);
  const name = sheets[1].name;
  expect(wb.worksheets.map((w) => w.name)).toEqual([sheets[0].name, name, `${name} (2)`, `${name} (3)`, sheets[2].name]);
  const parts = wb.worksheets.slice(1, 4);
  expect(parts.map((w) => w.rowCount)).toEqual([5, 5, 4]);
  for (const w of parts) {
    expect(w.getCell(1, 1).value).toBe(TITLE.title);
    expect(w.getCell(3, 1).value).toBe(sheets[1].columns[0].header);
  }
  expect(parts.flatMap((w) => [4, 5].map((r) => w.getCell(r, 2).value)).filter((v) => v !== null)).toEqual(Array.from({ length: n }, (_, i) => `某县第${i}局`));
});
