// The WPS task pane's composition root: the same pane as in Excel (src/taskpane/init.ts), over the
// WPS host. No office.js on this page; settings live in the workbook (settings.ts).
import { langFor, t } from "../i18n";
import "../i18n/english"; // WPS loads from the clerk's disk: no budget to keep, no chunk to fetch
import { paneHost } from "../taskpane/actions";
import { init } from "../taskpane/init";
import { viewFromSearch } from "../taskpane/view";
import { findWps } from "./detect";
import { wpsHost } from "./host";

function start(): void {
  const root = findWps(globalThis as unknown as Record<string, unknown>);
  const lang = langFor(navigator.language);
  if (!root) {
    const p = document.getElementById("starting");
    if (p) p.textContent = t(lang, "pane.wps.noHost");
    return;
  }
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null; // blocked in some embedded browsers
  }
  const host = wpsHost(root, lang);
  init(document, {
    lang,
    host: paneHost(host, lang, { environment: () => ({ version: null, platform: `WPS ${navigator.platform}`, sets: [] }) }),
    storage,
    settings: host.settings(),
    view: viewFromSearch(window.location.search),
  });
}

start();
