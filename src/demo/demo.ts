// The demo page's composition root (webpack entry "demo", dist/demo.html): the real task pane
// (src/taskpane/init.ts, the same code Excel and WPS drive) over the in-memory host, beside a grid
// drawing the workbook. No office.js, no network, nothing saved: the banner says so. Chinese unless
// the address asks for ?lang=en.
import "../webview/polyfills"; // first, as on the pane's own page
import { t } from "../i18n";
import "../i18n/english"; // ?lang=en
import type { Lang } from "../i18n";
import type { ReportHost } from "../host/types";
import { memoryHost } from "../memory-host/host"; // registers the demo's messages too (memory-host/messages.ts)
import { paneHost } from "../taskpane/actions";
import { init } from "../taskpane/init";
import { viewFromSearch } from "../taskpane/view";
import { errorSentence } from "../taskpane/errors";
import { createGrid } from "./grid";
import { sampleWorkbook } from "./sample-workbook";

/** The host with the grid redrawn after every step, so highlights and written figures show at once. */
function redrawing(host: ReportHost, redraw: () => void): ReportHost {
  const out = { ...host } as Record<string, unknown>;
  for (const [name, fn] of Object.entries(host)) {
    if (typeof fn !== "function") continue;
    out[name] = (...args: unknown[]) => {
      const r: unknown = (fn as (...a: unknown[]) => unknown)(...args);
      if (r instanceof Promise) return r.then((v) => (redraw(), v), (e: unknown) => (redraw(), Promise.reject(e)));
      return r;
    };
  }
  return out as unknown as ReportHost;
}

function start(): void {
  const lang: Lang = /[?&]lang=en/.test(window.location.search) ? "en-US" : "zh-CN";
  const banner = document.getElementById("demo-banner");
  if (banner) banner.textContent = t(lang, "demo.banner");
  const gridRoot = document.getElementById("demo-workbook");
  if (!gridRoot) return;
  try {
    const wb = sampleWorkbook();
    const grid = createGrid(gridRoot, wb, lang);
    const host = redrawing(memoryHost(wb, lang), () => grid.redraw());
    init(document, {
      lang,
      host: paneHost(host, lang, { environment: () => ({ version: null, platform: `demo ${navigator.platform}`, sets: [] }) }),
      storage: null, // nothing kept, not even the pane's preferences: the banner promises it
      settings: null,
      view: viewFromSearch(window.location.search),
    });
    document.title = t(lang, "demo.title"); // init() names the page as the pane; this one is the demo
  } catch (e) {
    gridRoot.textContent = t(lang, "demo.loadFailed", { reason: errorSentence(e, lang) });
  }
}

start();
