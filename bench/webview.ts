// The pane in the webviews Office gives it (tests/e2e/webviews.ts): the first paint of the real pane
// under the Trident profile with the CPU slowed 4× (Chrome DevTools' Emulation.setCPUThrottlingRate),
// and the JavaScript each webview loads before that paint (gzip). A figure, never pass/fail.
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { buildFakeOffice, CHROMIUM, launch, routeOffice, serve } from "../tests/e2e/support";
import { applyWebview } from "../tests/e2e/webviews";
import type { WebviewName } from "../tests/e2e/webviews";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

interface Paint {
  /** Navigation start → the pane's buttons on screen (ms). */
  paneMs: number;
  /** The scripts of the add-in's origin loaded by then, gzip bytes. */
  jsGzip: number;
}

async function firstPaint(dist: string, webview: WebviewName, cpuSlowdown: number): Promise<Paint> {
  const fake = await buildFakeOffice();
  const { server, origin } = await serve(dist);
  const browser = await launch();
  try {
    await routeOffice(browser.context, fake, [origin]);
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as Record<string, unknown>).__fakeOfficeConfig = { profile: "office2019-vl", displayLanguage: "zh-CN" };
      // The moment the pane's own buttons exist (the placeholder page has none).
      const seen = new MutationObserver(() => {
        if (document.getElementById("layout-button")) {
          (window as unknown as Record<string, unknown>).__paneAt = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await applyWebview(page, webview, origin, { checkScripts: false });
    const scripts: string[] = [];
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (r.url().startsWith(origin) && u.pathname.endsWith(".js")) scripts.push(u.pathname.slice(1));
    });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector("#layout-button", { timeout: 60_000 });
    const paneMs = await page.evaluate(() => (window as unknown as { __paneAt: number }).__paneAt);
    const jsGzip = [...new Set(scripts)].reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
    return { paneMs, jsGzip };
  } finally {
    await browser.cleanup();
    server.close();
  }
}

/** Needs dist/ (npm run build) and chromium; says so instead of failing without them. */
export async function benchWebview(line: Line, dist: string): Promise<void> {
  if (!existsSync(join(dist, "taskpane.html")) || !existsSync(CHROMIUM)) {
    line("Trident 下窗格首次绘制（毫秒，CPU ×4 降速）", "pane first paint in Trident (ms, CPU ×4 slower)", "—", "需要 dist/ 与 chromium / needs dist/ and chromium");
    return;
  }
  const trident = await firstPaint(dist, "trident", 4);
  line("Trident 下窗格首次绘制（毫秒，CPU ×4 降速，模拟）", "pane first paint, Trident profile (ms, CPU ×4 slower, emulated)", trident.paneMs.toFixed(0), "< 3000");
  line("Trident 加载的初始脚本（KB gzip）", "initial JavaScript Trident loads (KB gzip)", (trident.jsGzip / 1024).toFixed(1), "≤ 150");
  const webview2 = await firstPaint(dist, "webview2", 4);
  line("WebView2 下窗格首次绘制（毫秒，CPU ×4 降速，对照）", "pane first paint, WebView2 (ms, CPU ×4 slower, for comparison)", webview2.paneMs.toFixed(0));
  line("WebView2 加载的初始脚本（KB gzip）", "initial JavaScript WebView2 loads (KB gzip)", (webview2.jsGzip / 1024).toFixed(1), "≤ 150");
}
