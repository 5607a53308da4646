// The Word export as pages: the sample report as published (its text imported, as `xxgk import` then
// `xxgk export` do) is written as .docx and printed to PDF by LibreOffice, and the PDF's positioned text
// lines are checked. Table groups keep their headings (no 第二十条第（六）项 stranded at a page foot), 表三
// is on one page with its labels on the official lines, figures sit in the middle of multi-line rows.
// The paragraph checks need no LibreOffice.
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildDocument } from "../../src/export/document";
import { renderDocx } from "../../src/export/docx";
import { getFormat, printedGroupLabel, printedLabel } from "../../src/format";
import { importReport } from "../../src/import";
import type { ReportData } from "../../src/model/report";
import { describeRendered, pdfLines, toPdfs } from "../support/pdf-render";
import type { PdfLine, PdfText } from "../support/pdf-render";

const SAMPLE_TXT = join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt");
const published = (): ReportData => importReport(readFileSync(SAMPLE_TXT)).report;

describe("paragraphs of the export are the source's", () => {
  it("section 五 is one paragraph, as published (no break before 二是进一步提高…)", () => {
    const doc = buildDocument(published());
    const five = doc.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith("五、"));
    const six = doc.blocks.findIndex((b) => b.kind === "heading" && b.text.startsWith("六、"));
    const paragraphs = doc.blocks.slice(five + 1, six);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toMatchObject({ kind: "paragraph", text: expect.stringMatching(/内容；二是进一步提高政策解读多元化水平/) });
  });
});

describeRendered("the Word export printed by LibreOffice", "libreoffice-writer-nogui", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-docx-pages-"));
  const f = getFormat("2021");
  let pdf: PdfText;

  beforeAll(async () => {
    const docx = join(dir, "report.docx");
    writeFileSync(docx, await renderDocx(buildDocument(published())));
    pdf = pdfLines(toPdfs([docx], dir)[0]);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const find = (text: string, from?: PdfLine): PdfLine => {
    const line = pdf.lines.find((l) => l.text === text && (!from || l.page > from.page || (l.page === from.page && l.yMin >= from.yMin)));
    if (!line) throw new Error(`"${text}" is not a line of the PDF`);
    return line;
  };

  it("表二: every group's heading is on the page of its rows", () => {
    const title = find("二、主动公开政府信息情况");
    for (const g of f.t2) {
      const heading = find(g.heading, title);
      for (const r of g.rows) expect([g.heading, r.label, find(r.label, heading).page]).toEqual([g.heading, r.label, heading.page]);
    }
  });

  it("表三: its heading, header and every row on one page, labels on the official lines", () => {
    const title = find("三、收到和处理政府信息公开申请情况");
    const expected = [
      ...f.t3.columns.map((c) => printedLabel(c.label)),
      ...f.t3.rows.map((r) => printedLabel(r.label)),
      ...[...new Set(f.t3.rows.flatMap((r) => r.parents))].map(printedGroupLabel),
      printedLabel(f.t3.note),
    ].flatMap((l) => l.split("\n"));
    const pages = new Set(expected.map((line) => find(line, title).page));
    expect([...pages]).toEqual([title.page]);
    for (const fragment of ["社会公益组", "法律服务机", "三、本", "年度办", "（三）不", "予公开"]) expect(pdf.lines.map((l) => l.text)).not.toContain(fragment);
  });

  it("表三: in every multi-line row the figures sit in the middle, level with the label's centre", () => {
    const title = find("三、收到和处理政府信息公开申请情况");
    const multi = f.t3.rows.map((r) => printedLabel(r.label).split("\n")).filter((lines) => lines.length > 1);
    expect(multi.length).toBeGreaterThanOrEqual(3);
    for (const lines of multi) {
      const top = find(lines[0], title);
      const bottom = find(lines[lines.length - 1], top);
      const centre = (top.yMin + bottom.yMax) / 2;
      // The row's figures: the words right of the label, between its first line's top and last line's bottom.
      const figures = pdf.lines.filter((l) => l.page === top.page && l.xMin > top.xMax && /^\d+$/.test(l.text) && l.yMin >= top.yMin - 4 && l.yMax <= bottom.yMax + 4);
      expect([lines[0], figures.length]).toEqual([lines[0], f.t3.columns.length]);
      for (const fig of figures) expect([lines[0], Math.abs((fig.yMin + fig.yMax) / 2 - centre) < 3]).toEqual([lines[0], true]);
    }
  });

  it("表四: header and figures on one page", () => {
    const title = find("四、政府信息公开行政复议、行政诉讼情况");
    const header = find("行政复议", title);
    expect(header.page).toBe(title.page);
    expect(find("维持", header).page).toBe(title.page);
  });
});
