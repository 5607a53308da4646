// 一（二）依申请公开 and the summary after table 三: applications received, answered, and how.
import { cellKey } from "../format";
import type { FigureReader } from "./figures";
import { t3TotalsMatching as t3Rows } from "../format";
import { SentenceBuilder, paragraph } from "./sentence";
import type { DraftFigure } from "./types";
import { RESULT_WORDS, W } from "./wording";

type Built = { text: string; figures: DraftFigure[] };

const total = (row: string) => cellKey("t3", row, "total");

/** "，其中予以公开 25 件，部分公开 6 件 …": the results that are not zero, the first after `lead`. */
function results(r: FigureReader, s: SentenceBuilder, lead: string): void {
  let first = true;
  for (const [words, rows] of RESULT_WORDS) {
    const keys = t3Rows(r.format, rows);
    const n = r.sum(keys);
    if (n === 0) continue;
    s.add(first ? lead : "，").add(`${words}{n}件`, keys, n);
    first = false;
  }
}

/** The opening of a sentence about this year: "2024年，" when the year is known, else "本年度". */
export function yearLead(year: number | null): string {
  return year === null ? W.thisYear : `${year}年，`;
}

/** The results sentence: answered (办结) with its results, then what is carried to next year. */
function answeredSentence(r: FigureReader, lead: string, answeredWords: string, resultsLead: string): Built {
  const s = new SentenceBuilder();
  const answered = r.sum([total("total")]);
  s.add(lead).add(answeredWords, [total("total")], answered);
  results(r, s, resultsLead);
  const out = r.sum([total("carriedOut")]);
  if (out > 0) s.add("；").add(W.carriedOut, [total("carriedOut")], out);
  return s.build();
}

function noApplications(r: FigureReader, lead: string): Built | null {
  const fresh = r.sum([total("new")]);
  const carried = r.sum([total("carriedIn")]);
  if (fresh !== 0 || carried !== 0) return null;
  return new SentenceBuilder().add(lead).add(W.us).add(W.noApplications, [total("new")], 0).build();
}

/** "，同比增长18.8%" after this year's new applications, when last year's are known and not 0. */
function yoyClause(fresh: number, last: number | null): string {
  if (last === null || last === 0) return "";
  if (fresh === last) return `，${W.yoySame}`;
  // One decimal, as reports write it; R8 reads the percentage back with the rounding written.
  const pct = (Math.abs(fresh - last) * 100) / last;
  const text = pct.toFixed(1).replace(/\.0$/, "");
  return `，${(fresh > last ? W.yoyUp : W.yoyDown).replace("{p}", text)}`;
}

/** 一（二）依申请公开: received (同比 when last year's figure is known) and carried in, then answered
 *  with results and carried out. */
export function requestParagraph(r: FigureReader, year: number | null, lastNew: number | null = null): Built {
  const none = noApplications(r, yearLead(year));
  if (none) return none;
  const first = new SentenceBuilder().add(yearLead(year)).add(W.us);
  const fresh = r.sum([total("new")]);
  first.add(W.received, [total("new")], fresh).add(yoyClause(fresh, lastNew));
  const carried = r.sum([total("carriedIn")]);
  if (carried > 0) first.add("，").add(W.carriedIn, [total("carriedIn")], carried);
  return paragraph([first.build(), answeredSentence(r, W.thisYear, W.answered, "，其中")]);
}

/** After table 三: who applied, then the results of what was answered. */
export function t3Paragraph(r: FigureReader): Built {
  const none = noApplications(r, W.thisYear);
  if (none) return none;
  const orgCols = r.format.t3.columns.filter((c) => c.key !== "natural" && c.key !== "total").map((c) => c.key);
  const natural = cellKey("t3", "new", "natural");
  const orgs = orgCols.map((c) => cellKey("t3", "new", c));
  const first = new SentenceBuilder().add(W.thisYear);
  first.add(W.fromNatural, [natural], r.sum([natural])).add("，").add(W.fromOrgs, orgs, r.sum(orgs));
  const carried = r.sum([total("carriedIn")]);
  if (carried > 0) first.add("；").add(W.carriedIn, [total("carriedIn")], carried);
  return paragraph([first.build(), answeredSentence(r, "", W.answeredOf, "，其中")]);
}
