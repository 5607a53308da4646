// R8, 同比 claims: "同比增长12.5%", "较上年减少3件", "与上年持平", checked against this year's tables and
// last year's figures, with the rounding the sentence itself uses. The figure a claim is about is the
// one stated right before it ("收到申请 62 件，同比增长 12.5%") or named right before it ("申请数量同比
// …"); anything less clear is left alone — a false alarm costs more than a missed one.
import { NARRATIVE_SECTIONS, cellInfos } from "../../format";
import type { CellKey } from "../../format";
import type { PriorFigures } from "../../model/report";
import { percentChange } from "../../yoy/compare";
import { isLastYear, lastYear, sumOf, thisYear } from "../../yoy/figures";
import type { Finding, Rule, RuleContext } from "../types";
import { claimBefore } from "./claims";
import type { ClaimMatch } from "./claims";
import { findNumbers, isCount } from "./numbers";
import { claimsIn } from "./r8";
import { outOfScope, reportYear } from "./scope";
import { clauseAt, eachSentence } from "./sentences";
import { findingCells, readingLabel } from "./values";

const UP = /^(?:增长|增加|上升|提高|多)$/;
// The comparison, then a verb of change or of no change.
const YOY =
  /(?:同比|与(?:上一?年度?|去年)(?:同期)?相比|较(?:上一?年度?|去年)|比(?:上一?年度?|去年)|[较比]\s*(\d{4})\s*年度?)(?:同期)?[，,]?\s*(?:(增长|增加|上升|提高|多|下降|减少|降低|少|回落)了?|(持平))|与(?:上一?年度?|去年)(?:同期)?(?:相比)?(持平)/g;

type Stated = { kind: "percent" | "count"; value: number; decimals: number; raw: string } | { kind: "same"; raw: string };

/** What the words after the verb state: a percentage, a count, or no change; null when unclear. */
function statedChange(text: string, m: RegExpExecArray): Stated | null {
  if (m[3] || m[4]) return { kind: "same", raw: m[0] };
  const after = text.slice(m.index + m[0].length);
  if (/^\s*(?:到|至|为)/.test(after)) return null; // 增长至 62 件: the new figure, not the change
  const [n] = findNumbers(after);
  if (!n || n.start > 1 || n.approx) return null;
  if (/^\s*百分点/.test(after.slice(n.end))) return null; // 答复率提高 3 个百分点: another measure
  const sign = UP.test(m[2]) ? 1 : -1;
  const decimals = (/[.．](\d+)/.exec(n.raw)?.[1] ?? "").length;
  const raw = m[0] + after.slice(0, n.end);
  if (n.unit === "%") return { kind: "percent", value: sign * n.value, decimals, raw };
  if (isCount(n)) return { kind: "count", value: sign * n.value, decimals: 0, raw };
  return null;
}

/** Within the rounding the sentence uses: rounded half up, or cut off (some clerks truncate). */
function agreesRounded(actual: number, stated: number, decimals: number): boolean {
  const unit = 10 ** -decimals;
  if (Math.abs(actual - stated) <= unit / 2 + 1e-9) return true;
  return stated >= 0 ? actual >= stated && actual < stated + unit : actual <= stated && actual > stated - unit;
}

interface Subject {
  claim: ClaimMatch;
  clauseBefore: string;
  /** The figure stated for this year, when the claim follows a number. */
  stated: number | null;
}

/** The figure the 同比 words at `at` are about, or null when that is not plain. */
function subjectOf(sentence: string, at: number, year: number | null): Subject | null {
  const clause = clauseAt(sentence, at);
  const segment = sentence.slice(clause.start, at);
  const named = claimBefore(segment);
  if (named) {
    if (outOfScope({ claim: named, before: sentence.slice(0, at), clauseBefore: segment, year })) return null;
    return { claim: named, clauseBefore: segment, stated: null };
  }
  const before = claimsIn(sentence.slice(0, at), year);
  const last = before[before.length - 1];
  if (!last || !/^[\s，,、（(]*$/.test(sentence.slice(last.mention.end, at))) return null;
  return { claim: last.claim, clauseBefore: last.clauseBefore, stated: last.mention.value };
}

function actualText(s: Stated, now: number, last: number): string {
  if (s.kind === "count" || s.kind === "same") return now === last ? "0" : `${now > last ? "+" : ""}${now - last}`;
  const pct = percentChange(now, last) ?? 0; // a percentage is stated only where last year was not 0
  return `${pct > 0 ? "+" : ""}${pct.toFixed(s.decimals)}%`;
}

function agrees(s: Stated, now: number, last: number): boolean | null {
  if (s.kind === "same") return now === last;
  if (s.kind === "count") return now - last === s.value;
  const pct = percentChange(now, last);
  return pct === null ? null : agreesRounded(pct, s.value, s.decimals); // no percentage of nothing
}

function checkSentence(ctx: RuleContext, prior: PriorFigures, text: string, year: number | null): Finding[] {
  const out: Finding[] = [];
  YOY.lastIndex = 0;
  for (let m = YOY.exec(text); m; m = YOY.exec(text)) {
    if (m[1] && year !== null && Number(m[1]) !== year - 1) continue; // 较2022年: not last year
    const stated = statedChange(text, m);
    const subject = stated && subjectOf(text, m.index, year);
    if (!stated || !subject || subject.claim.joined.length > 0) continue;
    const valid = (keys: CellKey[]) => keys.length > 0 && keys.every((k) => cellInfos(ctx.format).has(k));
    const tried = subject.claim.spec
      .readings(ctx.format, subject.clauseBefore)
      .filter(valid)
      .flatMap((keys) => {
        const now = sumOf(thisYear(ctx.report), keys);
        const last = sumOf(lastYear(prior), keys);
        if (now === null || last === null) return [];
        if (subject.stated !== null && now !== subject.stated) return []; // R8 itself reports that
        const ok = agrees(stated, now, last);
        return ok === null ? [] : [{ keys, now, last, ok }];
      });
    if (tried.length === 0 || tried.some((x) => x.ok)) continue;
    const [first] = tried;
    out.push({
      rule: "R8",
      severity: "warning",
      cells: findingCells(ctx.report, first.keys),
      msg: {
        id: "narrative.R8.yoyMismatch",
        params: {
          quote: text,
          words: stated.raw,
          cell: readingLabel(ctx.format, { keys: first.keys }),
          now: first.now,
          last: first.last,
          actual: actualText(stated, first.now, first.last),
        },
      },
      quote: text,
    });
  }
  return out;
}

function run(ctx: RuleContext): Finding[] {
  const prior = ctx.prior;
  if (!prior) return [];
  const year = reportYear(ctx.report);
  // Figures of some other year than last year's compare nothing the sentence says.
  if (!isLastYear(prior, year)) return [];
  const out: Finding[] = [];
  for (const id of NARRATIVE_SECTIONS) {
    for (const s of eachSentence(ctx.report.narrative[id])) for (const f of checkSentence(ctx, prior, s.text, year)) out.push(f);
  }
  return out;
}

/** R8 — the narrative's 同比 claims agree with this year's tables and last year's figures. */
export const R8_YOY_CLAIMS: Rule = { id: "R8", run };
