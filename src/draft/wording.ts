// The words drafts use, as published reports word them, chosen so that R8 reads every figure back
// (tests/draft/agrees-with-r8.test.ts proves it). One place for the drafting vocabulary.

/** Table 三's results in the order reports list them: the words, and the rows they sum. */
export const RESULT_WORDS: [string, RegExp][] = [
  ["予以公开", /^granted$/],
  ["部分公开", /^partial$/],
  ["不予公开", /^withheld/],
  ["无法提供", /^unable/],
  ["不予处理", /^refused/],
  ["其他处理", /^other\d*$/],
];

export const W = {
  thisYear: "本年度",
  us: "本机关",
  received: "新收政府信息公开申请{n}件",
  carriedIn: "上年结转政府信息公开申请{n}件",
  noApplications: "未收到政府信息公开申请",
  answered: "共办结政府信息公开申请{n}件",
  carriedOut: "结转下年度继续办理{n}件",
  fromNatural: "收到自然人申请{n}件",
  fromOrgs: "收到法人或其他组织申请{n}件",
  answeredOf: "办结申请{n}件",
  noAppeals: "未发生政府信息公开行政复议、行政诉讼",
  noReview: "未发生政府信息公开行政复议",
  noSuit: "未发生政府信息公开行政诉讼",
  review: "因政府信息公开被申请行政复议{n}件",
  suit: "因政府信息公开被提起行政诉讼{n}件",
  yoyUp: "同比增长{p}%",
  yoyDown: "同比下降{p}%",
  yoySame: "与上年持平",
  fees: "收取行政事业性收费{n}万元",
  noFees: "未收取行政事业性收费",
} as const;

/** Table 二: per rules row, the verb each column is stated with ("制发规章 2 件"). */
export const T2_RULE_VERBS: Record<string, string> = {
  issued: "制发",
  repealed: "废止",
  inForce: "现行有效",
  made: "新制作",
};

/** Table 二's decisions rows: "作出行政许可决定 12 件". */
export const T2_DECISION_ROWS = ["license", "penalty", "coercion"] as const;
