// The Office task pane's composition root (src/taskpane/taskpane.ts is the webpack entry that loads
// it): wait for Office (boot.ts), then hand the document and the Office-backed pieces (the Excel host
// over Excel.run, storage, settings, display language, the view asked for) to init(). Nothing else
// of the pane touches globals.
import "../webview/polyfills"; // first: EdgeHTML 18 lacks functions the code below uses
import { langFor } from "../i18n";
import { readEnvironment } from "../selftest/environment";
import { paneHost } from "../taskpane/actions";
import { boot } from "../taskpane/boot";
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
  init(document, {
    lang,
    host: paneHost(excelHost(createExcelRun({ raw: officeExcelRun, supports: officeApiSupport }), lang, { supports: officeApiSupport, settings }), lang, {
      environment: () => readEnvironment(Office),
    }),
    storage,
    settings,
    view: viewFromSearch(window.location.search),
  });
}

boot({
  office: typeof Office === "undefined" ? undefined : Office,
  doc: document,
  start,
});
