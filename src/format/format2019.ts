// 国办公开办函〔2019〕60号: the trial format, for reports on 2019 and 2020.
import {
  CONTENT_LABEL,
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
import type { ColumnSpec, FormatSpec } from "./types";

const prev: ColumnSpec = { key: "previous", label: "上一年项目数量" };
const change: ColumnSpec = { key: "change", label: "本年增/减", kind: "delta" };
const itemColumns = [prev, change, { key: "decisions", label: "处理决定数量" }];

export const FORMAT_2019: FormatSpec = {
  id: "2019",
  source: "国办公开办函〔2019〕60号",
  years: [2019, 2020],
  titleSuffix: TITLE_SUFFIX,
  sections: SECTIONS,
  t2: [
    {
      key: "rules",
      heading: "第二十条第（一）项",
      contentLabel: CONTENT_LABEL,
      columns: [
        { key: "made", label: "本年新制作数量" },
        { key: "published", label: "本年新公开数量" },
        { key: "totalPublished", label: "对外公开总数量" },
      ],
      rows: [
        { key: "regulations", label: "规章" },
        { key: "normative", label: "规范性文件" },
      ],
    },
    {
      key: "licensing",
      heading: "第二十条第（五）项",
      contentLabel: CONTENT_LABEL,
      columns: itemColumns,
      rows: [
        { key: "license", label: "行政许可" },
        { key: "otherService", label: "其他对外管理服务事项" },
      ],
    },
    {
      key: "enforcement",
      heading: "第二十条第（六）项",
      contentLabel: CONTENT_LABEL,
      columns: itemColumns,
      rows: [
        { key: "penalty", label: "行政处罚" },
        { key: "coercion", label: "行政强制" },
      ],
    },
    {
      key: "charges",
      heading: "第二十条第（八）项",
      contentLabel: CONTENT_LABEL,
      columns: [prev, change],
      rows: [{ key: "fees", label: "行政事业性收费" }],
    },
    {
      key: "procurement",
      heading: "第二十条第（九）项",
      contentLabel: CONTENT_LABEL,
      columns: [
        { key: "count", label: "采购项目数量" },
        { key: "amount", label: "采购总金额", kind: "amount" },
      ],
      rows: [{ key: "procurement", label: "政府集中采购" }],
    },
  ],
  t3: {
    note: T3_NOTE,
    applicantHeader: T3_APPLICANT_HEADER,
    orgHeader: T3_ORG_HEADER,
    columns: T3_COLUMNS,
    rows: [...T3_HEAD_ROWS, { key: "other", label: T3_OTHER, parents: [T3_RESULTS] }, ...T3_TAIL_ROWS],
  },
  t4: T4,
};
