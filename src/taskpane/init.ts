// Starts the pane in the document's #app element. Everything Office-specific arrives in `env`
// (taskpane.ts builds it), so this also runs in jsdom and in the browser tests' fake host.
import { t } from "../i18n";
import { createPane } from "./pane";
import type { Pane, PaneEnv } from "./pane";

export function init(doc: Document, env: PaneEnv): Pane {
  doc.documentElement.lang = env.lang;
  doc.title = t(env.lang, "pane.title");
  const root = doc.getElementById("app") ?? doc.body;
  return createPane(root, env);
}
