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
  });
}

boot({
  office: typeof Office === "undefined" ? undefined : Office,
  doc: document,
  start,
});
