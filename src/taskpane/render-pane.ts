// Puts the whole pane together from its state: header, the three actions and the live switch, the
// progress / notice / error line, the overwrite question, the export panel and the findings.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import { renderExportPanel } from "./export-panel";
import type { ExportHandlers, ExportUi } from "./export-panel";
import { renderFindings, renderSummary } from "./render-findings";
import type { FindingsHandlers, FindingsUi } from "./render-findings";
import type { HelpUi } from "./help-state";
import { renderHeader } from "./render-header";
import { renderHelp } from "./render-help";
import type { HelpHandlers } from "./render-help";
import { renderInfoForm } from "./render-info";
import type { InfoHandlers, InfoUi } from "./render-info";
import { renderPriorPanel } from "./render-prior";
import type { PriorHandlers, PriorUi } from "./render-prior";
import { renderConsolidatePanel } from "./render-consolidate";
import type { ConsolidateUi } from "./consolidate-state";
import { renderDraftPanel } from "./render-draft";
import type { DraftUi } from "./draft-state";
import { renderYoyPanel } from "./render-yoy";
import type { ToolHandlers } from "./tool-handlers";
import type { HeaderView, ResultView } from "./view-model";
import type { YoyUi } from "./yoy-state";

export interface PaneView {
  lang: Lang;
  header: HeaderView;
  /** null: not checked yet (or nothing laid out). */
  result: ResultView | null;
  checkedAt: string | null;
  busy: string | null;
  notice: string | null;
  error: string | null;
  conflict: string | null;
  live: boolean;
  findingsUi: FindingsUi;
  exportUi: ExportUi | null;
  /** The 上年数据 sheet holds key figures: the export panel offers 加入同比表. */
  exportYoy: boolean;
  /** The 报告信息 form, when open. */
  infoUi: InfoUi | null;
  /** The 导入上年数据 panel, when open. */
  priorUi: PriorUi | null;
  /** The help view (帮助 and 自检), when open. */
  helpUi: HelpUi | null;
  /** The 同比 and 起草 panels, when open. */
  yoyUi: YoyUi | null;
  draftUi: DraftUi | null;
  consolidateUi: ConsolidateUi | null;
  /** The finished self-test as copyable text. */
  selftestText: string | null;
  /** True once the workbook has a report (the header then offers 修改报告信息). */
  laidOut: boolean;
  /** What this Office cannot do (the ExcelApi ladder), in one sentence; null when it can do all. */
  ladder?: string | null;
  today: Date;
}

export interface PaneHandlers extends FindingsHandlers, ExportHandlers, InfoHandlers, PriorHandlers, HelpHandlers, ToolHandlers {
  openHelp(): void;
  layout(): void;
  openPrior(): void;
  editInfo(): void;
  check(): void;
  openExport(): void;
  setLive(on: boolean): void;
  confirmOverwrite(): void;
  cancelOverwrite(): void;
  dismissError(): void;
}

function toolbar(doc: Document, v: PaneView, h: PaneHandlers): HTMLElement {
  const busy = v.busy !== null;
  const actions = [
    button(doc, t(v.lang, "pane.layout"), h.layout, { class: "btn", attrs: { id: "layout-button" } }),
    // Once laid out: last year's figures for R6/R7 (the 上年数据 sheet exists only then).
    v.laidOut ? button(doc, t(v.lang, "pane.prior"), h.openPrior, { class: "btn", attrs: { id: "prior-button", "aria-expanded": String(v.priorUi !== null) } }) : null,
    v.laidOut ? button(doc, t(v.lang, "pane.yoy"), h.openYoy, { class: "btn", attrs: { id: "yoy-button", "aria-expanded": String(v.yoyUi !== null) } }) : null,
    v.laidOut ? button(doc, t(v.lang, "pane.draft"), h.openDrafts, { class: "btn", attrs: { id: "draft-button", "aria-expanded": String(v.draftUi !== null) } }) : null,
    v.laidOut ? button(doc, t(v.lang, "pane.parts"), h.openConsolidate, { class: "btn", attrs: { id: "parts-button", "aria-expanded": String(v.consolidateUi !== null) } }) : null,
    button(doc, t(v.lang, "pane.check"), h.check, { class: "btn btn--primary", attrs: { id: "check-button" } }),
    button(doc, t(v.lang, "pane.export"), h.openExport, { class: "btn", attrs: { id: "export-button" } }),
  ].filter((b): b is HTMLButtonElement => b !== null);
  for (const b of actions) b.disabled = busy;
  const box = el(doc, "input", { class: "switch-input", attrs: { type: "checkbox", id: "live-switch", role: "switch" } });
  box.checked = v.live;
  box.setAttribute("aria-checked", String(v.live));
  box.addEventListener("change", () => h.setLive(box.checked));
  return el(doc, "div", { class: "toolbar" }, [
    el(doc, "div", { class: "actions", attrs: { id: "actions" } }, actions),
    el(doc, "label", { class: "switch", attrs: { for: "live-switch" } }, [box, el(doc, "span", { class: "switch-track", attrs: { "aria-hidden": "true" } }), t(v.lang, "pane.live")]),
    button(doc, t(v.lang, "pane.help"), h.openHelp, { class: "btn btn--link", attrs: { id: "help-button", "aria-expanded": String(v.helpUi !== null) } }),
  ]);
}

function statusLine(doc: Document, v: PaneView, h: PaneHandlers): HTMLElement {
  return el(doc, "div", { class: "status", attrs: { id: "status", role: "status", "aria-live": "polite" } }, [
    v.busy
      ? el(doc, "div", { class: "progress", attrs: { id: "progress" } }, [
          el(doc, "div", { class: "progress-bar", attrs: { role: "progressbar", "aria-label": v.busy } }),
          el(doc, "span", { class: "progress-text", text: v.busy }),
        ])
      : null,
    v.notice && !v.busy ? el(doc, "p", { class: "notice", text: v.notice, attrs: { id: "notice" } }) : null,
    v.error
      ? el(doc, "div", { class: "message message--error", attrs: { role: "alert", id: "error" } }, [
          el(doc, "p", { text: v.error }),
          button(doc, t(v.lang, "pane.error.close"), h.dismissError, { class: "btn btn--small" }),
        ])
      : null,
  ]);
}

function conflictPanel(doc: Document, v: PaneView, h: PaneHandlers): HTMLElement | null {
  if (!v.conflict) return null;
  return el(doc, "section", { class: "panel panel--warning", attrs: { id: "conflict", role: "alertdialog", "aria-labelledby": "conflict-title" } }, [
    el(doc, "h2", { class: "panel-title", text: t(v.lang, "pane.conflict.title"), attrs: { id: "conflict-title" } }),
    el(doc, "p", { text: v.conflict }),
    el(doc, "div", { class: "actions" }, [
      button(doc, t(v.lang, "pane.conflict.overwrite"), h.confirmOverwrite, { class: "btn btn--danger", attrs: { id: "overwrite-button" } }),
      button(doc, t(v.lang, "pane.conflict.cancel"), h.cancelOverwrite, { class: "btn", attrs: { id: "cancel-overwrite-button" } }),
    ]),
  ]);
}

/** R11's sentences (implausible jumps) from the last check, for the 同比 panel. */
const yoyJumps = (r: ResultView | null): string[] => (r ? r.groups.flatMap((g) => g.rules.filter((x) => x.rule === "R11").flatMap((x) => x.items.map((i) => i.message))) : []);

export function renderPane(doc: Document, v: PaneView, h: PaneHandlers): HTMLElement[] {
  const busy = v.busy !== null;
  const edit =
    v.laidOut && !v.infoUi
      ? button(doc, t(v.lang, "pane.info.edit"), h.editInfo, { class: "btn btn--link btn--inline", attrs: { id: "edit-info-button" } })
      : null;
  if (edit) edit.disabled = busy;
  const body: (HTMLElement | null)[] = [
    renderHeader(doc, t(v.lang, "pane.title"), v.header, edit),
    toolbar(doc, v, h),
    v.ladder ? el(doc, "p", { class: "muted ladder", text: v.ladder, attrs: { id: "ladder" } }) : null,
    v.infoUi ? renderInfoForm(doc, v.infoUi, v.lang, v.today, busy, h) : null,
    statusLine(doc, v, h),
    conflictPanel(doc, v, h),
    v.priorUi && v.laidOut ? renderPriorPanel(doc, v.priorUi, v.lang, busy, h) : null,
    v.yoyUi && v.laidOut ? renderYoyPanel(doc, v.yoyUi, yoyJumps(v.result), v.lang, h) : null,
    v.draftUi && v.laidOut ? renderDraftPanel(doc, v.draftUi, v.lang, busy, h) : null,
    v.consolidateUi && v.laidOut ? renderConsolidatePanel(doc, v.consolidateUi, v.lang, busy, h) : null,
    v.exportUi ? renderExportPanel(doc, v.exportUi, v.lang, h, v.busy !== null, v.exportYoy) : null,
    v.helpUi ? renderHelp(doc, v.helpUi, v.selftestText, v.lang, busy, h) : null,
  ];
  if (v.result) {
    body.push(renderSummary(doc, v.result, v.lang, v.checkedAt));
    body.push(renderFindings(doc, v.result, v.findingsUi, v.lang, h));
  } else {
    body.push(el(doc, "p", { class: "muted empty", text: t(v.lang, "pane.notChecked"), attrs: { id: "not-checked" } }));
  }
  return body.filter((x): x is HTMLElement => x !== null);
}
