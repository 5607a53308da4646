// `npm run bench`, issue 18's lines: how many report workbooks per second the light .xlsx reader
// (`xxgk check`'s) reads, against a budget of 100 a second, and how many HTML pages per second parse5
// reads (the fixture, and the real reports' text laid out as a Word-exported page).
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { htmlLines } from "../src/import/html-lines";
import { planLayout } from "../src/layout/plan";
import type { ReportData } from "../src/model/report";
import { readWorkbookLight } from "../src/xlsx/light/read-light";
import { writeWorkbook } from "../src/xlsx/write-plan";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

/**
 * Calls per second of `fn`, for about `seconds` after a few to warm up: by wall time and by this
 * process's CPU time — on a machine others share, the CPU figure is the reader's own speed.
 */
async function rate(fn: () => Promise<unknown> | unknown, seconds = 2): Promise<string> {
  for (let i = 0; i < 5; i++) await fn();
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  let n = 0;
  while (Number(process.hrtime.bigint() - t0) / 1e9 < seconds) {
    await fn();
    n++;
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  return `${(n / wall).toFixed(0)} / ${(n / ((c.user + c.system) / 1e6)).toFixed(0)}`;
}

/** A report's text as a Word-exported page: one <p> a line, in the markup Word writes around it. */
function asWordHtml(text: string): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = text.split("\n").map((l) => `<p class=MsoNormal><span style='font-family:仿宋_GB2312'>${esc(l)}<o:p></o:p></span></p>`);
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8><title>年报</title></head><body lang=ZH-CN>${body.join("\n")}</body></html>`;
}

export async function benchXlsx(line: Line, sample: ReportData, html: Uint8Array, real: string | undefined): Promise<void> {
  const book = await writeWorkbook(planLayout("2021", { year: 2024, agency: sample.agency }), sample);
  line("轻量读取器读填好的年报工作簿（份/秒，墙钟 / CPU）", "light reader, a filled report workbook (files/s, wall / CPU)", await rate(() => readWorkbookLight(book, "x.xlsx")), "≥ 100");
  const pages: [string, string][] = [["html-2023-spans.html", new TextDecoder().decode(html)]];
  const texts = real && existsSync(real) ? readdirSync(real).filter((f) => f.endsWith(".txt")) : [];
  for (const t of texts) pages.push([t.replace(/\.txt$/, ".html"), asWordHtml(readFileSync(join(real as string, t), "utf8"))]);
  for (const [name, page] of pages) {
    line(`parse5 读 HTML：${name}（份/秒，墙钟 / CPU）`, `parse5 reads the HTML ${name} (files/s, wall / CPU)`, await rate(() => htmlLines(page), 1));
  }
}
