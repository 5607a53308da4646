// 起草 (drafted paragraphs) and R8's zero statements, en-US. Keys match src/i18n/zh-CN/draft.ts.
// The drafts themselves stay in Chinese: they are the report's own words.
export const DRAFT: Record<string, string> = {
  "draft.place.request": "Section 一 · （二） requests for disclosure",
  "draft.place.t2": "Summary after table 二",
  "draft.place.t3": "Summary after table 三",
  "draft.place.t4": "Summary after table 四",
  "draft.missing": "Not drafted: {cells} is blank or not a number; fix what the check reports, then draft again.",
  "draft.missingMore": "{cells} and others ({n} cells in all)",
  "draft.yoy.header": "Year over year (against {year})",
  "draft.yoy.row": "{figure}: this year {now}, last year {last}, {change}",
  "draft.noFile": "Name the report to draft from, e.g. xxgk draft report-2024.xlsx",
  "draft.header": "{file}: paragraphs drafted from the tables ({year} · {agency}); review them before use.",
  "narrative.R8.zeroMismatch": "The narrative “{quote}” says there was no {words}, but the table's 「{cell}」 is {table}.",
};
