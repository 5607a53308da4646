// 起草 (drafted paragraphs) and R8's zero statements, zh-CN. Keys match src/i18n/en-US/draft.ts.
export const DRAFT: Record<string, string> = {
  "draft.place.request": "一、总体情况 · （二）依申请公开",
  "draft.place.t2": "表二之后的说明",
  "draft.place.t3": "表三之后的说明",
  "draft.place.t4": "表四之后的说明",
  "draft.missing": "未起草：{cells} 未填写或不是数字，请先按校验结果改正后再起草。",
  "draft.missingMore": "{cells} 等 {n} 个单元格",
  "draft.yoy.header": "同比（与 {year} 年度相比）",
  "draft.yoy.row": "{figure}：本年 {now}，上年 {last}，{change}",
  "draft.noFile": "请给出要起草的报告文件，例如：xxgk draft 2024年报.xlsx",
  "draft.header": "{file}：根据表格起草的统计段落（{year} 年度 · {agency}），请核对后使用。",
  "narrative.R8.zeroMismatch": "文字部分“{quote}”称未发生{words}，但表格「{cell}」为 {table}。",
};
