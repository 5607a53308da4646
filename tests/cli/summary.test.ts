// `check --report`: the summary workbook's three sheets, a CSV, formula-looking text kept as text,
// and the writer's refusals.
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { csvCell } from "../../src/cli/summary-csv";
import { xxgk } from "../support/cli";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);

describe("xxgk check --report", () => {
  let dir: string;
  let reports: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-summary-"));
    reports = join(dir, "reports");
    mkdirSync(reports);
    copyFileSync(fixture("sample-2024-panyu-hrss.txt"), join(reports, "1-ok.txt"));
    copyFileSync(fixture("html-2023-spans.html"), join(reports, "2-errors.html"));
    // An agency name that a spreadsheet would run, were it written as a formula.
    writeFileSync(join(reports, "3-formula.txt"), readFileSync(fixture("sample-2024-panyu-hrss.txt"), "utf8").replace("广州市番禺区人力资源和社会保障局", "=HYPERLINK(\"http://x\",\"点我\")局"));
    writeFileSync(join(reports, "4-broken.xlsx"), "not a zip");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes 汇总, 问题 and 数据, header frozen and filtered", async () => {
    const out = join(dir, "summary.xlsx");
    const r = await xxgk(["check", reports, "--report", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/已写入汇总 .*summary\.xlsx：4 份年报，\d+ 项问题。/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题", "数据"]);
    const [overview, findings, figures] = wb.worksheets;
    // Row 1 the title, row 2 folder, date and counts, row 3 the header.
    const rows = (ws: ExcelJS.Worksheet) => (ws.getSheetValues() as unknown[][]).slice(3).map((row) => row.slice(1));

    expect(rows(overview)[0].slice(0, 9)).toEqual(["文件", "机关", "年度", "格式", "结果", "错误", "警告", "已说明", "上年年报"]);
    // Files named relative to the folder checked.
    expect(rows(overview).slice(1).map((row) => row[0])).toEqual(["1-ok.txt", "2-errors.html", "3-formula.txt", "4-broken.xlsx"]);
    const byFile = new Map(rows(overview).slice(1).map((row) => [String(row[0]), row]));
    expect(byFile.get("1-ok.txt")?.slice(1, 8)).toEqual(["广州市番禺区人力资源和社会保障局", 2024, "2021", "通过", 0, 0, 0]);
    expect(byFile.get("2-errors.html")?.slice(4, 7)).toEqual(["有错误", 4, 4]);
    expect(String(byFile.get("2-errors.html")?.[9])).toContain("“12件”不是数字");
    expect(byFile.get("4-broken.xlsx")?.[4]).toBe("无法读取");

    // The formula-looking name is a string cell, not a formula.
    const cell = overview.getCell(6, 2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("=HYPERLINK(\"http://x\",\"点我\")局");

    expect(rows(findings)[0]).toEqual(["文件", "机关", "规则", "规则名称", "严重程度", "位置", "说明", "代码"]);
    const errorsHtml = rows(findings).filter((row) => String(row[0]).endsWith("2-errors.html"));
    expect(errorsHtml).toHaveLength(8);
    expect(errorsHtml.filter((row) => row[4] === "错误")).toHaveLength(4);
    expect(errorsHtml.map((row) => row[7])).toContain("R5.textGuess");
    expect(errorsHtml.map((row) => row[3])).toContain("数字格式");
    for (const ws of [overview, findings, figures]) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
      expect(ws.autoFilter).toBeTruthy();
    }

    const fig = rows(figures);
    expect(fig[0].slice(0, 6)).toEqual(["文件", "机关", "年度", "新收申请", "上年结转", "予以公开"]);
    const ok = fig.find((row) => String(row[0]).endsWith("1-ok.txt")) as unknown[];
    const col = (label: string) => ok[fig[0].indexOf(label)];
    expect([col("新收申请"), col("上年结转"), col("办理总计"), col("结转下年度")]).toEqual([57, 0, 56, 1]);
    expect(fig).toHaveLength(1 + 3); // the unreadable workbook has no figures
  });

  it("refuses to replace a summary without --force, and replaces it with --force", async () => {
    const out = join(dir, "again.csv");
    writeFileSync(out, "old");
    const r = await xxgk(["check", join(reports, "1-ok.txt"), "--report", out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("已存在，未覆盖。要替换它，请加 --force");
    expect(readFileSync(out, "utf8")).toBe("old");
    const f = await xxgk(["check", join(reports, "1-ok.txt"), "--report", out, "--force"]);
    expect(f.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^\uFEFF文件,机关,年度/);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("never overwrites an input, and wants .xlsx or .csv", async () => {
    const input = join(reports, "1-ok.txt");
    const broken = join(reports, "4-broken.xlsx");
    const same = await xxgk(["check", input, broken, "--report", broken, "--force"]);
    expect([same.code, same.err.trim()]).toEqual([2, `汇总文件 ${broken} 是要校验的文件之一，不能覆盖它。`]);
    expect(readFileSync(broken, "utf8")).toBe("not a zip");
    const bad = await xxgk(["check", input, "--report", join(dir, "s.txt")]);
    expect([bad.code, bad.err.trim()]).toEqual([2, `汇总文件 ${join(dir, "s.txt")} 应以 .xlsx 或 .csv 结尾。`]);
    expect(existsSync(join(dir, "s.txt"))).toBe(false);
  });

  it("a CSV keeps every formula-looking text as text", async () => {
    const out = join(dir, "summary.csv");
    await xxgk(["check", reports, "--report", out]);
    const text = readFileSync(out, "utf8");
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""点我"")局"`);
    expect(["=1", "+1", "-1", "@x", "\t1", "\r1"].map(csvCell)).toEqual(["'=1", "'+1", "'-1", "'@x", "'\t1", "\"'\r1\""]);
    expect([csvCell(-3), csvCell(null), csvCell("a,b")]).toEqual(["-3", "", '"a,b"']);
  });
});

test("check refuses a workbook too big to be a report before reading it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-big-"));
  const big = join(dir, "big.xlsx");
  // A sparse file: 65 MB long, nothing written, so the test costs no memory or disk.
  writeFileSync(big, "");
  truncateSync(big, 65 * 2 ** 20);
  const r = await xxgk(["check", big]);
  expect(r.code).toBe(2);
  expect(r.out).toContain("超过 64 MB，不像是一份年报工作簿，未读取");
  rmSync(dir, { recursive: true, force: true });
});
