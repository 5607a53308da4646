// The demo page (`npm run demo`, dist/demo.html) in chromium, as a clerk with no Excel uses it: the
// 演示 banner, the sample report in the grid, a wrong figure typed into table 三 → the live finding →
// a click on it selects that cell in the grid → Word and text export download, the Word table carrying
// the typed figure and the total the in-memory workbook computed. Served by scripts/demo.js itself;
// every request beyond its address is refused and recorded (the page needs no network, no office.js).
import { spawn } from "child_process";
import type { ChildProcess } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import type { BrowserContext, Page } from "playwright-core";
import { planLayout } from "../../src/layout/plan";
import { launch, productionDist, ROOT, routeOffice } from "./support";

const T3 = "表三 依申请公开";
const addressOf = (key: string): string => {
  const sheet = planLayout("2021").sheets.find((s) => s.name === T3)!;
  return sheet.cells.find((c) => c.key === key)!.address;
};

let dist: ReturnType<typeof productionDist>;
let server: ChildProcess;
let url: string;
let browser: { context: BrowserContext; cleanup(): Promise<void> };
let page: Page;
const foreign: string[] = [];

beforeAll(async () => {
  dist = productionDist();
  server = spawn(process.execPath, [join(ROOT, "scripts", "demo.js"), "--dist", dist.dir], { stdio: ["ignore", "pipe", "pipe"] });
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    server.stdout!.on("data", (b: Buffer) => {
      out += b.toString("utf8");
      const m = /请在浏览器中打开：(http:\/\/127\.0\.0\.1:\d+\/demo\.html)\n[^\n]*open it in a browser: \1/.exec(out);
      if (m) resolve(m[1]);
    });
    server.once("exit", (code) => reject(new Error(`scripts/demo.js exited (${code}): ${out}`)));
  });
  browser = await launch();
  await routeOffice(browser.context, "", [new URL(url).origin], (u) => foreign.push(u));
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(url);
});

afterAll(async () => {
  await browser?.cleanup();
  if (server?.pid) process.kill(server.pid);
  dist?.cleanup();
});

const tableCells = (xml: string): string[][] =>
  [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => [...cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")),
  );

describe("the demo page", () => {
  test("says 演示 and that nothing is saved, shows the sample report, and the real pane checks it", async () => {
    const banner = page.locator("#demo-banner");
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toBe("演示：数据只在本页内存中，不会保存");
    expect(await page.title()).toBe("政务公开年报助手 · 演示");
    await page.waitForSelector("#summary");
    expect(await page.textContent("#report-title")).toContain("广州市番禺区人力资源和社会保障局");
    await page.click(`.demo-tab >> text=${T3}`);
    const cell = page.locator(`#demo-grid[data-sheet="${T3}"] td[data-address="${addressOf("t3.new.natural")}"]`);
    expect(await cell.textContent()).toBe("57"); // as printed in the sample report
  });

  test("a wrong figure typed in the grid shows up as a live finding; clicking it selects the cell in the grid", async () => {
    const at = addressOf("t3.new.natural");
    await page.click(`#demo-grid td[data-address="${at}"]`);
    await page.fill("#demo-input", "50");
    await page.press("#demo-input", "Enter");
    expect(await page.textContent(`#demo-grid td[data-address="${addressOf("t3.new.total")}"]`)).toBe("50"); // the SUM recomputed
    const r1 = page.locator('[data-finding^="R1:"]').first();
    await r1.waitFor();
    expect(await page.textContent("#summary-counts")).toMatch(/错误 [1-9]/);
    // Elsewhere first, so the click is what brings table 三 and the cell back.
    await page.click(".demo-tab >> nth=0");
    expect(await page.getAttribute("#demo-grid", "data-sheet")).not.toBe(T3);
    await r1.click();
    await page.waitForSelector(`#demo-grid[data-sheet="${T3}"] td.selected`);
    const selected = await page.getAttribute("#demo-grid td.selected", "data-address");
    expect(await r1.textContent()).toContain(selected!);
    expect(await page.locator("#demo-grid td.selected").isVisible()).toBe(true);
  });

  test("a locked cell refuses typing with a sentence", async () => {
    await page.click(`#demo-grid td[data-address="${addressOf("t3.new.total")}"]`);
    await page.fill("#demo-input", "1");
    await page.press("#demo-input", "Enter");
    expect(await page.textContent("#demo-status")).toContain("受保护的单元格");
    expect(await page.textContent(`#demo-grid td[data-address="${addressOf("t3.new.total")}"]`)).toBe("50");
  });

  test("导出 downloads Word with the typed figure and its computed total in table 三, and text", async () => {
    await page.click("#export-button");
    const [word] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="docx"]')]);
    expect(word.suggestedFilename()).toMatch(/2024年政府信息公开工作年度报告\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync((await word.path())!));
    const rows = tableCells(await zip.file("word/document.xml")!.async("string"));
    const newRow = rows.find((r) => r.some((c) => c.includes("本年新收政府信息公开申请数量")));
    expect(newRow).toBeDefined();
    expect(newRow!.slice(-7)).toEqual(["50", "0", "0", "0", "0", "0", "50"]);
    const [text] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="txt"]')]);
    expect(text.suggestedFilename()).toMatch(/\.txt$/);
    expect(readFileSync((await text.path())!, "utf8")).toContain("广州市番禺区人力资源和社会保障局");
  });

  test("asked for nothing beyond its own address (no office.js, no network)", () => {
    expect(foreign).toEqual([]);
  });
});
