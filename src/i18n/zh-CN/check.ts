// 校验 in the workbook (zh-CN): the notes sheet and highlights. Keys match src/i18n/en-US/check.ts.
export const CHECK: Record<string, string> = {
  "excel.notes.full": "说明或标记太多（{count} 条，最多 {capacity} 条），未能保存。",
  "excel.notes.missing": "这个工作簿还没有保存说明的位置。请先点击“生成模板”升级工作簿（已填写的数据会保留），再保存说明。",
  "excel.highlight.noRecord": "这个工作簿是旧版模板，无法在表格中标出问题。请先点击“生成模板”升级工作簿（已填写的数据会保留）。",
  "excel.highlight.damaged": "表格的定义名称被删除或损坏，无法在表格中标出问题（问题仍列在面板中）。点击“生成模板”可以修复（已填写的数据会保留）。",
};
