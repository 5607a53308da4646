// `npm run bench`, issue 22's lines: a text PDF read beside poppler's `pdftotext -layout` on the same
// files; a mixed folder of 2,000 reports checked on one worker and on every core; the peak memory of
// a folder check at 200 and at 2,000 files. The folders are made in a temporary folder and removed.
import { execFileSync, spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { availableParallelism, loadavg, tmpdir } from "os";
import { join } from "path";
import { exportReport } from "../src/export";
import { importPdfFile } from "../src/import/pdf";
import { planLayout } from "../src/layout/plan";
import type { ReportData } from "../src/model/report";
import { writeWorkbook } from "../src/xlsx/write-plan";
import { timeMsAsync } from "./timing";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

/** CPU time of this process's finished children (Linux /proc; 0 elsewhere), ms. */
function childCpuMs(): number {
  try {
    // Fields 16 and 17 of /proc/self/stat (after the command name in parentheses): cutime, cstime in ticks of 10 ms.
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

function hasPdftotext(): boolean {
  return spawnSync("pdftotext", ["-v"]).status === 0;
}

/** One text PDF: this reader (read and import, in this process) beside `pdftotext -layout` (a process per file, as it is used). */
async function pdfLines(line: Line, real: string): Promise<void> {
  const pdfs = readdirSync(real).filter((f) => f.endsWith(".pdf")).map((f) => join(real, f));
  if (pdfs.length === 0) return;
  const cpu0 = process.cpuUsage();
  const ours = (await timeMsAsync(async () => { for (const f of pdfs) await importPdfFile(f); }, 9)) / pdfs.length;
  const cpu = process.cpuUsage(cpu0);
  const oursCpu = (cpu.user + cpu.system) / 1000 / (10 * pdfs.length);
  line("文字版 PDF 读取并导入（毫秒/份，PDFium）", "text PDF read and imported (ms per report, PDFium)", ours.toFixed(1));
  if (!hasPdftotext()) {
    line("pdftotext -layout 同一批文件（毫秒/份）", "pdftotext -layout on the same files (ms per report)", "—", "apt-get install poppler-utils");
    return;
  }
  const child0 = childCpuMs();
  const poppler = (await timeMsAsync(() => { for (const f of pdfs) execFileSync("pdftotext", ["-layout", f, "-"], { stdio: ["ignore", "ignore", "ignore"] }); }, 9)) / pdfs.length;
  const popplerCpu = (childCpuMs() - child0) / (10 * pdfs.length);
  line("pdftotext -layout 同一批文件（毫秒/份）", "pdftotext -layout on the same files (ms per report)", poppler.toFixed(1));
  line("文字版 PDF ÷ pdftotext（倍，墙钟时间）", "text PDF ÷ pdftotext (ratio, wall time)", `${(ours / poppler).toFixed(2)}×`, "≤ 2×");
  // CPU time as well: on a busy machine the wall time says more about the neighbours than the reader.
  if (popplerCpu > 0) line("文字版 PDF ÷ pdftotext（倍，CPU 时间）", `text PDF ÷ pdftotext (ratio, CPU time: ${oursCpu.toFixed(1)} / ${popplerCpu.toFixed(1)} ms)`, `${(oursCpu / popplerCpu).toFixed(2)}×`, "≤ 2×");
}

/** A report a little different per file. */
function variant(sample: ReportData, i: number): ReportData {
  return { ...sample, cells: { ...sample.cells }, agency: `${sample.agency ?? ""}${i}` };
}

/** A mixed folder of `n` reports, in the proportions: 4.5% PDFs, then .txt, .html, .xlsx and .docx. */
export async function mixedFolder(dir: string, n: number, sample: ReportData, sampleText: Uint8Array, html: Uint8Array, real: string | undefined): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const pdfs = real ? readdirSync(real).filter((f) => f.endsWith(".pdf")) : [];
  const plan = planLayout("2021", { year: 2024, agency: sample.agency });
  // One of each generated kind made once and copied: making 2,000 workbooks would time the maker.
  const xlsx = await writeWorkbook(plan, variant(sample, 0));
  const docx = await exportReport(variant(sample, 0), "docx");
  const pdfCount = pdfs.length ? Math.round(n * 0.045) : 0;
  for (let i = 0; i < n; i++) {
    const name = join(dir, `${String(i).padStart(5, "0")}`);
    if (i < pdfCount) copyFileSync(join(real as string, pdfs[i % pdfs.length]), `${name}.pdf`);
    else if (i % 4 === 0) writeFileSync(`${name}.xlsx`, xlsx);
    else if (i % 4 === 1) writeFileSync(`${name}.docx`, docx);
    else if (i % 4 === 2) writeFileSync(`${name}.html`, html);
    else writeFileSync(`${name}.txt`, sampleText);
  }
}

/** Script text for the child process: every 200 ms, the CPU seconds each of its threads has used so
 *  far (Linux /proc/self/task; nothing elsewhere), kept per thread id in `threadCpu`, so a worker's
 *  total is known after it ended. The main thread's id is the process id. */
const THREAD_CPU = `const threadCpu = new Map(); const sampleThreads = () => { try { const fs = require("fs"); for (const t of fs.readdirSync("/proc/self/task")) { const f = fs.readFileSync("/proc/self/task/" + t + "/stat", "utf8").replace(/^.*\\) /, "").split(" "); threadCpu.set(Number(t), (Number(f[11]) + Number(f[12])) / 100); } } catch {} }; setInterval(sampleThreads, 200).unref();`;

interface CheckRun {
  seconds: number;
  peak: number;
  /** The process's CPU seconds (every thread); its main thread's alone and its busiest thread's
   *  (-1: unknown). On idle cores the wall time cannot be less than the busiest thread's CPU time. */
  cpu: number;
  mainCpu: number;
  busiestCpu: number;
}

/** `xxgk check DIR --report X.xlsx` in a child process: its wall time (s), peak RSS (bytes) and CPU time (s). */
function checkRun(main: string, dir: string, jobs: number, report: string): CheckRun {
  rmSync(report, { force: true });
  const stats = join(dir, "..", `stats-${jobs}.json`);
  const script = `${THREAD_CPU} require(${JSON.stringify(main)}).main(process.argv.slice(1)).then((c) => { sampleThreads(); require("fs").writeFileSync(${JSON.stringify(stats)}, JSON.stringify({ peak: process.resourceUsage().maxRSS * 1024, cpu: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, mainCpu: threadCpu.get(process.pid) ?? -1, busiestCpu: threadCpu.size ? Math.max(...threadCpu.values()) : -1 })); process.exitCode = c; })`;
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, ["-e", script, "check", dir, "--jobs", String(jobs), "--report", report], { stdio: "ignore" });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, ...(JSON.parse(readFileSync(stats, "utf8")) as Omit<CheckRun, "seconds">) };
}

export async function benchPerf(line: Line, sample: ReportData, sampleText: Uint8Array, html: Uint8Array, real: string | undefined): Promise<void> {
  if (real) await pdfLines(line, real);
  const main = join(__dirname, "..", "src", "cli", "main.js");
  if (!existsSync(main)) return;
  const work = mkdtempSync(join(tmpdir(), "xxgk-perf-"));
  try {
    const big = join(work, "2000");
    const small = join(work, "200");
    await mixedFolder(big, 2000, sample, sampleText, html, real);
    await mixedFolder(small, 200, sample, sampleText, html, real);
    const cores = availableParallelism();
    // On a shared machine the wall times say as much about the neighbours as about the check.
    const load = () => loadavg().map((l) => l.toFixed(1)).join(" / ");
    line("测量时的负载（1 / 5 / 15 分钟）", "load average at the time (1 / 5 / 15 min)", load(), `${cores} 核 / cores`);
    const one = checkRun(main, big, 1, join(work, "one.xlsx"));
    const all = checkRun(main, big, cores, join(work, "all.xlsx"));
    // On idle cores a run takes at least its busiest thread's CPU time, and at least all its CPU time
    // shared over the cores: V8's helper threads (collection, compilation) and the main thread (order,
    // print, spool, summary) need cores too, so one worker already keeps a second core partly busy.
    const idle = (r: CheckRun) => Math.max(r.busiestCpu, r.cpu / cores);
    const threads = (r: CheckRun) => {
      if (r.mainCpu >= 0) line("  其中主线程的 CPU 时间（秒）", "  of which the main thread's CPU time (s)", r.mainCpu.toFixed(1));
      if (r.busiestCpu >= 0) line("  最忙线程的 CPU 时间（秒）", "  the busiest thread's CPU time (s)", r.busiestCpu.toFixed(1));
      if (r.busiestCpu >= 0) line(`  空闲时墙钟时间的下限（秒）：max(最忙线程, CPU ÷ ${cores})`, `  wall time on idle cores, at least (s): max(busiest thread, CPU ÷ ${cores})`, idle(r).toFixed(1));
    };
    line("2000 份混合文件夹，1 个工作线程（秒）", "2,000-file mixed folder, 1 worker (s)", one.seconds.toFixed(1));
    line("  其 CPU 时间（秒）", "  its CPU time (s)", one.cpu.toFixed(1));
    threads(one);
    line(`2000 份混合文件夹，${cores} 个工作线程（秒）`, `2,000-file mixed folder, ${cores} workers (s)`, all.seconds.toFixed(1), `≤ ${(one.seconds / 2).toFixed(1)}（一半 / half）`);
    line("  其 CPU 时间（秒）", "  its CPU time (s)", all.cpu.toFixed(1));
    threads(all);
    if (all.busiestCpu > 0) line(`  空闲时下限：${cores} 个 ÷ 1 个`, `  lower bounds on idle cores: ${cores} workers ÷ 1`, `${(idle(all) / idle(one)).toFixed(2)}×`, "≤ 0.50×");
    line("  测量后的负载", "  load average after", load());
    const few = checkRun(main, small, cores, join(work, "few.xlsx"));
    line("峰值内存：校验 200 份（MB）", "peak RSS, check 200 files (MB)", (few.peak / 2 ** 20).toFixed(0));
    line("峰值内存：校验 2000 份（MB）", "peak RSS, check 2,000 files (MB)", (all.peak / 2 ** 20).toFixed(0));
    line("峰值内存 2000 份 ÷ 200 份", "peak RSS 2,000 ÷ 200 files", `${(all.peak / few.peak).toFixed(2)}×`, "≤ 1.2×");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
