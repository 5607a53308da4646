// `npm run bench`: the numbers the issues ask for. Timings are printed, never asserted in tests.
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import { exportReport } from "../src/export";
import { textWidth } from "../src/format";
import { benchBatch } from "./batch";
import { median, timeMsAsync } from "./timing";
import { benchWebview } from "./webview";
import { benchWps } from "./wps";
import { benchPerf } from "./perf";
import { benchDemo } from "./demo";
import { benchXlsx } from "./xlsx";
import { benchOcr } from "./ocr";
import { benchImages } from "./images";
import { benchOcrEngines } from "./ocr-engines";
import { benchSummaryXlsx } from "./summary-xlsx";
import { importReport, importReportFile } from "../src/import";
import { importPdfFile } from "../src/import/pdf";
import { planLayout } from "../src/layout/plan";
import { checkReport, TABLE_RULES } from "../src/check/engine";
import { readWorkbook } from "../src/xlsx/read-workbook";
import { writeWorkbook } from "../src/xlsx/write-plan";
import { measureCheckSyncs, measureNoopEditSyncs, measureSyncCounts } from "../tests/excel/sync-counts";

const root = join(__dirname, "..", "..", "..");
const sampleBytes = new Uint8Array(readFileSync(join(root, "tests/fixtures/reports/sample-2024-panyu-hrss.txt")));

function timeMs(fn: () => void, runs: number): number {
  for (let i = 0; i < 20; i++) fn(); // warm the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

function perSecond(fn: () => void, seconds = 1): number {
  const end = Date.now() + seconds * 1000;
  let n = 0;
  while (Date.now() < end) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return n / seconds;
}

/** Pads to a display width: a Chinese character takes two columns of a terminal. */
const pad = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - textWidth(text)));
const padStart = (text: string, width: number): string => " ".repeat(Math.max(0, width - textWidth(text))) + text;

/** One result: the Chinese label, the English one beneath it, the value and the budget aligned in columns. */
function line(zh: string, en: string, value: string, budget = ""): void {
  console.log(`${pad(zh, 60)} ${padStart(value, 13)}  ${budget}`);
  console.log(`  ${en}`);
}

async function main(): Promise<void> {
  console.log("政务公开年报助手 性能测量（多次运行的中位数，本机）");
  console.log("Disclosure report assistant bench (median of runs, this machine)\n");
  console.log(`${pad("项目 / item", 60)} ${padStart("结果 / result", 13)}  预算 / budget`);
  const sample = importReport(sampleBytes, { fileName: "sample.txt" }).report;

  line("导入样本年报（毫秒）", "import the sample report (ms)", timeMs(() => importReport(sampleBytes), 300).toFixed(3), "≤ 5");
  const sampleDocx = await exportReport(sample, "docx");
  line("导入样本年报的 .docx（毫秒）", "import the sample as .docx (ms)", (await timeMsAsync(() => importReportFile(sampleDocx), 100)).toFixed(3));
  // The real PDFs in ../shared/reports/real (beside the checkout, or beside a folder of worktrees).
  const real = [join(root, "..", "shared"), join(root, "..", "..", "shared")].map((d) => join(d, "reports", "real")).find(existsSync);
  for (const pdf of real ? readdirSync(real).filter((f) => f.endsWith(".pdf")) : []) {
    line(`导入 ${pdf}（毫秒）`, `import ${pdf} (ms)`, (await timeMsAsync(() => importPdfFile(join(real as string, pdf)), 5)).toFixed(0));
  }
  line("校验样本年报，全部规则（毫秒）", "check the sample report, all rules (ms)", timeMs(() => checkReport(sample), 300).toFixed(3), "≤ 1");
  line("规则引擎，表格规则（份/秒）", "rule engine, table rules (reports/s)", perSecond(() => checkReport(sample, { rules: TABLE_RULES })).toFixed(0), "≥ 50000");
  line("规则引擎，含正文规则（份/秒）", "rule engine, all rules incl. narrative (reports/s)", perSecond(() => checkReport(sample)).toFixed(0));

  for (const format of ["2021", "2019"] as const) {
    const s = await measureSyncCounts(format);
    line(
      `Office.js 同步次数（${format}）：生成模板 / 读回 / 再次生成`,
      `Office.js syncs (${format}): lay out / read / re-lay`,
      `${s.layoutSyncs} / ${s.readSyncs} / ${s.relayoutSyncs}`,
      "≤ 2 / 1",
    );
    const c = await measureCheckSyncs(format);
    line(`每次校验的同步次数（${format}）：读 + 写`, `syncs per check (${format}): read + write`, `${c.read} + ${c.write}`, "1 + 1");
    const n = await measureNoopEditSyncs(format);
    line(`一次无改动编辑后的校验（${format}）`, `check after a no-op edit, ${format}`, `${n.read} 读 / read, ${n.write} 写 / writes`, "1 + 0");
  }

  const plan = planLayout("2021", { year: 2024, agency: sample.agency });
  const book = await writeWorkbook(plan, sample);
  line("ExcelJS 写一个填好的工作簿（毫秒）", "ExcelJS write a filled workbook (ms)", (await timeMsAsync(() => writeWorkbook(plan, sample), 20)).toFixed(1));
  line("ExcelJS 读回工作簿（毫秒）", "ExcelJS read a workbook back (ms)", (await timeMsAsync(() => readWorkbook(book, "sample.xlsx"), 20)).toFixed(1));

  const htmlBytes = new Uint8Array(readFileSync(join(root, "tests/fixtures/reports/html-2023-spans.html")));
  await benchBatch(line, sample, sampleBytes, htmlBytes);
  await benchWps(line);
  await benchDemo(line);
  await benchPerf(line, sample, sampleBytes, htmlBytes, real);
  await benchSummaryXlsx(line);
  await benchXlsx(line, sample, htmlBytes, real);
  await benchOcr(line, real);
  await benchImages(line, real);
  await benchOcrEngines(line, real);

  peakRss(5);

  const dist = join(root, "dist");
  if (existsSync(dist)) {
    const js = readdirSync(dist).filter((f) => /^taskpane\..*\.js$/.test(f));
    const size = js.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
    line("任务窗格初始脚本（KB gzip）", "task pane JavaScript (KB gzip)", (size / 1024).toFixed(1), "≤ 150");
    await benchWebview(line, dist);
  } else {
    line("任务窗格初始脚本（KB gzip）", "task pane JavaScript (KB gzip)", "—", "先运行 npm run build / run npm run build first");
  }
}

/** `xxgk import` and `xxgk check` on a published report grown to `mb` MB (the sample, then its section 六 paragraph
 *  repeated), in a child process so the peak RSS is its own. Budget: growth within 10× the input. */
function peakRss(mb: number): void {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-bench-"));
  try {
    const sample = readFileSync(join(root, "tests/fixtures/reports/sample-2024-panyu-hrss.txt"), "utf8");
    const paragraph = "本机关持续做好政府信息公开工作，依法依规答复申请人，未发生因政府信息公开引起的行政复议和行政诉讼。\n";
    const repeat = Math.ceil((mb * 1024 * 1024 - Buffer.byteLength(sample)) / Buffer.byteLength(paragraph));
    const file = join(dir, "big.txt");
    writeFileSync(file, sample + "\n" + paragraph.repeat(Math.max(0, repeat)));
    for (const [mode, zh] of [["import", "导入"], ["check", "校验"]]) {
      const out = execFileSync(process.execPath, [join(__dirname, "peak-rss.js"), file, mode], { encoding: "utf8" });
      const { input, before, peak } = JSON.parse(out) as { input: number; before: number; peak: number };
      // Growth: the peak less the RSS with the modules loaded, as a multiple of the input's bytes.
      const growth = (peak - before) / input;
      line(
        `峰值内存：${zh} ${mb} MB 年报（MB；增长为输入的倍数）`,
        `peak RSS, ${mode} a ${mb} MB report (MB; growth as a multiple of the input)`,
        `${(peak / 1048576).toFixed(0)}; ${growth.toFixed(1)}×`,
        "增长 ≤ 10× / growth ≤ 10×",
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
