// 起草: the statistical paragraphs of a report drafted from its tables — 一（二）依申请公开 and the
// summaries after tables 二, 三 and 四 — in the words R8 reads back, so the drafts agree with the
// tables by construction.
import { getFormat } from "../format";
import type { ReportData } from "../model/report";
import { reportYear } from "../rules/narrative/scope";
import { requestParagraph, t3Paragraph } from "./applications";
import { FigureReader } from "./figures";
import { t2Paragraph, t4Paragraph } from "./tables24";
import type { Draft, DraftFigure, DraftPlace } from "./types";

export type { Draft, DraftFigure, DraftPlace } from "./types";
export { DRAFT_PLACES } from "./types";

const BUILDERS: Record<DraftPlace, (r: FigureReader, year: number | null) => { text: string; figures: DraftFigure[] }> = {
  request: requestParagraph,
  t2: (r) => t2Paragraph(r),
  t3: (r) => t3Paragraph(r),
  t4: (r) => t4Paragraph(r),
};

export function draftOne(report: ReportData, place: DraftPlace): Draft {
  const reader = new FigureReader(report, getFormat(report.format));
  const built = BUILDERS[place](reader, reportYear(report));
  if (reader.missing.length > 0) return { place, text: null, figures: [], missing: reader.missing };
  return { place, text: built.text, figures: built.figures, missing: [] };
}

/** Every draft, in the order they appear in a report. */
export function draftAll(report: ReportData): Draft[] {
  return (["request", "t2", "t3", "t4"] as DraftPlace[]).map((p) => draftOne(report, p));
}
