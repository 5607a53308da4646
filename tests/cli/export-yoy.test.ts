// `xxgk export … --yoy [--prior LAST]`: the 同比 summary table in the exported file, from last year's
// report or from the workbook's 上年数据 sheet; the options in the help; the sentences when it cannot be.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { writeReportWorkbook } from "../../src/cli/read-file";
import { buildDocument } from "../../src/export/document";
import { renderText } from "../../src/export/text";
import { sampleReport } from "../export/sample-report";
import { xxgk } from "../support/cli";

const documentXml = async (path: string) => (await JSZip.loadAsync(readFileSync(path))).file("word/document.xml")!.async("string");
const yoyTableOf = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes("增减幅度"));
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("|");

describe("xxgk export --yoy", () => {
  let dir: string;
  let now: string;
  let last: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-export-yoy-"));
    now = join(dir, "2024.txt");
    writeFileSync(now, renderText(buildDocument(sampleReport())));
    const prev = sampleReport();
    prev.year = 2023;
    prev.cells["t3.new.total"] = { kind: "number", value: 50 };
    prev.cells["t3.new.natural"] = { kind: "number", value: 50 };
    last = join(dir, "2023.txt");
    writeFileSync(last, renderText(buildDocument(prev)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("adds the 同比 table from last year's report (--prior)", async () => {
    const out = join(dir, "yoy.docx");
    const r = await xxgk(["export", now, "-o", out, "--yoy", "--prior", last]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("已加入同比表");
    const table = yoyTableOf(await documentXml(out));
    expect(table).toBeDefined();
    expect(textOf(table!)).toContain("本年新收申请|57|50|+7|+14.0%");
    expect(textOf(table!)).toContain("项目|2024年|2023年|增减|增减幅度");
  });

  it("without --yoy the export has no 同比 table", async () => {
    const out = join(dir, "plain.docx");
    expect((await xxgk(["export", now, "-o", out])).code).toBe(0);
    expect(yoyTableOf(await documentXml(out))).toBeUndefined();
  });

  it("takes last year's figures from a workbook's 上年数据 sheet when --prior is not given", async () => {
    const xlsx = join(dir, "with-prior.xlsx");
    const carried = { kind: "number" as const, value: 4 };
    await writeReportWorkbook(sampleReport(), xlsx, { year: 2023, cells: { "t3.carriedOut.natural": carried, "t3.carriedOut.total": carried } });
    const out = join(dir, "from-sheet.docx");
    const r = await xxgk(["export", xlsx, "-o", out, "--yoy"]);
    expect(r.code).toBe(0);
    const table = textOf(yoyTableOf(await documentXml(out))!);
    expect(table).toContain("结转下年度继续办理|1|4|-3|-75.0%");
    expect(table).not.toContain("本年新收申请");
  });

  it("says so, exit 2, when there is nothing to compare with or --prior comes without --yoy", async () => {
    const noPrior = await xxgk(["export", now, "-o", join(dir, "a.docx"), "--yoy"]);
    expect(noPrior.code).toBe(2);
    expect(noPrior.err).toContain("中没有上年数据，无法加入同比表：请用 --prior 指定上年的年报");
    const alone = await xxgk(["export", now, "-o", join(dir, "b.docx"), "--prior", last]);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain("--prior 只与 --yoy 一起使用");
    const missing = await xxgk(["export", now, "-o", join(dir, "c.docx"), "--yoy", "--prior", join(dir, "nope.txt")]);
    expect(missing.code).toBe(2);
  });

  it("lists --yoy and --prior in the help, in both languages", async () => {
    const zh = await xxgk(["export", "--help"]);
    expect(zh.out).toMatch(/--yoy\s+在“六、其他需要报告的事项”末尾加入同比表/);
    expect(zh.out).toContain("--prior");
    const en = await xxgk(["export", "--help"], "en-US");
    expect(en.out).toContain("add a year-over-year table");
  });
});
