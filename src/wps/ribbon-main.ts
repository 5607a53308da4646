// index.html's script, the page WPS loads (hidden) for the add-in: puts the ribbon's callbacks on
// the global object, where ribbon.xml's onLoad/onAction names find them, over the WPS host.
import { langFor } from "../i18n";
import "../i18n/english";
import { findWps } from "./detect";
import { wpsHost } from "./host";
import { ribbonCallbacks } from "./ribbon";

const g = globalThis as unknown as Record<string, unknown>;
const root = findWps(g);
const lang = langFor(typeof navigator === "undefined" ? undefined : navigator.language);
const base = location.href.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
if (root) {
  Object.assign(g, ribbonCallbacks({ root, baseUrl: base, host: () => wpsHost(root, lang), now: () => new Date() }));
} else {
  console.error("xxgk: no WPS 表格 object model on this page (window.Application / window.wps)");
}
