// Issue 12's end-to-end case: a folder of 300 mixed reports made here from the fixtures, with faults
// injected, checked in one run with --prior-dir and --report; the summary workbook opened by
// LibreOffice gives the right result and counts for every file, and the pairs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { exportReport } from "../../src/export";
import { planLayout } from "../../src/layout/plan";
import type { ReportData } from "../../src/model/report";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { xxgk } from "../support/cli";
import { findSoffice, sheetsAsCsv } from "../support/libreoffice";
import { sampleReport } from "../support/reports";

const soffice = findSoffice();
if (!soffice && process.env.CI) {
  test("LibreOffice is installed", () => {
    throw new Error("soffice not found: install libreoffice-calc-nogui in .ci/run");
  });
}
const describeLo = soffice ? describe : describe.skip;

/** One kind of file in the folder: how it is made, and the result it must get. */
interface Kind {
  ext: string;
  make: (r: ReportData) => Promise<Uint8Array>;
  fault?: (r: ReportData) => void;
  /** Result, errors, warnings in the 汇总 sheet, without and with last year's report. */
  expect: [string, number, number];
  paired?: [string, number, number];
}

const html = readFileSync(join(__dirname, "..", "fixtures", "reports", "html-2023-spans.html"));
const pipe = readFileSync(join(__dirname, "..", "fixtures", "reports", "pipe-2022.txt"));
const xlsx = (r: ReportData) => writeWorkbook(planLayout("2021", { year: r.year, agency: r.agency }), r);

const KINDS: Kind[] = [
  // The sample as published balances; last year's carried over 1 where this year's carries in 0 (R6 ×2).
  { ext: "xlsx", make: xlsx, expect: ["通过", 0, 0], paired: ["有警告", 0, 2] },
  // 予以公开·自然人 one too many: the printed totals are kept as printed (issue 18), so the 自然人
  // column (R2) and the 予以公开 row (R3) no longer add up; the text still agrees with the totals.
  { ext: "xlsx", make: xlsx, fault: (r) => bump(r, "t3.granted.natural"), expect: ["有错误", 2, 0] },
  { ext: "txt", make: (r) => exportReport(r, "txt"), expect: ["通过", 0, 0], paired: ["有警告", 0, 2] },
  // A unit typed into a figure: R5, and with the 3 it probably meant table 四's 总计 0 is wrong (R4).
  { ext: "docx", make: (r) => exportReport(r, "docx"), fault: (r) => (r.cells["t4.review.upheld"] = { kind: "text", raw: "3件", guess: 3, why: "unit" }), expect: ["有错误", 2, 0] },
  // The hand-made HTML fixture: 4 errors and 4 warnings (tests/cli/check.test.ts).
  { ext: "html", make: async () => new Uint8Array(html), expect: ["有错误", 4, 4] },
  // The hand-made pipe-table fixture as Markdown: section 一 lacks four of its five parts (R9 ×4).
  { ext: "md", make: async () => new Uint8Array(pipe), expect: ["有警告", 0, 4] },
];

function bump(r: ReportData, key: string): void {
  const v = r.cells[key];
  if (v?.kind === "number") r.cells[key] = { kind: "number", value: v.value + 1 };
}

describeLo("a folder of 300 reports → the summary workbook, read back by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-300-"));
  const folder = join(work, "2024");
  const priors = join(work, "2023");
  const expected = new Map<string, { result: string; errors: number; warnings: number; prior?: string }>();
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    mkdirSync(join(folder, "县直部门"), { recursive: true });
    mkdirSync(priors);
    for (let i = 0; i < 300; i++) {
      const kind = KINDS[i % KINDS.length];
      const name = join(i % 2 ? join(folder, "县直部门") : folder, `${String(i).padStart(3, "0")}.${kind.ext}`);
      if (i % 50 === 49) {
        writeFileSync(name.replace(/\.\w+$/, ".xlsx"), "这不是工作簿"); // unreadable
        expected.set(name.replace(/\.\w+$/, ".xlsx"), { result: "无法读取", errors: NaN, warnings: NaN });
        continue;
      }
      const r = sampleReport();
      r.agency = i === 1 ? "=1+2" : `某县第${i}局`; // one name looks like a formula
      kind.fault?.(r);
      writeFileSync(name, await kind.make(r));
      let [result, errors, warnings] = kind.expect;
      let prior: string | undefined;
      if (kind.paired && i % 4 < 2) {
        // Last year's report of the same agency, with its name spelled out in full-width and spaces.
        const last = sampleReport();
        last.year = 2023;
        last.agency = ` 某县第${String(i).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}局 `;
        prior = join(priors, `${i}.txt`);
        writeFileSync(prior, await exportReport(last, "txt"));
        [result, errors, warnings] = kind.paired;
      }
      expected.set(name, { result, errors, warnings, ...(prior ? { prior } : {}) });
    }
  }, 600_000);

  test("every file's result and counts, every finding, the figures, the pairs", async () => {
    const summary = join(work, "summary.xlsx");
    const json = await xxgk(["check", folder, "--prior-dir", priors, "--json"]);
    const r = await xxgk(["check", folder, "--prior-dir", priors, "--report", summary]);
    expect(r.code).toBe(2); // unreadable files
    expect(r.out).toContain("共 300 个文件：");

    const sheets = sheetsAsCsv(soffice as string, summary, work);
    expect([...sheets.keys()].sort()).toEqual(["数据", "汇总", "问题"].sort());
    // Rows 1–2: the title, and the folder, date and counts; then the header and a row per file.
    const overviewAll = sheets.get("汇总") as string[][];
    expect(overviewAll[0][0]).toBe("政府信息公开工作年度报告校验汇总");
    expect(overviewAll[1][0]).toContain(`文件夹：${folder}`);
    expect(overviewAll[1][0]).toContain("共 300 个文件：");
    const overview = overviewAll.slice(2);
    const head = overview[0];
    const at = (row: string[], label: string) => row[head.indexOf(label)];
    expect(overview).toHaveLength(301);
    // Sorted by path in code-point order, named relative to the folder checked.
    const files = overview.slice(1).map((row) => row[0]);
    expect(files).toEqual([...expected.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((f) => relative(folder, f)));
    for (const row of overview.slice(1)) {
      const want = expected.get(join(folder, row[0]));
      expect([row[0], at(row, "结果")]).toEqual([row[0], want?.result]);
      if (want?.result === "无法读取") continue;
      expect([row[0], Number(at(row, "错误")), Number(at(row, "警告"))]).toEqual([row[0], want?.errors, want?.warnings]);
      if (want?.prior) expect(at(row, "上年年报")).toBe(want.prior);
      else expect(at(row, "上年年报")).toMatch(/^上年文件夹中没有/);
    }
    expect(at(overview.find((row) => row[0].endsWith("/001.xlsx")) as string[], "机关")).toBe("=1+2"); // text, not 3

    // 问题: one row per finding of the --json run, per file.
    const findings = (sheets.get("问题") as string[][]).slice(3);
    const perFile = (rows: string[][]) => rows.reduce((m, row) => m.set(row[0], (m.get(row[0]) ?? 0) + 1), new Map<string, number>());
    const fromJson = new Map<string, number>();
    for (const f of JSON.parse(json.out).files as { file: string; findings: unknown[] }[]) if (f.findings.length) fromJson.set(relative(folder, f.file), f.findings.length);
    expect(perFile(findings)).toEqual(fromJson);

    // 数据: the sample's own figures for a clean report.
    const figures = (sheets.get("数据") as string[][]).slice(2);
    const clean = figures.find((row) => row[0] === "002.txt") as string[];
    const fig = (label: string) => Number(clean[figures[0].indexOf(label)]);
    expect([fig("新收申请"), fig("上年结转"), fig("予以公开"), fig("办理总计"), fig("结转下年度")]).toEqual([57, 0, 25, 56, 1]) // as the sample prints them: 予以公开25件;
    expect(figures).toHaveLength(1 + 300 - 6);
  }, 600_000);
});
