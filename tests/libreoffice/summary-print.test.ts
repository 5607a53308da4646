// The summary workbook as printed (issue 18 part 5): `xxgk check FOLDER --report` over 40 reports,
// printed to PDF by LibreOffice and measured from the PDF's words and their boxes: A4 landscape, a
// title on the first page, the header on every page, files named relative to the folder, numbers
// right-aligned under right-aligned headers, a 15-digit figure in full, and no text wider than its
// column. Fonts and colours are read back from the workbook (a PDF names the fonts it substituted).
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { exportReport } from "../../src/export";
import { xxgk } from "../support/cli";
import { describeRendered, pdfLines, toPdfs } from "../support/pdf-render";
import type { PdfLine, PdfText } from "../support/pdf-render";
import { sampleReport } from "../support/reports";

const BIG = 987654321098765;
const LONG_AGENCY = "某省某市某县人民政府办公室政务公开和政务服务管理办公室";

describeRendered("the summary workbook printed by LibreOffice", "libreoffice-calc-nogui", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-summary-print-"));
  const folder = join(dir, "2024年报");
  const summary = join(dir, "summary.xlsx");
  let printed: PdfText;
  let pageSize: [number, number];

  beforeAll(async () => {
    mkdirSync(join(folder, "县直部门"), { recursive: true });
    for (let i = 0; i < 40; i++) {
      const r = sampleReport();
      r.agency = i === 0 ? LONG_AGENCY : `某县第${i}局`;
      if (i === 1) r.cells["t2.license.decisions"] = { kind: "number", value: BIG };
      // Every third report one too many granted: errors, so the 主要问题 column wraps.
      const v = r.cells["t3.granted.natural"];
      if (i % 3 === 2 && v?.kind === "number") r.cells["t3.granted.natural"] = { kind: "number", value: v.value + 1 };
      writeFileSync(join(folder, i % 2 ? "县直部门" : "", `${String(i).padStart(2, "0")}.txt`), await exportReport(r, "txt"));
    }
    const r = await xxgk(["check", folder, "--report", summary]);
    expect(r.err).toContain("已写入汇总");
    const [pdf] = toPdfs([summary], dir);
    printed = pdfLines(pdf);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) as RegExpExecArray;
    pageSize = [Number(m[1]), Number(m[2])];
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const onPage = (page: number) => printed.lines.filter((l) => l.page === page);
  const word = (text: string, page?: number): PdfLine | undefined => printed.lines.find((l) => l.text === text && (page === undefined || l.page === page));

  it("prints on A4 landscape, more than one page for 汇总, with the title and the header on top", () => {
    expect(pageSize[0]).toBeCloseTo(841.9, 0);
    expect(pageSize[1]).toBeCloseTo(595.3, 0);
    expect(printed.pages).toBeGreaterThan(3); // 汇总 alone takes two pages or more
    expect(word("政府信息公开工作年度报告校验汇总", 1)).toBeDefined();
    // The header on every page of every sheet: each sheet's first columns are 文件 and 机关.
    for (let p = 1; p <= printed.pages; p++) {
      const texts = onPage(p).map((l) => l.text);
      expect([p, texts.includes("文件") && texts.includes("机关")]).toEqual([p, true]);
    }
  });

  it("names files relative to the folder, never by the absolute path", () => {
    const texts = new Set(printed.lines.map((l) => l.text));
    expect(texts.has("00.txt")).toBe(true);
    expect(texts.has("县直部门/01.txt")).toBe(true);
    expect(printed.lines.some((l) => l.text.startsWith(`${dir}/`) && l.text.endsWith(".txt"))).toBe(false);
  });

  it("right-aligns the counts under right-aligned headers", () => {
    const off: string[] = [];
    for (const header of ["错误", "警告", "已说明", "年度"]) {
      const head = word(header, 1) as PdfLine;
      expect(head).toBeDefined();
      // Below the header and above the footer (the page number "1 / 5").
      const below = onPage(1).filter((l) => /^\d+$/.test(l.text) && l.yMin > head.yMax && l.yMax < pageSize[1] - 50 && l.xMax > head.xMin - 10 && l.xMin < head.xMax);
      expect(below.length).toBeGreaterThan(3);
      for (const n of below) if (Math.abs(n.xMax - head.xMax) > 2.5) off.push(`${header}: ${n.text} ends ${(n.xMax - head.xMax).toFixed(1)} pt from its header (x ${n.xMin.toFixed(1)}–${n.xMax.toFixed(1)}, y ${n.yMin.toFixed(1)}; header ${head.xMin.toFixed(1)}–${head.xMax.toFixed(1)})`);
    }
    expect(off).toEqual([]);
  });

  it("prints a 15-digit figure in full, and every agency name within its column", () => {
    expect(printed.lines.some((l) => l.text === String(BIG))).toBe(true);
    let measured = 0;
    for (let p = 1; p <= printed.pages; p++) {
      const agencyHead = word("机关", p);
      const next = onPage(p).find((l) => ["年度", "规则"].includes(l.text) && agencyHead && Math.abs(l.yMin - agencyHead.yMin) < 2);
      if (!agencyHead || !next) continue;
      const names = onPage(p).filter((l) => l.text.startsWith("某") && l.xMin >= agencyHead.xMin - 2 && l.xMin < next.xMin);
      for (const n of names) expect([n.text, n.xMax <= next.xMin]).toEqual([n.text, true]);
      measured += names.length;
    }
    expect(measured).toBeGreaterThan(40);
    expect(word(LONG_AGENCY)).toBeDefined();
  });

  it("sets 宋体 (仿宋 for long sentences) and colours each result", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(summary) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("汇总") as ExcelJS.Worksheet;
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "3:3" });
    const header = ws.getRow(3);
    expect(header.getCell(1).font?.name).toBe("宋体");
    const col = (label: string) => (header.values as unknown[]).indexOf(label);
    const fills = new Map<string, string | undefined>();
    for (let r = 4; r <= ws.rowCount; r++) {
      const cell = ws.getRow(r).getCell(col("结果"));
      fills.set(String(cell.value), (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
      expect(ws.getRow(r).getCell(col("主要问题")).font?.name).toBe("仿宋");
      expect(ws.getRow(r).getCell(col("机关")).font?.name).toBe("宋体");
    }
    expect(fills.get("有错误")).toBe("FFFFC7CE");
    expect(fills.get("通过")).toBe("FFC6EFCE");
    expect(header.getCell(col("错误")).alignment?.horizontal).toBe("right");
    expect(header.getCell(col("机关")).alignment?.horizontal).toBe("left");
  });
});
