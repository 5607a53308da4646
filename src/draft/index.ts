// 起草: the statistical paragraphs of a report drafted from its tables — 一（二）依申请公开 and the
// summaries after tables 二, 三 and 四 — in the words R8 reads back, so the drafts agree with the
// tables by construction.
import { getFormat } from "../format";
import type { PriorFigures, ReportData } from "../model/report";
import { isLastYear, lastYear, sumOf } from "../yoy/figures";
import { reportYear } from "../rules/narrative/scope";
import { requestParagraph, t3Paragraph } from "./applications";
import { FigureReader } from "./figures";
import { t2Paragraph, t4Paragraph } from "./tables24";
import { DRAFT_PLACES } from "./types";
import type { Draft, DraftFigure, DraftPlace } from "./types";

export type { Draft, DraftFigure, DraftPlace } from "./types";
export { DRAFT_PLACES } from "./types";

type Builder = (r: FigureReader, year: number | null, lastNew: number | null) => { text: string; figures: DraftFigure[] };

const BUILDERS: Record<DraftPlace, Builder> = {
  request: requestParagraph,
  t2: (r) => t2Paragraph(r),
  t3: (r) => t3Paragraph(r),
  t4: (r) => t4Paragraph(r),
};

/** Last year's new applications, when `prior` holds last year's figures (for the 同比 clause). */
function lastNew(report: ReportData, prior: PriorFigures | undefined): number | null {
  const year = reportYear(report);
  if (!prior || !isLastYear(prior, year)) return null;
  return sumOf(lastYear(prior), ["t3.new.total"]);
}

/** One draft; with last year's figures (`prior`) the applications sentence says 同比 too. */
export function draftOne(report: ReportData, place: DraftPlace, prior?: PriorFigures): Draft {
  const reader = new FigureReader(report, getFormat(report.format));
  const built = BUILDERS[place](reader, reportYear(report), lastNew(report, prior));
  if (reader.missing.length > 0) return { place, text: null, figures: [], missing: reader.missing };
  return { place, text: built.text, figures: built.figures, missing: [] };
}

/** Every draft, in the order they appear in a report. */
export function draftAll(report: ReportData, prior?: PriorFigures): Draft[] {
  return DRAFT_PLACES.map((p) => draftOne(report, p, prior));
}
