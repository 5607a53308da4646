// The Office.js host's notes for the task pane (src/excel/).
export const EXCEL: Record<string, string> = {
  "excel.printSkipped": "此版本 Excel 不支持通过加载项设置打印（需要 ExcelApi 1.9），请在“页面布局”中手动设为 A4、调整为一页宽。",
  "excel.conflicts": "有 {count} 个单元格不是本工具生成的内容，生成模板会覆盖它们（例如 {sheet}!{address}：{existing}）。是否继续？",
  "excel.renamed": "工作表“{from}”已恢复原名“{to}”。",
  "excel.rebuilt": "工作表“{sheet}”的表格结构被改动过，已按标准格式重建，已填写的数据均已保留。",
  "excel.prior.missing": "本工作簿还没有“{sheet}”工作表（尚未生成模板，或该表被删除）。请先点击“生成模板”，再导入上年数据。",
  "wps.parts.notYet": "WPS 表格中暂不支持“汇总 → 写入”：请在 Excel 中写入，或用命令行 xxgk consolidate 生成汇总工作簿。",
};
