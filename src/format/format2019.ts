// 国办公开办函〔2019〕60号: the trial format, for reports on 2019 and 2020.
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
    t2Group(
      "rules",
      T2_HEADINGS.item1,
      [
        { key: "made", label: "本年新制作数量" },
        { key: "published", label: "本年新公开数量" },
        { key: "totalPublished", label: "对外公开总数量" },
      ],
      [T2_ROWS.regulations, { key: "normative", label: "规范性文件" }],
    ),
    t2Group("licensing", T2_HEADINGS.item5, itemColumns, [T2_ROWS.license, { key: "otherService", label: "其他对外管理服务事项" }]),
    t2Group("enforcement", T2_HEADINGS.item6, itemColumns, [T2_ROWS.penalty, T2_ROWS.coercion]),
    t2Group("charges", T2_HEADINGS.item8, [prev, change], [T2_ROWS.fees]),
    t2Group(
      "procurement",
      T2_HEADINGS.item9,
      [
        { key: "count", label: "采购项目数量" },
        { key: "amount", label: "采购总金额", kind: "amount" },
      ],
      [{ key: "procurement", label: "政府集中采购" }],
    ),
  ],
  t3: t3Spec([{ key: "other", label: T3_OTHER, parents: [T3_RESULTS] }]),
  t4: T4,
};
