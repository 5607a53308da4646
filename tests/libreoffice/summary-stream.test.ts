// The streamed summary workbook (src/xlsx/write) opened by LibreOffice: every sheet converts, and the
// text that needs escaping in XML — markup characters, a formula-looking name, spaces at either end,
// line breaks, control characters from a report — reads back as written (controls left out).
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { summarySheets } from "../../src/cli/summary-data";
import type { SummaryTable, SummaryValue } from "../../src/cli/summary-data";
import { toneOf } from "../../src/cli/summary-write";
import { summaryTablesXlsx } from "../../src/cli/summary-xlsx";
import { findSoffice, sheetsAsCsv } from "../support/libreoffice";

const soffice = findSoffice();
if (!soffice && process.env.CI) {
  test("LibreOffice is installed", () => {
    throw new Error("soffice not found: install libreoffice-calc-nogui in .ci/run");
  });
}
const describeLo = soffice ? describe : describe.skip;

describeLo("the streamed summary workbook in LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-stream-lo-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("converts every sheet, with escaped text read back as written", async () => {
    const rows: SummaryValue[][] = [
      ["县直/<&>\"'.txt", "=HYPERLINK(\"http://x\",\"点我\")局", 2024, "2021", "有错误", 2, 0, 0, "  前后空格  ", "第一条\n第二条"],
      ["b.txt", "某局\u0001\u001b", 2024, "2021", "通过", 0, 0, 0, null, ""],
    ];
    const tables: SummaryTable[] = summarySheets("zh-CN").map((s, i) => ({ ...s, header: [], widths: [], rows: i === 0 ? rows : [] }));
    const file = join(work, "summary.xlsx");
    writeFileSync(file, await summaryTablesXlsx(tables, { title: "标题", line: "说明行", day: new Date("2026-12-06T00:00:00Z") }, toneOf("zh-CN")));
    const sheets = sheetsAsCsv(soffice as string, file, work);
    expect([...sheets.keys()].sort()).toEqual(["数据", "汇总", "问题"].sort());
    const overview = sheets.get("汇总") as string[][];
    expect(overview[0][0]).toBe("标题");
    expect(overview[2].slice(0, 3)).toEqual(["文件", "机关", "年度"]);
    expect(overview[3]).toEqual(["县直/<&>\"'.txt", "=HYPERLINK(\"http://x\",\"点我\")局", "2024", "2021", "有错误", "2", "0", "0", "  前后空格  ", "第一条\n第二条"]);
    expect(overview[4].slice(0, 2)).toEqual(["b.txt", "某局"]);
  }, 240_000);
});
