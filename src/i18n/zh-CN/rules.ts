// Rule messages (zh-CN). Keys match src/i18n/en-US/rules.ts.
export const RULES: Record<string, string> = {
  "table.t2": "表二",
  "table.t3": "表三",
  "table.t4": "表四",
  "cell.rowColumn": "{table}「{row}」·{column}",
  "cell.t4": "{table}「{group}」·{column}",

  "R1.unbalanced":
    "表三「{column}」列：第一项加第二项之和（{left}）应等于第三项加第四项之和（{right}），相差 {diff}。",
  "R2.unbalanced": "表三「{column}」列：（七）总计为 {left}，但第三项各办理结果之和为 {right}，相差 {diff}。",
  "R3.unbalanced": "表三「{row}」行：总计为 {left}，但各类申请人之和为 {right}，相差 {diff}。",
  "R4.unbalanced": "表四「{group}」：总计为 {left}，但结果维持、结果纠正、其他结果、尚未审结之和为 {right}，相差 {diff}。",
  "sum.blanksAsZero": "（其中空白或“/”按 0 计）",
  "sum.guessed": "（其中文字单元格按其可能的数字计）",
  "rule.unevaluableUnread": "{what}无法校验：{cell} 没有从原文读出（见表格结构中的读取问题）。",
  "rule.unevaluableUnreadMany": "{what}等 {count} 项无法校验：{cell} 等 {n} 个数字没有从原文读出（见表格结构中的读取问题）。",
  "rule.unevaluable": "{what}无法校验：{cell} 不是可识别的数字。",
  "R1.what": "表三「{column}」列的勾稽关系",
  "R2.what": "表三「{column}」列的总计",
  "R3.what": "表三「{row}」行的总计",
  "R4.what": "表四「{group}」的总计",
  "R6.what": "表三「{column}」列的上年结转与上年报告的比对",
  "R7.what": "表二「{row}」的现行有效件数与上年的比对",

  "R5.blank": "{cell} 为空：没有发生请填写 0。",
  "R5.nodata": "{cell} 填写了“{raw}”：统计表中应填写数字，没有发生请填写 0。",
  "R5.textGuess": "{cell} 填写的“{raw}”不是数字，可能是 {guess}：请只填写数字。",
  "R5.text": "{cell} 填写的“{raw}”不是数字：请填写数字。",
  "R5.negative": "{cell} 为负数（{value}）：应为不小于 0 的数。",
  "R5.fraction": "{cell} 为 {value}：件数应为整数。",
  "R5.columnBlank": "{table}「{column}」列从上到下全部为空：没有发生请填写 0。",
  "R5.notCount": "{cell} 填写的“{raw}”不像件数：超过 10 亿（可能误贴了身份证号等长数字），请核对后填写。",
  "R5.date": "{cell} 填写的是日期（{raw}），不是数字：请填写件数（单元格格式应为“常规”或“数值”）。",
  "R5.boolean": "{cell} 填写的是逻辑值 {raw}，不是数字：请填写件数。",
  "R5.tableEmpty": "{table}尚未填写任何数字。",

  "R6.mismatch":
    "表三「{column}」列：上年结转（{left}）应等于上年报告的结转下年度继续办理（{right}），相差 {diff}。",
  "R7.mismatch":
    "表二「{row}」：现行有效件数（{left}）应等于上年现行有效件数 {prior} 加本年制发 {issued} 减本年废止 {repealed}（{right}），相差 {diff}。",

  "R10.formatForYear": "{year} 年度的报告应使用{expected}格式，但本报告使用的是{actual}格式。",
  "R10.yearUnknown": "没有找到报告年度，无法判断应使用哪一版格式。",
  "format.2019": "2019 年试行（国办公开办函〔2019〕60号）",
  "format.2021": "2021 年（国办公开办函〔2021〕30号）",
  "rule.unevaluableUnknown": "{what}无法校验：{cell} 是汇总中的“未知”数（有的单位没有提供这个数，见明细表）。",
};
