// The summaries after table 二 (documents, decisions, fees) and table 四 (reviews and suits),
// with the zero case reports write in words: 本年度未发生政府信息公开行政复议、行政诉讼.
import { cellKey } from "../format";
import type { FigureReader } from "./figures";
import { SentenceBuilder, paragraph } from "./sentence";
import type { DraftFigure } from "./types";
import { T2_DECISION_ROWS, T2_RULE_VERBS, W } from "./wording";

type Built = { text: string; figures: DraftFigure[] };

/** "本年度制发规章 0 件，废止规章 0 件，现行有效规章 0 件；…。本年度作出行政许可决定 12 件 …。" */
export function t2Paragraph(r: FigureReader): Built {
  const sentences: Built[] = [];
  const rules = r.format.t2.find((g) => g.key === "rules");
  if (rules) {
    const s = new SentenceBuilder().add(W.thisYear);
    rules.rows.forEach((row, i) => {
      if (i > 0) s.add("；");
      const stated = rules.columns.filter((c) => c.key in T2_RULE_VERBS);
      stated.forEach((c, j) => {
        const key = cellKey("t2", row.key, c.key);
        s.add(j > 0 ? "，" : "").add(`${T2_RULE_VERBS[c.key]}${row.label}{n}件`, [key], r.sum([key]));
      });
    });
    sentences.push(s.build());
  }
  const decisions = r.format.t2.flatMap((g) =>
    g.columns.some((c) => c.key === "decisions") ? g.rows.filter((row) => (T2_DECISION_ROWS as readonly string[]).includes(row.key)) : [],
  );
  if (decisions.length > 0) {
    const s = new SentenceBuilder().add(W.thisYear);
    decisions.forEach((row, i) => {
      const key = cellKey("t2", row.key, "decisions");
      s.add(i > 0 ? "，" : "").add(`作出${row.label}决定{n}件`, [key], r.sum([key]));
    });
    const fee = r.format.t2.find((g) => g.rows.some((row) => row.key === "fees") && g.columns.some((c) => c.key === "amount"));
    if (fee) {
      // Money is stated but R8 does not check amounts; it is drafted from the table all the same.
      const amount = r.sum([cellKey("t2", "fees", "amount")]);
      if (amount === 0) s.add(`；${W.noFees}`);
      else s.add(`；${W.fees}`.replace("{n}", String(amount)));
    }
    sentences.push(s.build());
  }
  return paragraph(sentences);
}

const t4Total = (group: string) => cellKey("t4", group, "total");

/** "本年度因政府信息公开被申请行政复议 3 件，其中结果维持 1 件 …；未发生政府信息公开行政诉讼。" */
export function t4Paragraph(r: FigureReader): Built {
  const review = r.sum([t4Total("review")]);
  const suitKeys = [t4Total("suitDirect"), t4Total("suitAfterReview")];
  const suits = r.sum(suitKeys);
  const s = new SentenceBuilder().add(W.thisYear);
  if (review === 0 && suits === 0) {
    // One statement, read back by R8 as both counts being 0.
    return s.add(W.noAppeals, [t4Total("review"), ...suitKeys], 0).build();
  }
  if (review === 0) s.add(W.noReview, [t4Total("review")], 0);
  else {
    s.add(W.review, [t4Total("review")], review);
    outcomes(r, s, ["review"]);
  }
  s.add("；");
  if (suits === 0) s.add(W.noSuit, suitKeys, 0);
  else {
    s.add(W.suit, suitKeys, suits);
    outcomes(r, s, ["suitDirect", "suitAfterReview"]);
  }
  return s.build();
}

/** "，其中结果维持 1 件，尚未审结 2 件": the outcomes that are not zero (not read by R8). */
function outcomes(r: FigureReader, s: SentenceBuilder, groups: string[]): void {
  let first = true;
  for (const col of r.format.t4.columns.filter((c) => c.key !== "total")) {
    const n = r.sum(groups.map((g) => cellKey("t4", g, col.key)));
    if (n === 0) continue;
    s.add(first ? "，其中" : "，").add(`${col.label}${n}件`);
    first = false;
  }
}

