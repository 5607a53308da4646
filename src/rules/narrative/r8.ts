// R8: the figures the narrative states agree with the tables. Every count that stands right after a
// claim's words (claims.ts) and is in scope (scope.ts) is compared with each reading of the claim;
// a warning only when no reading matches — a false alarm costs a reviewer's trust.
import { NARRATIVE_SECTIONS, cellInfos } from "../../format";
import type { FormatSpec } from "../../format";
import type { ReportData } from "../../model/report";
import type { Finding, Rule, RuleContext } from "../types";
import { applicantReadings, claimBefore } from "./claims";
import type { ClaimMatch, ClaimSpec, Reading } from "./claims";
import { findNumbers, isCount } from "./numbers";
import type { NumberMention } from "./numbers";
import { SENTENCE_REASONS, outOfScope, reportYear } from "./scope";
import { clauseAt, eachSentence } from "./sentences";
import type { Sentence } from "./sentences";
import { findingCells, readingLabel, readingValue } from "./values";

/** A count the narrative states, tied to its claim, before it is compared. */
export interface NarrativeClaim {
  sentence: string;
  mention: NumberMention;
  claim: ClaimMatch;
  clauseBefore: string;
}

/** Applications the section says were withdrawn (申请人自行撤销 5 件): some reports state the
 *  received count before taking them out, so "received" may be new + withdrawn. */
export function withdrawnIn(all: Iterable<Sentence>): number {
  let n = 0;
  for (const s of all) {
    let prevEnd = 0;
    for (const m of findNumbers(s.text)) {
      const segment = s.text.slice(Math.max(prevEnd, clauseAt(s.text, m.start).start), m.start);
      prevEnd = m.end;
      if (isCount(m) && /撤销|撤回|撤申/.test(segment)) n += m.value;
    }
  }
  return n;
}

/** The in-scope claims of one sentence, in order. */
export function claimsIn(sentence: string, year: number | null): NarrativeClaim[] {
  const out: NarrativeClaim[] = [];
  let prevEnd = 0;
  // Once a total in this sentence is out of scope as a subset, another year's or another body's,
  // what follows it is too: "收到涉及社保的申请 30 件，其中予以公开 10 件".
  let subset = false;
  for (const mention of findNumbers(sentence)) {
    const clause = clauseAt(sentence, mention.start);
    const segment = sentence.slice(Math.max(prevEnd, clause.start), mention.start);
    prevEnd = mention.end;
    if (!isCount(mention)) continue;
    const claim = claimBefore(segment);
    if (!claim) continue;
    const clauseBefore = sentence.slice(clause.start, mention.start);
    const before = sentence.slice(0, mention.start);
    const reason = outOfScope({ claim, before, clauseBefore, year });
    if (reason) {
      if (SENTENCE_REASONS.has(reason) && claim.spec.kind === "total") subset = true;
      continue;
    }
    if (subset || (claim.spec.requires && !claim.spec.requires.test(clauseBefore))) continue;
    if (claim.spec.context && !claim.spec.context.test(before)) continue;
    if (claim.spec.unless?.test(clauseBefore)) continue;
    out.push({ sentence, mention, claim, clauseBefore });
  }
  return out;
}

/** The readings of one claim's words, with withdrawn and applicant-column variants. */
function readingsOf(spec: ClaimSpec, f: FormatSpec, clauseBefore: string, withdrawn: number): Reading[] {
  // A reading naming a cell this format lacks (2019 has no t3 other2, no t2 repealed) is dropped.
  const valid = (keys: string[]) => keys.length > 0 && keys.every((k) => cellInfos(f).has(k));
  const base = spec.readings(f, clauseBefore).filter(valid);
  const all = [...base, ...applicantReadings(base, clauseBefore)];
  const out: Reading[] = all.map((keys) => ({ keys }));
  if (spec.addsWithdrawn && withdrawn > 0) out.push(...all.map((keys) => ({ keys, withdrawn })));
  return out;
}

interface Valued {
  reading: Reading;
  value: number;
}

function valued(report: ReportData, f: FormatSpec, readings: Reading[]): Valued[] {
  return readings.flatMap((reading) => {
    const value = readingValue(report, f, reading);
    return value === null ? [] : [{ reading, value }];
  });
}

function mismatch(ctx: RuleContext, c: NarrativeClaim, words: string, tried: Valued[]): Finding {
  const { report, format: f } = ctx;
  const [primary] = tried;
  const stated = c.mention.value;
  const label = readingLabel(f, primary.reading);
  const params: Record<string, string | number> = {
    quote: c.sentence,
    words,
    stated,
    cell: label,
    table: primary.value,
    diff: stated - primary.value,
  };
  let id = "narrative.R8.mismatch";
  if (tried.length > 1) {
    id = "narrative.R8.mismatchAny";
    params.readings = tried.map((t) => `${readingLabel(f, t.reading)} = ${t.value}`).join(" / "); // a separator both languages read
  }
  return {
    rule: "R8",
    severity: "warning",
    cells: findingCells(report, primary.reading.keys),
    left: stated,
    right: primary.value,
    difference: stated - primary.value,
    msg: { id, params },
    quote: c.sentence,
  };
}

/** Compares one claim with the tables: findings for what no reading explains. */
export function checkClaim(ctx: RuleContext, c: NarrativeClaim, withdrawn: number): Finding[] {
  const { report, format: f } = ctx;
  const stated = c.mention.value;
  const specs = [c.claim, ...c.claim.joined];
  const per = specs.map((m) => ({ m, tried: valued(report, f, readingsOf(m.spec, f, c.clauseBefore, withdrawn)) }));
  if (per.some((p) => p.tried.length === 0)) return []; // a table side unknown: nothing to compare
  // "行政复议、行政诉讼各 0 件": each claim on its own.
  if (c.claim.each) {
    return per.filter((p) => !p.tried.some((t) => t.value === stated)).map((p) => mismatch(ctx, c, p.m.words, p.tried));
  }
  if (specs.length === 1) {
    const [{ tried }] = per;
    return tried.some((t) => t.value === stated) ? [] : [mismatch(ctx, c, c.claim.words, tried)];
  }
  // "行政复议、行政诉讼案件 0 件": their sum, or each alike when the sentence means "各".
  const sum: Valued = {
    reading: { keys: per.flatMap((p) => p.tried[0].reading.keys) },
    value: per.reduce((a, p) => a + p.tried[0].value, 0),
  };
  if (sum.value === stated || per.every((p) => p.tried.some((t) => t.value === stated))) return [];
  const words = [...specs].reverse().map((m) => m.words).join("、");
  return [mismatch(ctx, c, words, [sum])];
}

function run(ctx: RuleContext): Finding[] {
  const year = reportYear(ctx.report);
  const out: Finding[] = [];
  for (const id of NARRATIVE_SECTIONS) {
    // Sentences are read twice rather than listed: a list of a long narrative's sentences is
    // several times its size.
    const text = ctx.report.narrative[id];
    const withdrawn = withdrawnIn(eachSentence(text));
    for (const s of eachSentence(text)) for (const c of claimsIn(s.text, year)) for (const f of checkClaim(ctx, c, withdrawn)) out.push(f);
  }
  return out;
}

/** R8 — numbers stated in the narrative agree with the tables (DESIGN §3). */
export const R8_NARRATIVE_NUMBERS: Rule = { id: "R8", run };
