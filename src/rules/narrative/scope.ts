// What makes a number out of R8's scope: a number can sit right after a claim's words and still not
// be the table's figure — a change on last year, another year's count, a count filed for the record
// (备案), a sub-count by channel or topic, another body's cases, petitions and hotline calls.
// The bar is no false alarms, so anything that might change the meaning puts the number out of scope.
import type { ReportData } from "../../model/report";
import type { ClaimMatch } from "./claims";
import { findNumbers } from "./numbers";
import { NARRATIVE_SECTIONS } from "../../format";

export type ScopeReason =
  | "change" // 同比增长 15 件, 比上年减少
  | "filing" // 行政复议备案 3 件: filed for the record, not table 四's cases
  | "otherBody" // 代区政府答复, 下级单位, 全区 totals in a department's report
  | "otherYear" // 2023 年收到申请 40 件, 上年, 累计
  | "petition" // 信访案件, 来电, 12345 热线: not applications under the 条例
  | "channel" // 其中网上申请 40 件: a breakdown by channel
  | "topic" // 涉及社保的申请 30 件: a breakdown by subject
  | "average" // 平均, 日均
  | "approx" // 全年约受理申请 60 件
  | "subCount"; // a total named after 其中 is a part of something else

/** Reasons that, when a total is out of scope, carry to the rest of its sentence: the results stated
 *  after it are that subset's, that year's or that body's too ("上年收到申请 40 件，其中予以公开 20 件"). */
export const SENTENCE_REASONS: ReadonlySet<ScopeReason> = new Set<ScopeReason>([
  "channel", "topic", "subCount", "otherYear", "otherBody", "filing",
]);

const CHANGE = /同比|环比|[比较](?:上年|去年|上一年|往年|\s*\d{4}\s*年)|增长|增加|新增|减少|下降|上升|提高|降低|增幅|降幅|减幅|多收|少收|翻番|持平/;
const FILING = /备案/;
const OTHER_BODY = /代为|代理|代[区市县镇街省]|代政府|代管|下级|下属|所属|全区|全市|全县|全省|全州|全旗|各镇|各街|镇街|各部门|各单位|系统内|区属|市属|县属|各区|各县/;
// 上年 is another year except in 上年结转 (table 三's carried-in row).
const OTHER_YEAR_WORDS = /(?:上一?年度?|去年)(?!度?结转)|前年|往年|历年|累计|以来|近[一二三四五两\d]+年/;
const PETITION = /信访|来电|热线|来访|接访|咨询|投诉|举报|12345|意见建议|留言/;
const CHANNEL = /网上|网络|在线|线上|信函|邮寄|来信|当面|现场|窗口|传真|电子邮件|邮件|电话|政府网站|平台|微信/;
const TOPIC = /涉及|关于|有关|针对|反映|主要集中/;
const AVERAGE = /平均|人均|日均|月均|均值/;
const APPROX = /约|将近|近|超过|逾|左右|以上|余件|多件/;

export interface ScopeInput {
  claim: ClaimMatch;
  /** The sentence up to the number. */
  before: string;
  /** The number's clause up to the number. */
  clauseBefore: string;
  /** The report's year (given or inferred); null when unknown. */
  year: number | null;
}

/** Why the number is not the table's figure, or null when it is in scope. */
export function outOfScope({ claim, before, clauseBefore, year }: ScopeInput): ScopeReason | null {
  if (FILING.test(clauseBefore)) return "filing";
  if (CHANGE.test(clauseBefore)) return "change";
  if (AVERAGE.test(clauseBefore)) return "average";
  if (APPROX.test(clauseBefore)) return "approx";
  if (OTHER_YEAR_WORDS.test(clauseBefore) || otherYearBefore(before, year)) return "otherYear";
  if (OTHER_BODY.test(before)) return "otherBody";
  if (PETITION.test(before)) return "petition";
  if (CHANNEL.test(clauseBefore)) return "channel";
  if (TOPIC.test(clauseBefore)) return "topic";
  // 其中 in the same statement (up to a ；) makes a total a part: "其中延期答复 3 件".
  if (claim.spec.kind === "total" && /其中/.test(before.split(/[；;]/).pop() ?? "")) return "subCount";
  return null;
}

/** The nearest year written before the number, if it is not the report's year. With no known
 *  report year any written year is treated as possibly another. */
function otherYearBefore(before: string, year: number | null): boolean {
  const years = findNumbers(before).filter((m) => m.unit === "年" && m.value >= 1990 && m.value <= 2100);
  if (years.length === 0) return false;
  return years[years.length - 1].value !== year;
}

/** The report's year: as given, or the year the narrative names most often ("2024 年"). */
export function reportYear(report: ReportData): number | null {
  if (report.year) return report.year;
  const counts = new Map<number, number>();
  for (const id of NARRATIVE_SECTIONS) {
    for (const m of findNumbers(report.narrative[id] ?? "")) {
      if (m.unit === "年" && m.value >= 1990 && m.value <= 2100) counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}
