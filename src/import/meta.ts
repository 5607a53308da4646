// The report's title, agency and year, from the lines before 一、总体情况:
// "广州市番禺区人力资源和社会保障局 / 2024 年政府信息公开工作年度报告" (agency on the line above) or
// "某某局2024年度政府信息公开工作年度报告" (agency before the year).
import { TITLE_SUFFIX } from "../format/common";
import type { Line } from "./lines";
import { foldText, labelKey, tidySpaces } from "./normalize";
import { PUNCT_CLASS } from "../model/punctuation";

const LEADING_PUNCT = new RegExp(`^[\\s${PUNCT_CLASS}]+`);
const PUNCT_CHAR = new RegExp(`[\\s${PUNCT_CLASS}]`);
/** Closing brackets and their opening ones: "某区财政局（本级）" ends in a bracket that is part of its name. */
const OPENER: Record<string, string> = { "）": "（", ")": "(", "】": "【", "〕": "〔", "]": "[", "」": "「", "》": "《", "〉": "〈" };

export interface ReportMeta {
  title: string | null;
  agency: string | null;
  year: number | null;
  /** The first line after the title (where section "0" starts); 0 when there is no title. */
  after: number;
}

// Real titles vary: "…政府信息公开工作年度报告", "…政府信息公开年度报告" (no 工作), "…政府信息公开工作年报".
const SUFFIX = new RegExp(`${labelKey(TITLE_SUFFIX).replace("工作", "(?:工作)?").replace("年度报告", "(?:年度报告|年报)")}`);
const isTitle = (key: string): boolean => SUFFIX.test(key);
// What a converted page leaves above the title, which is not an agency: "正文", "附件1", "首页".
const NOT_AGENCY = /^(?:正文|附件\s*\d*|首页|当前位置.*|来源.*|发布.*|字号.*|打印.*|信息公开|政务公开)$/;
const SEARCH_LINES = 60;
const CN_DIGITS: Record<string, string> = { 〇: "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const YEAR = /((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年度?/;

export function findMeta(lines: Line[], fallbackTitle = "", fileName = ""): ReportMeta {
  const seen: number[] = [];
  for (let i = 0; i < lines.length && seen.length < SEARCH_LINES; i++) {
    if (lines[i].text === "" || lines[i].cells) continue;
    seen.push(i);
    const key = labelKey(lines[i].text);
    if (key.length > 80) continue; // a paragraph, not a title
    if (isTitle(key) || nextCompletes(lines, i)) {
      const end = isTitle(key) ? i : nextNonEmpty(lines, i);
      const text = tidySpaces(lines.slice(i, end + 1).map((l) => foldText(l.raw)).join(""));
      const above = seen.length >= 2 ? foldText(lines[seen[seen.length - 2]].raw) : "";
      return { ...fromTitle(text, above), after: end + 1 };
    }
  }
  const fromPage = isTitle(labelKey(fallbackTitle)) ? fromTitle(tidySpaces(foldText(fallbackTitle)), "") : null;
  return {
    title: fromPage?.title ?? null,
    agency: fromPage?.agency ?? null,
    year: fromPage?.year ?? yearIn(fileName),
    after: 0,
  };
}

function fromTitle(text: string, above: string): Omit<ReportMeta, "after"> {
  const m = YEAR.exec(text);
  const year = m ? toYear(m[1]) : null;
  let agency = m ? cleanAgency(text.slice(0, m.index)) : "";
  let title = text;
  const aboveAgency = cleanAgency(tidySpaces(above));
  if (agency === "" && aboveAgency.length >= 3 && aboveAgency.length <= 40 && !/[。；，]/.test(aboveAgency) && !NOT_AGENCY.test(aboveAgency)) {
    agency = aboveAgency;
    title = aboveAgency + text;
  }
  return { title, agency: agency || null, year };
}

function cleanAgency(s: string): string {
  const agency = trimPunct(s.replace(/关于$/, ""));
  return NOT_AGENCY.test(agency) ? "" : agency;
}

/** The text without punctuation at its edges, except a closing bracket that closes one opened inside it. */
function trimPunct(s: string): string {
  const chars = [...s.replace(LEADING_PUNCT, "")];
  while (chars.length > 0 && PUNCT_CHAR.test(chars[chars.length - 1])) {
    const last = chars[chars.length - 1];
    const opener = OPENER[last];
    if (opener !== undefined) {
      const opened = chars.filter((c) => c === opener).length;
      const closed = chars.filter((c) => c === last).length;
      if (opened >= closed) break;
    }
    chars.pop();
  }
  return chars.join("");
}

function toYear(s: string): number {
  return Number(s.replace(/[〇零一二三四五六七八九]/g, (c) => CN_DIGITS[c]));
}

function yearIn(fileName: string): number | null {
  const m = /(?:19|20)\d{2}/.exec(fileName);
  return m ? Number(m[0]) : null;
}

function nextNonEmpty(lines: Line[], i: number): number {
  let j = i + 1;
  while (j < lines.length && lines[j].text === "") j++;
  return j < lines.length ? j : i;
}

/** A title broken over two lines: "…政府信息公开工作年度" / "报告". */
function nextCompletes(lines: Line[], i: number): boolean {
  const key = labelKey(lines[i].text);
  if (!key.includes("政府信息")) return false;
  const j = nextNonEmpty(lines, i);
  return j !== i && isTitle(key + labelKey(lines[j].text));
}
