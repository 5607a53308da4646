// Section headings matched by meaning. Real reports word the six headings their own way:
// "五、政府信息公开工作存在的主要问题及改进情况", "五、存在问题及整改措施", "六、其他需报告的事项",
// "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", "一、政府信息公开总体工作情况",
// "三、依申请公开政府信息情况". A line is a section's heading when it is short, carries the section's
// numeral, and names the section's subject; table 三's own numbered rows (一、本年新收…数量,
// 四、结转下年度继续办理) are not headings.
import type { SectionId } from "../format";
import { foldText, labelKey } from "./normalize";

/** A heading is a line, not a sentence: longer lines are body text. */
export const MAX_HEADING = 40;

interface Meaning {
  numeral: string;
  /** What the heading is about, tested on its comparison key after the numeral. */
  subject: RegExp;
}

// Each subject is what the section reports on, in the words real headings use for it.
const MEANINGS: Record<Exclude<SectionId, "0">, Meaning> = {
  "1": { numeral: "一", subject: /总体|概述|概况|基本情况|总述|工作情况$/ },
  "2": { numeral: "二", subject: /主动公开/ },
  "3": { numeral: "三", subject: /申请/ },
  "4": { numeral: "四", subject: /复议|诉讼/ },
  "5": { numeral: "五", subject: /问题|不足|改进|整改/ },
  "6": { numeral: "六", subject: /其他|其它/ },
};

// Table 三's numbered rows name applications too: a count or a carry-over is a row, not a heading.
const TABLE_ROW = /数量$|结转|办理结果$/;

/** Whether `text` (a line as printed) is the heading of section `id`, worded however. */
export function isHeadingOf(text: string, id: Exclude<SectionId, "0">): boolean {
  const t = foldText(text).trim();
  if (t.length > MAX_HEADING) return false;
  const m = MEANINGS[id];
  // The numeral, then an enumeration mark: "五、", "五．", "五 、" (PDF spacing), "五.".
  const head = new RegExp(`^${m.numeral}\\s*[、，,.．]`).exec(t);
  if (!head) return false;
  const key = labelKey(t.slice(head[0].length));
  return key !== "" && m.subject.test(key) && !TABLE_ROW.test(key);
}
