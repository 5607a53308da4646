// Entry point of the task pane bundle: wait for Office (boot.ts), then hand the document and the
// Office-backed pieces (Excel.run, storage, settings, display language, the view asked for) to
// init(). Nothing else touches globals.
import "../webview/polyfills"; // first: EdgeHTML 18 lacks functions the code below uses
import { officeApiSupport } from "../excel/requirements";
import { createExcelRun, officeExcelRun } from "../excel/run";
import { langFor } from "../i18n";
import { readEnvironment } from "../selftest/environment";
import { excelHost } from "./actions";
import { boot } from "./boot";
import { saveUrl } from "./browser-save";
import { init } from "./init";
import { viewFromSearch } from "./view";

function start(): void {
  const lang = langFor(Office.context.displayLanguage);
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null; // blocked by policy in some WebViews
  }
  init(document, {
    lang,
    host: excelHost(createExcelRun({ raw: officeExcelRun }), lang, {
      supports: officeApiSupport,
      environment: () => readEnvironment(Office),
    }),
    storage,
    settings: Office.context.document?.settings ?? null,
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
