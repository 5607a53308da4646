// 国办公开办函〔2021〕30号: the format for reports on 2021 and later years.
import {
  SECTIONS,
  T2_HEADINGS,
  T2_ROWS,
  t2Group,
  T3_OTHER,
  T3_RESULTS,
  t3Spec,
  T4,
  TITLE_SUFFIX,
} from "./common";
import type { FormatSpec } from "./types";

const decisions = [{ key: "decisions", label: "本年处理决定数量" }];
const otherHandling = [T3_RESULTS, T3_OTHER];

export const FORMAT_2021: FormatSpec = {
  id: "2021",
  source: "国办公开办函〔2021〕30号",
  years: [2021, null],
  titleSuffix: TITLE_SUFFIX,
  sections: SECTIONS,
  t2: [
    t2Group(
      "rules",
      T2_HEADINGS.item1,
      [
        { key: "issued", label: "本年制发件数" },
        { key: "repealed", label: "本年废止件数" },
        { key: "inForce", label: "现行有效件数" },
      ],
      [T2_ROWS.regulations, { key: "normative", label: "行政规范性文件" }],
    ),
    t2Group("licensing", T2_HEADINGS.item5, decisions, [T2_ROWS.license]),
    t2Group("enforcement", T2_HEADINGS.item6, decisions, [T2_ROWS.penalty, T2_ROWS.coercion]),
    t2Group("charges", T2_HEADINGS.item8, [{ key: "amount", label: "本年收费金额（单位：万元）", kind: "amount" }], [T2_ROWS.fees]),
  ],
  t3: t3Spec([
    { key: "other1", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", parents: otherHandling },
    { key: "other2", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", parents: otherHandling },
    { key: "other3", label: "3.其他", parents: otherHandling },
  ]),
  t4: T4,
};
