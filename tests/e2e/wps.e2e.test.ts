// The WPS package (npm run build:wps → dist-wps/) in Debian's chromium, loaded from file:// as WPS
// loads an offline add-in, with the strict fake ET behind window.Application / window.wps and what
// Chromium 87 (WPS's CEF) lacks removed. The ribbon's callbacks are called as WPS calls them
// (OnAddinLoad, then OnAction with the control), and the clerk's path is walked: 生成模板 → a wrong
// figure typed → the finding appears live → click → the cell is selected → a warning explained →
// Word export. Also: every shipped script parses as ES2020, and no request leaves the package.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parse } from "acorn";
import type { Frame, Page } from "playwright-core";
import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";
import { WRITE_WINDOW_MS } from "../../src/host/own-writes";
import { DELAY_MS } from "../../src/taskpane/live-check";
import { bundleScript, CHROMIUM, ROOT } from "./support";

const T3 = "表三 依申请公开";
const PRIOR = "上年数据";
const FOLDER = `xxgk_${(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version}`;

/** dist-wps/ as built (XXGK_E2E_DIST_WPS), or a fresh build into the worktree's dist-wps/. */
function distWps(): string {
  if (process.env.XXGK_E2E_DIST_WPS) return join(ROOT, process.env.XXGK_E2E_DIST_WPS);
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "-c", "webpack.wps.config.js", "--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 280_000,
  });
  if (r.status !== 0) throw new Error(`build:wps failed:\n${r.stdout}\n${r.stderr}`);
  return join(ROOT, "dist-wps");
}

function bundleHarness(): Promise<string> {
  return bundleScript(
    () => ({
      target: ["web", "es2020"],
      entry: join(__dirname, "fake-wps", "harness.ts"),
      module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, configFile: join(ROOT, "tsconfig.json"), compilerOptions: { module: "es2020", target: "ES2020" } } }] },
    }),
    "harness.js",
  );
}

let dist: string;
let harness: string;
let context: BrowserContext;
let profileDir: string;
const requests: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  dist = distWps();
  harness = await bundleHarness();
  profileDir = mkdtempSync(join(tmpdir(), "xxgk-chromium-wps-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: "zh-CN",
    viewport: { width: 400, height: 1100 },
    // WPS serves an offline add-in's pages from file://; its pane and index.html share Application.
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files", "--disable-background-networking", "--lang=zh-CN"],
  });
  await context.addInitScript({ content: harness });
  context.on("request", (r) => requests.push(r.url()));
}, 400_000);

afterAll(async () => {
  await context?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

const fake = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(([name, a]) => (window as unknown as { __fakeWps: Record<string, (...x: unknown[]) => unknown> }).__fakeWps[name as string](...(a as unknown[])) as T, [fn, args] as const) as Promise<T>;

/** A change heard within WRITE_WINDOW_MS of the add-in's own write is taken as its echo (ET does not
 *  say who wrote), and a live check starts DELAY_MS after an edit: the clerk types after the last
 *  edit's check has written, as a clerk typing cell by cell does. */
async function clerkTypes(page: Page, sheet: string, address: string, value: number): Promise<void> {
  await page.waitForTimeout(DELAY_MS + WRITE_WINDOW_MS + 500);
  await fake(page, "typeIn", sheet, address, value);
}

test("dist-wps/ holds the package, the publish.xml entry, the installers and the IT recipe", () => {
  for (const f of ["publish.xml", "install.cmd", "uninstall.cmd", "wps-install.js", "install.sh", "uninstall.sh", "jsplugins.xml", "oem.ini.example"]) expect([f, existsSync(join(dist, f))]).toEqual([f, true]);
  for (const f of ["index.html", "ribbon.xml", "taskpane.html", "taskpane.css", "assets/icon-32.png"]) expect([f, existsSync(join(dist, FOLDER, f))]).toEqual([f, true]);
  expect(readFileSync(join(dist, "publish.xml"), "utf8")).toContain(`<jsplugin name="xxgk" type="et" url="${FOLDER}"`);
  const pane = readFileSync(join(dist, FOLDER, "taskpane.html"), "utf8");
  expect(pane).not.toMatch(/office\.js|appsforoffice/);
  expect(readFileSync(join(dist, FOLDER, "ribbon.xml"), "utf8")).toContain('onAction="OnAction"');
});

test("every shipped script parses as ES2020 (Chromium 87; the walk below runs without at/hasOwn/structuredClone/randomUUID), the WSH installer as ES3", () => {
  const scripts = readdirSync(join(dist, FOLDER)).filter((f) => f.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(2);
  for (const f of scripts) {
    const text = readFileSync(join(dist, FOLDER, f), "utf8");
    expect(() => parse(text, { ecmaVersion: 2020, sourceType: "script" })).not.toThrow();
  }
  expect(() => parse(readFileSync(join(dist, "wps-install.js"), "utf8"), { ecmaVersion: 3 })).not.toThrow();
});

describe("the clerk's path in WPS 表格 (fake ET, Chrome-87 profile)", () => {
  let page: Page;
  let pane: Frame;

  beforeAll(async () => {
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(`index: ${String(e)}`));
    await page.goto(`file://${join(dist, FOLDER, "index.html")}`);
    expect(await page.evaluate(() => typeof (window as unknown as Record<string, unknown>).OnAction)).toBe("function");
    expect(await page.evaluate(() => typeof ([] as unknown as Record<string, unknown>).at)).toBe("undefined");
  });

  test("OnAddinLoad, then 生成模板 from the ribbon: synchronous callbacks, the sheets laid out, the pane opened", async () => {
    const loaded = await page.evaluate(() => (window as unknown as { OnAddinLoad(r: unknown): unknown }).OnAddinLoad({ Invalidate() {} }));
    expect(loaded).toBe(true);
    const returned = await page.evaluate(() => {
      const r = (window as unknown as { OnAction(c: { Id: string }): unknown }).OnAction({ Id: "layoutReport" });
      return r instanceof Promise ? "a promise" : r;
    });
    expect(returned).toBe(true);
    await page.waitForFunction(() => (window as unknown as { __fakeWps: { panes(): unknown[] } }).__fakeWps.panes().length === 1);
    expect(await fake<string[]>(page, "sheets")).toEqual(expect.arrayContaining([T3, PRIOR]));
    const frame = page.frames().find((f) => f.url().includes("taskpane.html"));
    expect(frame).toBeDefined();
    pane = frame!;
    pane.page().on("pageerror", (e) => errors.push(`pane: ${String(e)}`));
    await pane.waitForSelector("#summary");
  });

  test("a quiet year checks clean; a wrong figure typed in 表三 shows up live; a click selects its cell", async () => {
    await fake(page, "fillZeros");
    await pane.click("#check-button");
    await pane.waitForFunction(() => document.querySelector("#summary-counts")?.textContent?.match(/^错误 0 /));
    const at = await fake<{ sheet: string; address: string }>(page, "address", "t3.new.natural");
    await clerkTypes(page, at.sheet, at.address, 10);
    const r1 = pane.locator('[data-finding^="R1:"]');
    await r1.first().waitFor();
    expect(await pane.textContent("#summary-counts")).toMatch(/错误 [1-9]/);
    await r1.first().click();
    await page.waitForFunction(() => (window as unknown as { __fakeWps: { selection(): unknown } }).__fakeWps.selection() !== null);
    const sel = await fake<{ sheet: string; address: string; active: string }>(page, "selection");
    expect(sel.sheet).toBe(T3);
    expect(sel.active).toBe(T3);
    expect(await r1.first().textContent()).toContain(sel.address);
  });

  test("a warning is explained and kept in the workbook", async () => {
    const carriedIn = await fake<{ sheet: string; address: string }>(page, "address", "t3.carriedIn.natural");
    await clerkTypes(page, carriedIn.sheet, carriedIn.address, 0);
    // Last year carried 3 applications over; this year's 上年结转 says 0 → R6 warning.
    const prior = await fake<{ sheet: string; address: string }>(page, "address", "t3.carriedOut.natural", "prior");
    expect(prior.sheet).toBe(PRIOR);
    await clerkTypes(page, prior.sheet, prior.address, 3);
    const r6 = pane.locator('li[data-id^="R6:"]').first();
    await r6.waitFor();
    await r6.locator('[data-action="explain"]').click();
    await r6.locator("textarea").fill("上年结转的 3 件已于 1 月撤回，经核实无需结转。");
    await r6.locator('[data-action="save-explanation"]').click();
    await pane.locator('li[data-id^="R6:"].finding--explained').waitFor();
    expect(await pane.locator('li[data-id^="R6:"]').first().textContent()).toContain("已说明");
    // On the visible 说明 sheet, as a clerk reads it (layout 3).
    expect(await fake<string>(page, "sheetText", "说明")).toContain("上年结转的 3 件已于 1 月撤回");
  });

  test("导出 → Word downloads a .docx", async () => {
    await pane.click("#export-button");
    const [download] = await Promise.all([pane.page().waitForEvent("download"), pane.click('[data-export="docx"]')]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = await download.path();
    expect(readFileSync(path!).subarray(0, 2).toString()).toBe("PK");
  });

  test("no page error, and no request left the package folder", () => {
    expect(errors).toEqual([]);
    const outside = requests.filter((u) => !u.startsWith(`file://${join(dist, FOLDER)}`) && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(outside).toEqual([]);
  });
});
