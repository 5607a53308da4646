// The Office task pane's composition root (src/taskpane/taskpane.ts is the webpack entry that loads
// it): wait for Office (boot.ts), then hand the document and the Office-backed pieces (the Excel host
// over Excel.run, storage, settings, display language, the view asked for) to init(). Nothing else
// of the pane touches globals.
import "../webview/polyfills"; // first: EdgeHTML 18 lacks functions the code below uses
import { langFor } from "../i18n";
import { whenLang } from "../i18n/when-lang";
import type { Lang } from "../i18n";
import { readEnvironment } from "../selftest/environment";
import { paneHost } from "../taskpane/actions";
import { boot } from "../taskpane/boot";
import { saveUrl } from "../taskpane/browser-save";
import { init } from "../taskpane/init";
import { viewFromSearch } from "../taskpane/view";
import { excelHost } from "./host";
import { officeApiSupport } from "./requirements";
import { createExcelRun, officeExcelRun } from "./run";

function start(): void {
  const lang = langFor(Office.context.displayLanguage);
  const settings = Office.context.document?.settings ?? null;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null; // blocked by policy in some WebViews
  }
  // An English Office: its table comes as a chunk first (i18n/index.ts); a Chinese one waits for nothing.
  void whenLang(lang).then(() => initPane(lang, settings, storage));
}

function initPane(lang: Lang, settings: Office.Settings | null, storage: Storage | null): void {
  init(document, {
    lang,
    host: paneHost(excelHost(createExcelRun({ raw: officeExcelRun }), lang, { supports: officeApiSupport, settings }), lang, {
      environment: () => readEnvironment(Office),
    }),
    storage,
    settings,
    view: viewFromSearch(window.location.search),
    ...macSave(),
  });
}

/** Excel for Mac ignores downloads in its webview: a Word export opens the add-in's save page in the
 *  system browser instead (OpenBrowserWindowApi 1.1; browser-save.ts). */
function macSave(): { saveInBrowser?: (name: string, bytes: Uint8Array) => void } {
  const ui = Office.context.ui as { openBrowserWindow?: (url: string) => void } | undefined;
  if (String(Office.context.platform) !== "Mac" || !Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1") || typeof ui?.openBrowserWindow !== "function") return {};
  // save.html sits beside taskpane.html (not `new URL`: Trident has no URL constructor to polyfill cheaply).
  const page = window.location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "save.html");
  return { saveInBrowser: (name, bytes) => ui.openBrowserWindow?.(saveUrl(page, name, bytes)) };
}

boot({
  office: typeof Office === "undefined" ? undefined : Office,
  doc: document,
  start,
});
