// The 导出 panel: four choices, then the file's fallbacks (a link to save it, and for text a copy
// button with the text itself in a read-only box).
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import { EXPORT_CHOICES } from "./exporter";
import type { ExportChoice } from "./exporter";

export interface ExportUi {
  /** viaBrowser: handed to the system browser's save page (Excel for Mac, browser-save.ts). */
  file: { name: string; href: string; text: string | null; viaBrowser?: boolean } | null;
  copied: "ok" | "failed" | null;
  /** The clerk ticked 加入同比表 (offered only when the 上年数据 sheet has key figures). */
  yoy: boolean;
}

export interface ExportHandlers {
  export(choice: ExportChoice): void;
  exportYoy(on: boolean): void;
  copy(): void;
  close(): void;
}

/** `yoyAvailable`: the last check found key figures in the 上年数据 sheet, so a 同比 table can be added. */
export function renderExportPanel(doc: Document, ui: ExportUi, lang: Lang, h: ExportHandlers, disabled: boolean, yoyAvailable = false): HTMLElement {
  const choices = EXPORT_CHOICES.map((c) => {
    const b = button(doc, t(lang, `pane.export.${c}`), () => h.export(c), { class: "btn", attrs: { "data-export": c } });
    b.disabled = disabled;
    return b;
  });
  const file = ui.file;
  return el(doc, "section", { class: "panel export-panel", attrs: { id: "export-panel", "aria-labelledby": "export-title" } }, [
    el(doc, "div", { class: "panel-head" }, [
      el(doc, "h2", { class: "panel-title", text: t(lang, "pane.export.title"), attrs: { id: "export-title" } }),
      button(doc, t(lang, "pane.export.close"), () => h.close(), { class: "btn btn--link" }),
    ]),
    yoyAvailable ? yoyOption(doc, ui, lang, h, disabled) : null,
    el(doc, "div", { class: "export-choices" }, choices),
    file
      ? el(doc, "div", { class: "export-result", attrs: { id: "export-result" } }, [
          el(doc, "p", { text: t(lang, "pane.export.ready", { file: file.name }) }),
          file.viaBrowser
            ? el(doc, "p", { class: "muted", text: t(lang, "pane.export.inBrowser", { file: file.name }), attrs: { id: "export-in-browser", role: "status" } })
            : el(doc, "p", { class: "muted", text: t(lang, "pane.export.blocked") }),
          el(doc, "a", { class: "export-link", text: t(lang, "pane.export.link", { file: file.name }), attrs: { href: file.href, download: file.name, id: "export-link" } }),
          file.text !== null ? button(doc, t(lang, "pane.export.copy"), () => h.copy(), { class: "btn btn--small", attrs: { id: "copy-button" } }) : null,
          ui.copied ? el(doc, "p", { class: "muted", text: t(lang, ui.copied === "ok" ? "pane.export.copied" : "pane.export.copyFailed"), attrs: { role: "status" } }) : null,
          file.text !== null && ui.copied === "failed" ? exportTextBox(doc, file.text) : null,
        ])
      : null,
  ]);
}

function yoyOption(doc: Document, ui: ExportUi, lang: Lang, h: ExportHandlers, disabled: boolean): HTMLElement {
  const box = el(doc, "input", { attrs: { type: "checkbox", id: "export-yoy" } });
  box.checked = ui.yoy;
  box.disabled = disabled;
  box.addEventListener("change", () => h.exportYoy(box.checked));
  return el(doc, "label", { class: "export-option", attrs: { for: "export-yoy" } }, [box, el(doc, "span", { text: t(lang, "pane.export.yoy") })]);
}

function exportTextBox(doc: Document, text: string): HTMLTextAreaElement {
  const ta = el(doc, "textarea", { class: "export-text", attrs: { readonly: "", rows: "8" } });
  ta.value = text;
  return ta;
}
