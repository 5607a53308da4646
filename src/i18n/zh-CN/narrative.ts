// Narrative rule messages (R8, R9), zh-CN. Keys match src/i18n/en-US/narrative.ts.
// {cell} is a table label from the format ("（一）予以公开·总计"), {quote} the sentence as written.
export const NARRATIVE: Record<string, string> = {
  "narrative.R8.mismatch": "文字部分“{quote}”中“{words}”为 {stated}，与表格「{cell}」的 {table} 不一致，相差 {diff}。",
  "narrative.R8.mismatchAny":
    "文字部分“{quote}”中“{words}”为 {stated}，与表格的各种可能口径均不一致（{readings}）；按「{cell}」计相差 {diff}。",
  "narrative.R9.feeMissing":
    "“六、其他需要报告的事项”未说明信息处理费情况：应写明发出收费通知件数、涉及收费金额和实际收取金额，未收取的也应说明。",
  "narrative.R9.noticesMissing":
    "表三「{cell}」为 {table}，但文字部分未说明发出收费通知的件数：因逾期未缴费不再处理的申请都发出过收费通知，应至少为 {table} 件。",
  "narrative.R9.noticesFewer":
    "文字部分“{quote}”表明发出收费通知 {stated} 件，少于表三「{cell}」的 {table}：因逾期未缴费不再处理的申请都发出过收费通知。",
  "narrative.R9.sectionMissing": "“{title}”没有内容：年度报告应写明这一部分。",
  "narrative.R9.subheadMissing":
    "“一、总体情况”没有写到“{subhead}”方面的内容（如{topics}等工作）：应按（一）至（五）逐项说明。",
};
