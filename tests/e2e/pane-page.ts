// The browser tests' view of one task-pane page: opening it under a display language, a host profile
// and a view, calling the fake host's hooks (window.__fakeHost), and the first 生成模板.
import { join } from "path";
import type { BrowserContext, Page } from "playwright-core";
import type { ProfileName } from "../fake-excel/profiles";
import { ROOT } from "./support";
import { applyWebview, webviewFor } from "./webviews";
import type { WebviewLog, WebviewName } from "./webviews";

export const ART = join(ROOT, "test-artifacts");
export const T3 = "表三 依申请公开";
export const PRIOR = "上年数据";
export const META = "xxgk_meta";
export const AGENCY = "广州市番禺区人力资源和社会保障局";

export type Refs = Record<string, { sheet: string; address: string }>;

export interface OpenOptions {
  displayLanguage?: string;
  profile?: ProfileName;
  /** The query string, e.g. "?view=help". */
  search?: string;
  /** What to wait for once the page is up. */
  ready?: string;
  /** onReady's host (null: a plain browser). */
  host?: string | null;
  /** The webview; by default the one Microsoft's table pairs with the profile (webviews.ts). */
  webview?: WebviewName;
  /** Open a report workbook as `xxgk template` makes it (fake-office.ts). */
  template?: boolean;
}

/** The profile a page opens under when none is named: the fake office.js's default. */
export const DEFAULT_PROFILE: ProfileName = "office2019-retail";

/** What the webview emulation saw on each page opened (scripts refused, for the failure message). */
export const webviewLogs = new WeakMap<Page, WebviewLog>();

export async function openPane(context: BrowserContext, origin: string, o: OpenOptions = {}): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const log = await applyWebview(page, o.webview ?? webviewFor(o.profile ?? DEFAULT_PROFILE), origin);
  webviewLogs.set(page, log);
  await page.addInitScript((cfg) => {
    (window as unknown as Record<string, unknown>).__fakeOfficeConfig = cfg;
  }, { displayLanguage: o.displayLanguage ?? "zh-CN", ...(o.profile ? { profile: o.profile } : {}), ...(o.host !== undefined ? { host: o.host } : {}), ...(o.template ? { template: true } : {}) });
  await page.goto(`${origin}/taskpane.html${o.search ?? ""}`);
  try {
    await page.waitForSelector(o.ready ?? "#not-checked, #summary", { timeout: 20_000 });
  } finally {
    expect([...log.rejectedScripts, ...errors]).toEqual([]);
  }
  return page;
}

export const host = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(async ([name, a]) => {
    const h = (window as unknown as { __fakeHost: Record<string, (...x: unknown[]) => unknown> }).__fakeHost;
    // The fake's promises are ES5 ponyfills (support.ts): awaited here, in a native async function,
    // because playwright waits only for the engine's own promises.
    return (await h[name as string].apply(null, a as unknown[])) as T;
  }, [fn, args] as const) as Promise<T>;

export const finding = (page: Page, rulePrefix: string) => page.locator(`[data-finding^="${rulePrefix}"]`);

/** The first 生成模板 asks for the report's year and agency (the 报告信息 form); Enter submits. */
export async function layOut(page: Page, screenshot?: string): Promise<Refs> {
  await page.click("#layout-button");
  await page.waitForSelector("#info-form");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("info-year");
  await page.fill("#info-year", "2024");
  await page.fill("#info-agency", AGENCY);
  if (screenshot) {
    // Readable at the narrowest task pane: nothing scrolls sideways.
    const size = page.viewportSize();
    await page.setViewportSize({ width: 320, height: size?.height ?? 1000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(ART, screenshot) });
    if (size) await page.setViewportSize(size);
  }
  await page.press("#info-agency", "Enter");
  await page.waitForSelector("#summary");
  expect(await host<string[]>(page, "sheets")).toEqual(expect.arrayContaining([T3, PRIOR]));
  // The year and agency went into the hidden meta sheet and the header.
  expect(await host(page, "shown", META, "B2")).toBe(2024);
  expect(await host(page, "shown", META, "B3")).toBe(AGENCY);
  expect(await page.textContent("#report-title")).toContain(AGENCY);
  // A fresh template reports every blank cell (R5: write 0); a quiet year's zeros leave the findings
  // the test is about.
  await host(page, "fillZeros");
  await page.click("#check-button");
  await until(page, () => /^(错误 0 |0 errors)/.test(document.querySelector("#summary-counts")?.textContent ?? ""));
  return host<Refs>(page, "refs");
}

/** The self-test's steps as "step:status". Read in one evaluate returning text: playwright's $$eval
 *  runs page-side helpers that need Map iteration, which the Trident profile takes away. */
export async function selftestSteps(page: Page): Promise<string[]> {
  const json = await page.evaluate(() =>
    JSON.stringify(Array.prototype.map.call(document.querySelectorAll("#selftest-steps li"), (li: Element) => `${li.getAttribute("data-step")}:${li.getAttribute("data-status")}`)),
  );
  return JSON.parse(json) as string[];
}

/** page.waitForFunction for pages under the Trident profile: playwright's waitForFunction runs its own
 *  page-side helper, which iterates a Map (gone in IE11); a plain evaluate returning a boolean does not. */
export async function until(page: Page, predicate: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${predicate.toString()}`);
    await page.waitForTimeout(100);
  }
}
