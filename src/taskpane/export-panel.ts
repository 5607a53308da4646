// The 导出 panel: four choices, then the file's fallbacks (a link to save it, and for text a copy
// button with the text itself in a read-only box).
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import { EXPORT_CHOICES } from "./exporter";
import type { ExportChoice } from "./exporter";

export interface ExportUi {
  file: { name: string; href: string; text: string | null } | null;
  copied: "ok" | "failed" | null;
}

export interface ExportHandlers {
  export(choice: ExportChoice): void;
  copy(): void;
  close(): void;
}

export function renderExportPanel(doc: Document, ui: ExportUi, lang: Lang, h: ExportHandlers, disabled: boolean): HTMLElement {
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
    el(doc, "div", { class: "export-choices" }, choices),
    file
      ? el(doc, "div", { class: "export-result", attrs: { id: "export-result" } }, [
          el(doc, "p", { text: t(lang, "pane.export.ready", { file: file.name }) }),
          el(doc, "p", { class: "muted", text: t(lang, "pane.export.blocked") }),
          el(doc, "a", { class: "export-link", text: t(lang, "pane.export.link", { file: file.name }), attrs: { href: file.href, download: file.name, id: "export-link" } }),
          file.text !== null ? button(doc, t(lang, "pane.export.copy"), () => h.copy(), { class: "btn btn--small", attrs: { id: "copy-button" } }) : null,
          ui.copied ? el(doc, "p", { class: "muted", text: t(lang, ui.copied === "ok" ? "pane.export.copied" : "pane.export.copyFailed"), attrs: { role: "status" } }) : null,
          file.text !== null && ui.copied === "failed" ? exportTextBox(doc, file.text) : null,
        ])
      : null,
  ]);
}

function exportTextBox(doc: Document, text: string): HTMLTextAreaElement {
  const ta = el(doc, "textarea", { class: "export-text", attrs: { readonly: "", rows: "8" } });
  ta.value = text;
  return ta;
}
