// The narrative's required content, apart from the figures: sections 一, 五 and 六 written, and
// section 一 covering its five areas (主动公开 … 监督保障), judged by their subject matter anywhere in
// the section (subhead-content), not by the sub-heads' wording.
import type { FormatSpec, NarrativeSectionId, SectionSpec } from "../../format";
import type { ReportData } from "../../model/report";
import type { Finding } from "../types";
import { PUNCT_SYMBOL_CLASS } from "../../model/punctuation";
import { contentText, coversArea } from "./subhead-content";

const NOT_WRITTEN = new RegExp(`[\\s${PUNCT_SYMBOL_CLASS}]`, "g");

/** The 2021 format (国办公开办函〔2021〕30号, issued 2021-09-26, for reports of 2021 on) is the first
 *  to ask section 一 to cover the five areas; the 信息处理费 exists from 2021-01-01 (国办函〔2020〕109号).
 *  A report of unknown year is held to them only when it is laid out in the 2021 format. */
export const REQUIRED_FROM_YEAR = 2021;

export function heldTo2021Content(report: ReportData): boolean {
  return report.year === null ? report.format === "2021" : report.year >= REQUIRED_FROM_YEAR;
}

/** Sections the statutory format requires to be written (二、三、四 are tables, "0" is optional). */
export const REQUIRED_SECTIONS: NarrativeSectionId[] = ["1", "5", "6"];

/** The section's text less its own heading, whitespace and punctuation; "" when nothing is written. */
export function writtenContent(text: string | undefined, spec: SectionSpec | undefined): string {
  let t = text ?? "";
  if (spec?.title) t = t.split(spec.title).join("");
  return t.replace(NOT_WRITTEN, "");
}

/** Characters that are written content (not whitespace or punctuation). */
const WRITTEN = new RegExp(`[^\\s${PUNCT_SYMBOL_CLASS}]`);

/** Whether writtenContent(text, spec) is not "", without building it (a copy of a whole section). */
export function isWritten(text: string | undefined, spec: SectionSpec | undefined): boolean {
  const t = text ?? "";
  return (spec?.title ? t.split(spec.title) : [t]).some((piece) => WRITTEN.test(piece));
}

const sectionSpec = (f: FormatSpec, id: string) => f.sections.find((s) => s.id === id);

function warning(id: string, params: Record<string, string | number>): Finding {
  // No table cell to point at; hosts select the narrative cell named by params.section.
  return { rule: "R9", severity: "warning", cells: [], msg: { id, params } };
}

/** Warnings for required sections left empty and section-一 sub-heads not covered. */
export function sectionFindings(report: ReportData, f: FormatSpec): Finding[] {
  const out: Finding[] = [];
  for (const id of REQUIRED_SECTIONS) {
    const spec = sectionSpec(f, id);
    if (!isWritten(report.narrative[id], spec)) {
      out.push(warning("narrative.R9.sectionMissing", { section: id, title: spec?.title ?? id }));
    }
  }
  const one = sectionSpec(f, "1");
  const text = report.narrative["1"] ?? "";
  // An empty section 一 is already reported; five more warnings would only repeat it.
  if (!one?.subheads || !isWritten(text, one) || !heldTo2021Content(report)) return out;
  const content = contentText(text);
  for (const sub of one.subheads) {
    if (!coversArea(content, sub.key) && !sub.topic.some((word) => content.includes(word))) {
      out.push(warning("narrative.R9.subheadMissing", { section: "1", subhead: sub.label, topics: sub.topic.join("、") }));
    }
  }
  return out;
}
