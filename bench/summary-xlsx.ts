// `npm run bench`, issue 22's flat memory: the memory the summary workbook's writer keeps while
// 200 / 2,000 / 20,000 reports' rows pass, ExcelJS's WorkbookWriter (as used until the streaming
// writer, tests/support/summary-xlsx-exceljs.ts) beside the streaming one (src/xlsx/write), both
// writing to a temporary file as `xxgk check --report` does. Measured as live memory: heap and
// buffers after a full collection, sampled every 500 rows, the most above the level before writing.
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import { summarySheets } from "../src/cli/summary-data";
import type { SummaryValue } from "../src/cli/summary-data";
import { toneOf } from "../src/cli/summary-write";
import { writeSummaryXlsx } from "../src/cli/summary-xlsx";
import { summaryXlsxExcelJS } from "../tests/support/summary-xlsx-exceljs";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

const TITLE = { title: "政府信息公开工作年度报告校验汇总", line: "bench", day: new Date("2026-12-06T00:00:00Z") };

// A full collection on demand, without starting node with --expose-gc.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const live = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Sheet s's rows for n reports, made as they are asked for (like the spool), sampling live memory. */
function rowsOf(n: number, sample: () => void): (s: number) => Iterable<SummaryValue[]> {
  return function* (s: number): Generator<SummaryValue[]> {
    for (let i = 0; i < n; i++) {
      if (i % 500 === 0) sample();
      const file = `县直部门/${String(i).padStart(6, "0")}.docx`;
      const agency = `某县第${i}局`;
      if (s === 0) yield [file, agency, 2024, "2021", i % 3 ? "通过" : "有错误", i % 3 ? 0 : 2, 1, 0, null, i % 3 ? "" : "表三“予以公开”一行加起来不等于“总计”\n第二条"];
      // Three findings a report, as the mixed folders of bench/perf.ts give about.
      else if (s === 1) for (let k = 0; k < 3; k++) yield [file, agency, `R${k + 2}`, "表内求和", k ? "警告" : "错误", `'表三'!C${7 + k}`, "表三“予以公开”一行加起来不等于“总计”", `R${k + 2}.rowSum`];
      else yield [file, agency, 2024, ...Array.from({ length: 18 }, (_, k) => i * 7 + k)];
    }
  };
}

/** The most live memory above the start while writing n reports' summary (MB). */
async function growth(n: number, streamed: boolean, dir: string): Promise<number> {
  const file = join(dir, `${streamed ? "new" : "old"}-${n}.xlsx`);
  const base = live();
  let peak = base;
  const sample = () => void (peak = Math.max(peak, live()));
  const rows = rowsOf(n, sample);
  const sheets = summarySheets("zh-CN");
  if (streamed) {
    const out = createWriteStream(file);
    await writeSummaryXlsx((c) => new Promise<void>((resolve, reject) => out.write(c, (e) => (e ? reject(e) : resolve()))), sheets, rows, TITLE, toneOf("zh-CN"));
    sample();
    await new Promise<void>((resolve) => out.end(resolve));
  } else {
    const bytes = await summaryXlsxExcelJS(sheets, rows, TITLE, toneOf("zh-CN"));
    sample();
    writeFileSync(file, bytes);
  }
  rmSync(file, { force: true });
  return (peak - base) / 2 ** 20;
}

export async function benchSummaryXlsx(line: Line): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-bench-summary-"));
  try {
    for (const n of [200, 2000, 20_000]) {
      const old = await growth(n, false, dir);
      const fresh = await growth(n, true, dir);
      line(`汇总工作簿，${n} 份的内存增长（MB）：ExcelJS / 流式写入`, `summary workbook, memory growth for ${n} reports (MB): ExcelJS / streamed`, `${old.toFixed(1)} / ${fresh.toFixed(1)}`, n === 20_000 ? "流式不随份数增长 / flat" : "");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
