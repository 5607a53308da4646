// The 报告信息 form: 报告年度, 机关名称 and the format the year requires (read-only: a 2019-format
// workbook for 2021 or later is itself an R10 error, so the format is not offered as a choice).
// Labels are tied to their inputs, each error sentence sits under its field and is announced, Enter
// submits and Escape cancels from anywhere in the form. Text goes in through textContent and .value only.
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { button, el } from "./dom";
import { formatForDraft, MIN_REPORT_YEAR } from "./report-info";
import type { InfoDraft, InfoErrors } from "./report-info";

export interface InfoUi {
  /** "first": before the first 生成模板 on this workbook; "edit": 修改报告信息 on a laid-out one. */
  mode: "first" | "edit";
  draft: InfoDraft;
  errors: InfoErrors;
  /** The workbook's format when it has one: a year needing the other format is refused (validateInfo). */
  current: FormatId | null;
}

export interface InfoHandlers {
  infoInput(field: keyof InfoDraft, value: string): void;
  submitInfo(): void;
  cancelInfo(): void;
}

/** The read-only format line for what is typed in the year field. */
export function formatText(yearText: string, today: Date, lang: Lang): string {
  const f = formatForDraft(yearText, today);
  return f ? t(lang, `pane.info.format.${f}`) : t(lang, "pane.info.format.unknown");
}

function field(
  doc: Document,
  id: string,
  label: string,
  input: HTMLInputElement,
  error: string | undefined,
  describedBy: string[] = [],
): HTMLElement {
  const errorId = `${id}-error`;
  const ids = [...(error ? [errorId] : []), ...describedBy];
  if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
  if (error) input.setAttribute("aria-invalid", "true");
  return el(doc, "div", { class: error ? "field field--invalid" : "field" }, [
    el(doc, "label", { class: "field-label", text: label, attrs: { for: id } }),
    input,
    error ? el(doc, "p", { class: "field-error", text: error, attrs: { id: errorId } }) : null,
  ]);
}

export function renderInfoForm(doc: Document, ui: InfoUi, lang: Lang, today: Date, busy: boolean, h: InfoHandlers): HTMLElement {
  const max = today.getFullYear();
  const year = el(doc, "input", {
    class: "field-input field-input--year",
    attrs: { id: "info-year", name: "year", type: "number", inputmode: "numeric", min: String(MIN_REPORT_YEAR), max: String(max), step: "1", required: "", autocomplete: "off" },
  });
  year.value = ui.draft.year;
  const agency = el(doc, "input", {
    class: "field-input",
    attrs: { id: "info-agency", name: "agency", type: "text", required: "", autocomplete: "organization", placeholder: t(lang, "pane.info.agency.placeholder") },
  });
  agency.value = ui.draft.agency;
  const format = el(doc, "output", {
    class: "field-output",
    text: formatText(ui.draft.year, today, lang),
    attrs: { id: "info-format", for: "info-year", "aria-live": "polite" },
  });
  year.addEventListener("input", () => {
    h.infoInput("year", year.value);
    format.textContent = formatText(year.value, today, lang);
  });
  agency.addEventListener("input", () => h.infoInput("agency", agency.value));

  const submit = el(doc, "button", {
    class: "btn btn--primary",
    text: t(lang, ui.mode === "first" ? "pane.info.submit.first" : "pane.info.submit.edit"),
    attrs: { type: "submit", id: "info-submit" },
  });
  submit.disabled = busy;
  const form = el(doc, "form", { class: "info-form", attrs: { id: "info-form", novalidate: "", "aria-labelledby": "info-title" } }, [
    el(doc, "h2", { class: "panel-title", text: t(lang, "pane.info.title"), attrs: { id: "info-title" } }),
    ui.mode === "first" ? el(doc, "p", { class: "muted", text: t(lang, "pane.info.intro") }) : null,
    field(doc, "info-year", t(lang, "pane.info.year"), year, ui.errors.year, ["info-format"]),
    field(doc, "info-agency", t(lang, "pane.info.agency"), agency, ui.errors.agency),
    el(doc, "div", { class: "field" }, [el(doc, "span", { class: "field-label", text: t(lang, "pane.info.format") }), format]),
    el(doc, "div", { class: "actions" }, [submit, button(doc, t(lang, "pane.info.cancel"), h.cancelInfo, { class: "btn", attrs: { id: "info-cancel" } })]),
  ]);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (!busy) h.submitInfo();
  });
  form.addEventListener("keydown", (e) => {
    // A Chinese IME uses Enter to accept a candidate and Escape to drop the composition: not ours.
    if (e.isComposing || e.keyCode === 229) return;
    if (e.key === "Escape") {
      e.preventDefault();
      h.cancelInfo();
    } else if (e.key === "Enter" && e.target instanceof doc.defaultView!.HTMLInputElement) {
      // Handled here rather than left to implicit submission, so it behaves the same in every WebView
      // (and in jsdom); on a button, Enter keeps its own meaning.
      e.preventDefault();
      if (!busy) h.submitInfo();
    }
  });
  return el(doc, "section", { class: "panel", attrs: { id: "report-info" } }, [form]);
}
