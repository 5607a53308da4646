// R8, zero statements: "本年度未收到政府信息公开申请", "未发生政府信息公开行政复议、行政诉讼". A report
// says "none" in words rather than "0 件"; the tables must then hold 0. Part of R8 (same rule id),
// kept apart from the numeric claims so that reader stays about numbers.
import { NARRATIVE_SECTIONS, cellInfos } from "../../format";
import type { FormatSpec } from "../../format";
import type { Finding, Rule, RuleContext } from "../types";
import { CLAIMS } from "./claims";
import type { ClaimId, ClaimMatch, Reading } from "./claims";
import { outOfScope, reportYear } from "./scope";
import { clauseAt, eachSentence } from "./sentences";
import { findingCells, readingLabel, readingValue } from "./values";

interface ZeroPattern {
  words: RegExp;
  /** Which claim each captured word names. */
  claim(word: string): ClaimId;
  /** The sentence must say this too (table 四 counts only disclosure cases against this body). */
  context?: RegExp;
}

// What may follow the claim's words: a case noun and "情况", then the clause ends. "未发生行政复议
// 纠错" is about corrections, not about reviews, and is left alone.
const CLAUSE_END = /^(?:案件|案|申请)?(?:的)?(?:情况|情形)?\s*(?:[，。；;,.！!]|$)/;

const PATTERNS: ZeroPattern[] = [
  {
    words: /(?:未|没有)(?:收到|受理|接到|接收)(?:任何|过)?(?:政府)?(?:信息公开)?(申请)/g,
    claim: () => "received",
  },
  {
    words:
      /(?:未|没有|无)(?:发生|出现|产生|被)?[^，。；;\d]{0,14}?(行政复议|行政诉讼)(?:(?:[、和及与或]|或者)(?:被)?(?:申请|提起)?(行政复议|行政诉讼))?/g,
    claim: (w) => (w === "行政复议" ? "review" : "suit"),
    context: /信息公开/,
  },
];

const specOf = (id: ClaimId) => CLAIMS.find((c) => c.id === id) as (typeof CLAIMS)[number];

function readingsOf(f: FormatSpec, id: ClaimId, clause: string): Reading[] {
  const valid = (keys: string[]) => keys.length > 0 && keys.every((k) => cellInfos(f).has(k));
  return specOf(id).readings(f, clause).filter(valid).map((keys) => ({ keys }));
}

function checkSentence(ctx: RuleContext, text: string, year: number | null): Finding[] {
  const out: Finding[] = [];
  for (const p of PATTERNS) {
    if (p.context && !p.context.test(text)) continue;
    p.words.lastIndex = 0;
    for (let m = p.words.exec(text); m; m = p.words.exec(text)) {
      if (!CLAUSE_END.test(text.slice(m.index + m[0].length))) continue;
      const clause = clauseAt(text, m.index);
      const words = [m[1], m[2]].filter((w): w is string => Boolean(w));
      for (const w of words) {
        const id = p.claim(w);
        const claim: ClaimMatch = { spec: specOf(id), words: w, start: m.index, end: m.index + m[0].length, joined: [], each: false };
        const clauseBefore = text.slice(clause.start, m.index);
        if (outOfScope({ claim, before: text.slice(0, m.index), clauseBefore, year })) continue;
        const valued = readingsOf(ctx.format, id, clause.text).flatMap((reading) => {
          const value = readingValue(ctx.report, ctx.format, reading);
          return value === null ? [] : [{ reading, value }];
        });
        if (valued.length === 0 || valued.some((v) => v.value === 0)) continue;
        const [primary] = valued;
        out.push({
          rule: "R8",
          severity: "warning",
          cells: findingCells(ctx.report, primary.reading.keys),
          left: 0,
          right: primary.value,
          difference: -primary.value,
          msg: {
            id: "narrative.R8.zeroMismatch",
            params: { quote: text, words: w, cell: readingLabel(ctx.format, primary.reading), table: primary.value },
          },
          quote: text,
        });
      }
    }
  }
  return out;
}

function run(ctx: RuleContext): Finding[] {
  const year = reportYear(ctx.report);
  const out: Finding[] = [];
  for (const id of NARRATIVE_SECTIONS) for (const s of eachSentence(ctx.report.narrative[id])) for (const f of checkSentence(ctx, s.text, year)) out.push(f);
  return out;
}

/** R8 — a "none" the narrative states in words agrees with the tables. */
export const R8_ZERO_CLAIMS: Rule = { id: "R8", run };
