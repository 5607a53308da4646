// Parts the 2019 trial format and the 2021 format share word for word.
import type { ColumnSpec, RowSpec, SectionSpec, T2GroupSpec, T3RowSpec, T3Spec, T4Spec } from "./types";

export const T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

export const T3_COLUMNS: ColumnSpec[] = [
  { key: "natural", label: "自然人" },
  { key: "business", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "nonprofit", label: "社会公益组织" },
  { key: "legal", label: "法律服务机构" },
  { key: "otherOrg", label: "其他" },
  { key: "total", label: "总计" },
];

export const T3_RESULTS = "三、本年度办理结果";
export const T3_WITHHELD = "（三）不予公开";
export const T3_UNABLE = "（四）无法提供";
export const T3_REFUSED = "（五）不予处理";
export const T3_OTHER = "（六）其他处理";

const results = [T3_RESULTS];

/** Rows 1 to the end of （五）不予处理: the same in both formats. */
export const T3_HEAD_ROWS: T3RowSpec[] = [
  { key: "new", label: "一、本年新收政府信息公开申请数量", parents: [] },
  { key: "carriedIn", label: "二、上年结转政府信息公开申请数量", parents: [] },
  { key: "granted", label: "（一）予以公开", parents: results },
  { key: "partial", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", parents: results },
  { key: "withheld1", label: "1.属于国家秘密", parents: [T3_RESULTS, T3_WITHHELD] },
  { key: "withheld2", label: "2.其他法律行政法规禁止公开", parents: [T3_RESULTS, T3_WITHHELD] },
  { key: "withheld3", label: "3.危及“三安全一稳定”", parents: [T3_RESULTS, T3_WITHHELD] },
  { key: "withheld4", label: "4.保护第三方合法权益", parents: [T3_RESULTS, T3_WITHHELD] },
  { key: "withheld5", label: "5.属于三类内部事务信息", parents: [T3_RESULTS, T3_WITHHELD] },
  { key: "withheld6", label: "6.属于四类过程性信息", parents: [T3_RESULTS, T3_WITHHELD] },
  { key: "withheld7", label: "7.属于行政执法案卷", parents: [T3_RESULTS, T3_WITHHELD] },
  { key: "withheld8", label: "8.属于行政查询事项", parents: [T3_RESULTS, T3_WITHHELD] },
  { key: "unable1", label: "1.本机关不掌握相关政府信息", parents: [T3_RESULTS, T3_UNABLE] },
  { key: "unable2", label: "2.没有现成信息需要另行制作", parents: [T3_RESULTS, T3_UNABLE] },
  { key: "unable3", label: "3.补正后申请内容仍不明确", parents: [T3_RESULTS, T3_UNABLE] },
  { key: "refused1", label: "1.信访举报投诉类申请", parents: [T3_RESULTS, T3_REFUSED] },
  { key: "refused2", label: "2.重复申请", parents: [T3_RESULTS, T3_REFUSED] },
  { key: "refused3", label: "3.要求提供公开出版物", parents: [T3_RESULTS, T3_REFUSED] },
  { key: "refused4", label: "4.无正当理由大量反复申请", parents: [T3_RESULTS, T3_REFUSED] },
  { key: "refused5", label: "5.要求行政机关确认或重新出具已获取信息", parents: [T3_RESULTS, T3_REFUSED] },
];

export const T3_TAIL_ROWS: T3RowSpec[] = [
  { key: "total", label: "（七）总计", parents: results },
  { key: "carriedOut", label: "四、结转下年度继续办理", parents: [] },
];

export const T3_APPLICANT_HEADER = "申请人情况";
export const T3_ORG_HEADER = "法人或其他组织";

/** Table 三 of either format: the formats differ only in the rows of （六）其他处理. */
export function t3Spec(otherHandlingRows: T3RowSpec[]): T3Spec {
  return {
    note: T3_NOTE,
    applicantHeader: T3_APPLICANT_HEADER,
    orgHeader: T3_ORG_HEADER,
    columns: T3_COLUMNS,
    rows: [...T3_HEAD_ROWS, ...otherHandlingRows, ...T3_TAIL_ROWS],
  };
}

export const T4: T4Spec = {
  suitHeader: "行政诉讼",
  groups: [
    { key: "review", label: "行政复议" },
    { key: "suitDirect", label: "未经复议直接起诉", parent: "行政诉讼" },
    { key: "suitAfterReview", label: "复议后起诉", parent: "行政诉讼" },
  ],
  columns: [
    { key: "upheld", label: "结果维持" },
    { key: "corrected", label: "结果纠正" },
    { key: "other", label: "其他结果" },
    { key: "pending", label: "尚未审结" },
    { key: "total", label: "总计" },
  ],
};

export const SECTIONS: SectionSpec[] = [
  { id: "0", title: "" },
  {
    id: "1",
    title: "一、总体情况",
    subheads: [
      { key: "active", label: "（一）主动公开", topic: ["主动公开"] },
      { key: "request", label: "（二）依申请公开", topic: ["依申请公开", "政府信息公开申请"] },
      { key: "management", label: "（三）政府信息管理", topic: ["政府信息管理", "信息管理"] },
      { key: "platform", label: "（四）政府信息公开平台建设", topic: ["平台建设", "公开平台", "政务公开平台"] },
      { key: "oversight", label: "（五）监督保障", topic: ["监督保障"] },
    ],
  },
  { id: "2", title: "二、主动公开政府信息情况", table: "t2" },
  { id: "3", title: "三、收到和处理政府信息公开申请情况", table: "t3" },
  { id: "4", title: "四、政府信息公开行政复议、行政诉讼情况", table: "t4" },
  { id: "5", title: "五、存在的主要问题及改进情况" },
  { id: "6", title: "六、其他需要报告的事项" },
];

export const TITLE_SUFFIX = "政府信息公开工作年度报告";

// Table 二: the 第二十条 items and the rows both formats print.
export const T2_HEADINGS = {
  item1: "第二十条第（一）项",
  item5: "第二十条第（五）项",
  item6: "第二十条第（六）项",
  item8: "第二十条第（八）项",
  item9: "第二十条第（九）项",
} as const;

export const T2_ROWS = {
  regulations: { key: "regulations", label: "规章" },
  license: { key: "license", label: "行政许可" },
  penalty: { key: "penalty", label: "行政处罚" },
  coercion: { key: "coercion", label: "行政强制" },
  fees: { key: "fees", label: "行政事业性收费" },
} as const;

/** A table-二 group: every group's first column is 信息内容. */
export function t2Group(key: string, heading: string, columns: ColumnSpec[], rows: RowSpec[]): T2GroupSpec {
  return { key, heading, contentLabel: "信息内容", columns, rows };
}
