// `npm run bench`, batch lines (issue 12): `xxgk check` over folders of .xlsx, .txt, .html and .docx
// reports in one process, files/s, and a bare ExcelJS load of the same workbooks in the same run.
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkFile } from "../src/cli/batch-check";
import { exportReport } from "../src/export";
import { planLayout } from "../src/layout/plan";
import type { ReportData } from "../src/model/report";
import { writeWorkbook } from "../src/xlsx/write-plan";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

async function filesPerSecond(files: string[], each: (file: string) => Promise<unknown>): Promise<number> {
  for (const f of files.slice(0, 5)) await each(f); // warm the JIT
  const t0 = process.hrtime.bigint();
  for (const f of files) await each(f);
  return files.length / (Number(process.hrtime.bigint() - t0) / 1e9);
}

/** A report a little different per file, so no cache or branch predictor sees the same one twice. */
function variant(sample: ReportData, i: number): ReportData {
  const r: ReportData = { ...sample, cells: { ...sample.cells }, agency: `${sample.agency ?? ""}${i}` };
  const v = r.cells["t4.review.upheld"];
  if (v?.kind === "number") r.cells["t4.review.upheld"] = { kind: "number", value: v.value + (i % 3) };
  return r;
}

export async function benchBatch(line: Line, sample: ReportData, sampleText: Uint8Array, htmlFixture: Uint8Array): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-bench-"));
  try {
    const plan = planLayout("2021", { year: 2024, agency: sample.agency });
    const make = async (ext: string, n: number, bytes: (i: number) => Promise<Uint8Array> | Uint8Array) => {
      const files: string[] = [];
      for (let i = 0; i < n; i++) {
        const f = join(dir, `${ext}-${String(i).padStart(4, "0")}.${ext}`);
        writeFileSync(f, await bytes(i));
        files.push(f);
      }
      return files;
    };
    const xlsx = await make("xlsx", 150, (i) => writeWorkbook(plan, variant(sample, i)));
    const txt = await make("txt", 300, () => sampleText);
    const html = await make("html", 300, () => htmlFixture);
    const docx = await make("docx", 150, (i) => exportReport(variant(sample, i), "docx"));
    const check = (f: string) => checkFile(f, { kind: "own" }, "zh-CN");

    const xlsxRate = await filesPerSecond(xlsx, check);
    const bare = await filesPerSecond(xlsx, async (f) => new ExcelJS.Workbook().xlsx.load(readFileSync(f) as unknown as ExcelJS.Buffer));
    line("批量校验 .xlsx（份/秒）", "check a batch of .xlsx (files/s)", xlsxRate.toFixed(0), "≥ 100");
    line("同一批 .xlsx 仅用 ExcelJS 载入（份/秒）", "bare ExcelJS load of the same .xlsx (files/s)", bare.toFixed(0));
    line("校验 .xlsx ÷ 仅 ExcelJS 载入", "check .xlsx ÷ bare ExcelJS load", `${(xlsxRate / bare).toFixed(2)}×`, "> 1");
    line("批量校验 .txt（份/秒）", "check a batch of .txt (files/s)", (await filesPerSecond(txt, check)).toFixed(0), "≥ 200");
    line("批量校验 .html（份/秒）", "check a batch of .html (files/s)", (await filesPerSecond(html, check)).toFixed(0), "≥ 200");
    line("批量校验 .docx（份/秒）", "check a batch of .docx (files/s)", (await filesPerSecond(docx, check)).toFixed(0));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
