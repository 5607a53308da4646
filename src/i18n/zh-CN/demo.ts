// The in-memory host (src/memory-host/) and the demo page (src/demo/): not in this folder's index,
// registered by src/memory-host/messages.ts so the task pane bundle carries none of it.
export const DEMO: Record<string, string> = {
  "memory.ladder": "演示工作簿只在本页内存中：可以生成模板、校验、选中问题单元格、编辑时自动校验、导出；不设置输入提示与打印，只计算求和公式（SUM），关闭页面即丢失。",
  "memory.parts.notYet": "演示页不支持“汇总 → 写入”：请在 Excel 中写入，或用命令行 xxgk consolidate 生成汇总工作簿。",
  "demo.title": "政务公开年报助手 · 演示",
  "demo.banner": "演示：数据只在本页内存中，不会保存",
  "demo.grid.title": "演示工作簿",
  "demo.grid.sheets": "工作表",
  "demo.grid.input": "在选中的单元格中输入，按回车确认",
  "demo.grid.inputLabel": "单元格 {cell} 的内容",
  "demo.grid.nameBox": "名称框：输入单元格地址（如 D5）后按回车选中",
  "demo.grid.badAddress": "“{text}”不是单元格地址，请输入如 D5 的地址。",
  "demo.grid.locked": "{cell} 是受保护的单元格（标题、公式或表头），不能编辑。",
  "demo.grid.typed": "已在 {cell} 输入。",
  "demo.loadFailed": "演示报告未能载入：{reason}",
};
