// The pane's header: the app's name and the report it is looking at (year, agency, format), with the
// 修改报告信息 link once the workbook has a report.
import type { HeaderView } from "./view-model";
import { el } from "./dom";

export function renderHeader(doc: Document, appName: string, h: HeaderView, edit: HTMLElement | null = null): HTMLElement {
  const title = el(doc, "p", { class: "pane-report", text: h.title, attrs: { id: "report-title" } });
  return el(doc, "header", { class: "pane-header" }, [
    el(doc, "h1", { class: "pane-title", text: appName, attrs: { id: "title" } }),
    edit ? el(doc, "div", { class: "pane-report-row" }, [title, edit]) : title,
    h.format ? el(doc, "p", { class: "pane-format", text: h.format, attrs: { id: "report-format" } }) : null,
  ]);
}
