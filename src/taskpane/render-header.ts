// The pane's header: the app's name and the report it is looking at (year, agency, format).
import type { HeaderView } from "./view-model";
import { el } from "./dom";

export function renderHeader(doc: Document, appName: string, h: HeaderView): HTMLElement {
  return el(doc, "header", { class: "pane-header" }, [
    el(doc, "h1", { class: "pane-title", text: appName, attrs: { id: "title" } }),
    el(doc, "p", { class: "pane-report", text: h.title, attrs: { id: "report-title" } }),
    h.format ? el(doc, "p", { class: "pane-format", text: h.format, attrs: { id: "report-format" } }) : null,
  ]);
}
