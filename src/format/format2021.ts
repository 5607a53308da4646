// 国办公开办函〔2021〕30号: the format for reports on 2021 and later years.
import {
  CONTENT_LABEL,
  DECISIONS,
  SECTIONS,
  T3_APPLICANT_HEADER,
  T3_COLUMNS,
  T3_HEAD_ROWS,
  T3_NOTE,
  T3_ORG_HEADER,
  T3_OTHER,
  T3_RESULTS,
  T3_TAIL_ROWS,
  T4,
  TITLE_SUFFIX,
} from "./common";
import type { FormatSpec } from "./types";

const decisions = [{ key: "decisions", label: DECISIONS }];

export const FORMAT_2021: FormatSpec = {
  id: "2021",
  source: "国办公开办函〔2021〕30号",
  years: [2021, null],
  titleSuffix: TITLE_SUFFIX,
  sections: SECTIONS,
  t2: [
    {
      key: "rules",
      heading: "第二十条第（一）项",
      contentLabel: CONTENT_LABEL,
      columns: [
        { key: "issued", label: "本年制发件数" },
        { key: "repealed", label: "本年废止件数" },
        { key: "inForce", label: "现行有效件数" },
      ],
      rows: [
        { key: "regulations", label: "规章" },
        { key: "normative", label: "行政规范性文件" },
      ],
    },
    {
      key: "licensing",
      heading: "第二十条第（五）项",
      contentLabel: CONTENT_LABEL,
      columns: decisions,
      rows: [{ key: "license", label: "行政许可" }],
    },
    {
      key: "enforcement",
      heading: "第二十条第（六）项",
      contentLabel: CONTENT_LABEL,
      columns: decisions,
      rows: [
        { key: "penalty", label: "行政处罚" },
        { key: "coercion", label: "行政强制" },
      ],
    },
    {
      key: "charges",
      heading: "第二十条第（八）项",
      contentLabel: CONTENT_LABEL,
      columns: [{ key: "amount", label: "本年收费金额（单位：万元）", kind: "amount" }],
      rows: [{ key: "fees", label: "行政事业性收费" }],
    },
  ],
  t3: {
    note: T3_NOTE,
    applicantHeader: T3_APPLICANT_HEADER,
    orgHeader: T3_ORG_HEADER,
    columns: T3_COLUMNS,
    rows: [
      ...T3_HEAD_ROWS,
      {
        key: "other1",
        label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        parents: [T3_RESULTS, T3_OTHER],
      },
      {
        key: "other2",
        label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        parents: [T3_RESULTS, T3_OTHER],
      },
      { key: "other3", label: "3.其他", parents: [T3_RESULTS, T3_OTHER] },
      ...T3_TAIL_ROWS,
    ],
  },
  t4: T4,
};
