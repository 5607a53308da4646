// The table of claims: which words, written just before a number, name which table value. A claim
// has one or more readings, because reports word the same figure differently ("收到申请" is 本年新收
// in one report, 新收 + 上年结转 in another); R8 reports only when no reading matches.
import { cellKey, t3TotalsMatching } from "../../format";
import type { CellKey, FormatSpec } from "../../format";

export type ClaimId =
  | "received" | "counted" | "handled" | "answered" | "opened" | "granted" | "partial" | "withheld"
  | "unable" | "notHeld" | "refused" | "otherHandling" | "carriedIn" | "carriedOut"
  | "review" | "suit" | "regulations" | "normative" | "license" | "penalty" | "coercion";

/** What a claim counts: totals of applications (其中 may make them a sub-count), results of
 *  handling, appeals (table 四), and table 二 figures. */
export type ClaimKind = "total" | "result" | "appeal" | "t2";

/** One reading: the sum of these cells (plus, for "received", the withdrawn applications). */
export interface Reading {
  keys: CellKey[];
  /** Applications the narrative says were withdrawn, added to the table's count. */
  withdrawn?: number;
}

export interface ClaimSpec {
  id: ClaimId;
  kind: ClaimKind;
  /** The words, matched in the text just before the number. */
  words: RegExp;
  /** The words do not count when the text before them ends with this. Stands in for a lookbehind,
   *  which the WebViews of Office 2019 (EdgeHTML) and older Mac Safari cannot even parse. */
  notAfter?: RegExp;
  /** The readings, as cell keys of the format; readings naming a cell the format lacks are dropped. */
  readings(f: FormatSpec, clause: string): CellKey[][];
  /** Received applications may be stated before withdrawn ones were taken out of the count. */
  addsWithdrawn?: true;
  /** The claim counts only if the clause before the number also says this (e.g. 决定 for 行政处罚). */
  requires?: RegExp;
  /** The claim counts only if the sentence before the number says this: words that are also used
   *  of other counts need the sentence to be about applications or about this agency's cases. */
  context?: RegExp;
  /** The claim does not count when the clause before the number says this: the same verbs are used
   *  of other case loads (行政许可事项办理 603 件). */
  unless?: RegExp;
}

// 办理 / 答复 of an application, not of licences, penalties, reviews, suits or petitions.
const APPLICATION_CONTEXT = /申请/;
const OTHER_CASELOADS = /许可|处罚|强制|复议|诉讼|应诉|信访|来信|来访|投诉|举报|热线|案件/;

// What may stand between a verb and 申请 ("收到政府信息公开申请"): not a clause mark, not a number,
// and not the words of another count's 申请 (行政复议申请, 行政许可申请).
const MID = "[^，；。、\\d复诉许罚]{0,12}?";

const APPEAL_CONTEXT = /信息公开|被申请|被提起|被诉|被起诉|引发|针对本|对本(?:机关|局|单位|委|办)/;

const t3 = (row: string) => cellKey("t3", row, "total");
const t3Group = t3TotalsMatching;
const t4 = (group: string) => cellKey("t4", group, "total");

// 规章 and 行政规范性文件: 制发 is the year's count; 废止 and 现行有效 are the table's other columns.
// Without one of these verbs (清理, 审核, 公开 …) the number is some other count: no claim.
function t2RulesReadings(row: string) {
  return (f: FormatSpec, clause: string): CellKey[][] => {
    const cols = new Set(f.t2.find((g) => g.rows.some((r) => r.key === row))?.columns.map((c) => c.key) ?? []);
    const col = (a: string, b: string) => cellKey("t2", row, cols.has(a) ? a : b);
    if (/废止/.test(clause)) return [[col("repealed", "repealed")]];
    if (/现行有效|有效/.test(clause)) return [[col("inForce", "totalPublished")]];
    if (/制发|印发|出台|制定|发布|新制作/.test(clause)) return [[col("issued", "made")]];
    return [];
  };
}

const decisions = (row: string) => (): CellKey[][] => [[cellKey("t2", row, "decisions")]];

// Order does not matter: the match nearest the number wins, and the longer on a tie
// (不予公开 over 公开, 不予处理 over 处理).
export const CLAIMS: ClaimSpec[] = [
  {
    id: "received",
    kind: "total",
    words: new RegExp(`(?:收到|受理|新收|接收|接到|收悉|共收)${MID}申请|申请(?:总量|总数|数量|量)`, "g"),
    readings: () => [[t3("new")], [t3("new"), t3("carriedIn")]],
    addsWithdrawn: true,
  },
  {
    id: "counted",
    kind: "total",
    words: /(?:列入|纳入|计入)统计/g,
    readings: () => [[t3("new")], [t3("new"), t3("carriedIn")]],
  },
  {
    // 答复 and 办结 are the year's answered applications: （七）总计.
    id: "answered",
    kind: "total",
    words: new RegExp(`(?:答复|办结|完成)(?:了)?(?:${MID}申请)?`, "g"),
    readings: () => [[t3("total")]],
    context: APPLICATION_CONTEXT,
    unless: OTHER_CASELOADS,
  },
  {
    // 办理 and 处理 may include what is still in hand and carried to next year.
    id: "handled",
    kind: "total",
    words: new RegExp(`(?:办理|处理)(?!费)(?:了)?(?:${MID}申请)?`, "g"),
    readings: () => [[t3("total")], [t3("total"), t3("carriedOut")]],
    context: APPLICATION_CONTEXT,
    unless: OTHER_CASELOADS,
  },
  {
    // 公开 alone: 予以公开 and 部分公开 together (the sample: 其中公开 31 件（予以公开 25 件、部分公开 6 件）).
    // Not the 公开 of 主动公开, 依申请公开, 信息公开, 政务公开 or 公开申请.
    id: "opened",
    kind: "result",
    words: /(?:同意|准予)?公开(?![申指工栏目平年渠形内容方属])/g,
    notAfter: /[予分动请息务开不]$/,
    readings: () => [[t3("granted"), t3("partial")], [t3("granted")]],
    // "共公开 2391 条" is 主动公开: only a sentence about applications makes 公开 a result.
    context: /申请|答复|办结|办理/,
  },
  { id: "granted", kind: "result", words: /予以公开|全部公开|准予公开/g, readings: () => [[t3("granted")]] },
  { id: "partial", kind: "result", words: /部分公开/g, readings: () => [[t3("partial")]] },
  { id: "withheld", kind: "result", words: /不予公开/g, readings: (f) => [t3Group(f, /^withheld/)] },
  { id: "unable", kind: "result", words: /无法提供/g, readings: (f) => [t3Group(f, /^unable/)] },
  {
    id: "notHeld",
    kind: "result",
    words: /(?:本机关)?不掌握(?:相关)?(?:政府)?信息|信息不存在/g,
    readings: (f) => [[t3("unable1")], t3Group(f, /^unable/)],
  },
  { id: "refused", kind: "result", words: /不予处理/g, readings: (f) => [t3Group(f, /^refused/)] },
  { id: "otherHandling", kind: "result", words: /其他处理/g, readings: (f) => [t3Group(f, /^other\d*$/)] },
  { id: "carriedIn", kind: "total", words: /(?:上一?年度?|去年)结转(?:的)?(?:政府信息公开)?(?:申请)?(?:数量)?/g, readings: () => [[t3("carriedIn")]] },
  {
    id: "carriedOut",
    kind: "result",
    words: /结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?|转入下一?年度?|(?:尚在|正在|仍在)办理(?:中)?|未办结/g,
    readings: () => [[t3("carriedOut")]],
  },
  // Table 四 counts reviews and suits against this agency over information disclosure. A 司法局 that
  // decides reviews ("受理行政复议申请 120 件", "公开行政复议决定书 80 份") states other counts, so
  // the sentence must say it is about disclosure or about the agency being the respondent.
  { id: "review", kind: "appeal", words: /行政复议(?:申请)?/g, readings: () => [[t4("review")]], context: APPEAL_CONTEXT },
  {
    id: "suit",
    kind: "appeal",
    words: /行政诉讼|行政应诉/g,
    readings: () => [[t4("suitDirect"), t4("suitAfterReview")]],
    context: APPEAL_CONTEXT,
  },
  { id: "regulations", kind: "t2", words: /规章(?!制度)/g, notAfter: /部门$/, readings: t2RulesReadings("regulations") },
  { id: "normative", kind: "t2", words: /(?:行政)?规范性文件/g, readings: t2RulesReadings("normative") },
  // Table 二's decisions: a bare "行政许可 12 项" may be items or matters, so a verb or 决定 is required.
  { id: "license", kind: "t2", words: /行政许可/g, readings: decisions("license"), requires: /决定|作出|办理|办结|审批/ },
  { id: "penalty", kind: "t2", words: /行政处罚/g, readings: decisions("penalty"), requires: /决定|作出|办理|办结/ },
  { id: "coercion", kind: "t2", words: /行政强制/g, readings: decisions("coercion"), requires: /决定|作出|办理|办结|实施/ },
];

/** Between the claim's words and the number only filler may stand: 共, 共计, 为, 达, 案件 …
 *  Anything else means the number belongs to other words. */
const GAP = /^(?:\s|共计|合计|总计|累计|共|计|为|达到|达|有|了|的|数量|总数|件数|数|量|案件|案|事项|申请|决定书|决定|各|分别为|分别|是)*$/;

export interface ClaimMatch {
  spec: ClaimSpec;
  /** The words as written. */
  words: string;
  start: number;
  end: number;
  /** Claims joined to this one by 、和及与 ("行政复议、行政诉讼各 0 件"), nearest first. */
  joined: ClaimMatch[];
  /** "各": the number applies to each joined claim, not to their sum. */
  each: boolean;
}

interface Hit {
  spec: ClaimSpec;
  words: string;
  start: number;
  end: number;
}

function hits(segment: string): Hit[] {
  const out: Hit[] = [];
  for (const spec of CLAIMS) {
    spec.words.lastIndex = 0;
    for (let m = spec.words.exec(segment); m; m = spec.words.exec(segment)) {
      if (spec.notAfter?.test(segment.slice(0, m.index))) continue;
      out.push({ spec, words: m[0], start: m.index, end: m.index + m[0].length });
      if (m[0] === "") spec.words.lastIndex++;
    }
  }
  // Nearest the end first; on a tie the longer (不予公开 beats 公开).
  return out.sort((a, b) => b.end - a.end || a.start - b.start);
}

/** The claim a number states, from `segment` — the text between the previous number (or the clause
 *  start) and the number. Null when no claim's words stand right before it. */
export function claimBefore(segment: string): ClaimMatch | null {
  const all = hits(segment);
  const first = all.find((h) => GAP.test(segment.slice(h.end)) && segment.slice(h.end).length <= 12);
  if (!first) return null;
  const joined: ClaimMatch[] = [];
  let edge = first.start;
  for (const h of all) {
    if (h.end > edge || h === first) continue;
    if (!/^[、和及与或\s]+$/.test(segment.slice(h.end, edge))) break;
    joined.push({ ...h, joined: [], each: false });
    edge = h.start;
  }
  return { ...first, joined, each: /各/.test(segment.slice(first.end)) };
}

// "收到自然人申请 50 件": a claim about one applicant column of table 三.
const APPLICANTS: [RegExp, string[]][] = [
  [/自然人|公民/, ["natural"]],
  [/法人或其他组织|法人和其他组织/, ["business", "research", "nonprofit", "legal", "otherOrg"]],
  [/商业企业|企业/, ["business"]],
  [/科研机构/, ["research"]],
  [/社会公益组织|公益组织/, ["nonprofit"]],
  [/法律服务机构|律师/, ["legal"]],
];

/** The readings of `readings` for the applicant columns the clause names; [] when it names none.
 *  "自然人、法人或其他组织提出的申请" names all of them: the 总计 reading stays, so nothing is lost. */
export function applicantReadings(readings: CellKey[][], clauseBefore: string): CellKey[][] {
  const out: CellKey[][] = [];
  for (const [words, cols] of APPLICANTS) {
    if (!words.test(clauseBefore)) continue;
    for (const keys of readings) {
      if (!keys.every((k) => /^t3\..+\.total$/.test(k))) continue;
      out.push(keys.flatMap((k) => cols.map((c) => k.replace(/\.total$/, `.${c}`))));
    }
  }
  return out;
}
