// The 信息处理费 statement of section 六 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号):
// how many fee notices were sent, the amount billed, the amount actually collected — or that no fee
// was charged. Read as data so R9 can say what is missing.
import { findNumbers, isMoney } from "./numbers";
import { clauseAt, eachSentence } from "./sentences";

export interface StatedFigure {
  value: number;
  sentence: string;
}

export interface FeeStatement {
  /** 发出收费通知 N 件. */
  notices: StatedFigure | null;
  /** 涉及收费金额 N 元. */
  billed: StatedFigure | null;
  /** 实际收取信息处理费 N 元. */
  collected: StatedFigure | null;
  /** A sentence saying no fee was charged (未收取信息处理费, 不涉及收费 …). */
  none: string | null;
  /** A sentence saying no fee notice was sent (未发出收费通知). */
  noNotices: string | null;
}

const NOTICE_UNITS = new Set(["件", "份", "次", "个", "条"]);
const NOTICES = /收费通知(?:书|单)?[^，；。\d]{0,6}$/;
const BILLED = /(?:收费金额|应收|涉及金额|计收|收费)[^，；。\d]{0,6}$/;
const COLLECTED = /(?:实际收取|实际收缴|实收|收取|收缴)[^，；。\d]{0,10}$|(?:收取|收缴)[^，；。\d]{0,16}(?:信息处理费|处理费)[^，；。\d]{0,3}$/;
// "逾期未按收费通知要求缴纳费用" (table 三's row) is the applicant not paying, not the agency not
// charging: 按 and 缴 may not stand between the negation and the fee.
const NONE =
  /(?:未|没有|无|不涉及|未曾|均未|不存在|免于|免收|不收取)[^，。；按缴]{0,8}?(?:收取|收费|信息处理费|处理费|费用)|(?:信息处理费|处理费|收费)[^，。；]{0,6}?(?:不涉及|为零|为\s*0(?![.\d])|无)/;
const NO_NOTICES = /(?:未|没有|无|未曾)(?:发出|发送|开具|出具)?[^，。；\d按缴]{0,4}收费通知/;

function figures(text: string): Pick<FeeStatement, "notices" | "billed" | "collected"> {
  const out: Pick<FeeStatement, "notices" | "billed" | "collected"> = { notices: null, billed: null, collected: null };
  for (const s of eachSentence(text)) {
    let prevEnd = 0;
    for (const m of findNumbers(s.text)) {
      const segment = s.text.slice(Math.max(prevEnd, clauseAt(s.text, m.start).start), m.start);
      prevEnd = m.end;
      // A sum in 万元 is turned into 元 so amounts compare whatever unit the report used.
      const fig = { value: m.unit === "万元" ? m.value * 10000 : m.value, sentence: s.text };
      if (NOTICE_UNITS.has(m.unit) && NOTICES.test(segment)) out.notices ??= fig;
      else if (isMoney(m) && /实际/.test(segment) && COLLECTED.test(segment)) out.collected ??= fig;
      else if (isMoney(m) && BILLED.test(segment)) out.billed ??= fig;
      else if (isMoney(m) && COLLECTED.test(segment)) out.collected ??= fig;
    }
  }
  return out;
}

/** What `text` says about the 信息处理费; null when it says nothing. */
export function feeStatement(text: string | undefined): FeeStatement | null {
  if (!text) return null;
  const found: FeeStatement = { ...figures(text), none: null, noNotices: null };
  for (const s of eachSentence(text)) {
    if (!found.noNotices && NO_NOTICES.test(s.text)) found.noNotices = s.text;
    if (!found.none && NONE.test(s.text)) found.none = s.text;
  }
  const said = found.notices || found.billed || found.collected || found.none || found.noNotices;
  return said ? found : null;
}

/** The fee notices the statement implies: the number stated, or 0 when it says none were sent or
 *  nothing was charged; null when it does not say. */
export function noticesStated(st: FeeStatement): StatedFigure | null {
  if (st.notices) return st.notices;
  const sentence = st.noNotices ?? st.none;
  return sentence ? { value: 0, sentence } : null;
}
