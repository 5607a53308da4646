// Export messages (zh-CN): `xxgk export` and the task pane's 导出. Keys match src/i18n/en-US/export.ts.
export const EXPORT: Record<string, string> = {
  "export.file.narrativeSuffix": "（文字部分）",
  "export.noFile": "请给出要导出的文件，例如：xxgk export 2024年报.xlsx -o 2024年报.docx",
  "export.noOutput": "请用 -o 指定输出文件，扩展名为 .docx、.txt 或 .md，例如：-o 2024年报.docx",
  "export.unknownExtension": "无法导出为“{file}”：输出文件的扩展名须为 .docx（Word 文档）、.txt（纯文本）或 .md（Markdown）。",
  "export.unreadable": "无法读取 {file}：{reason}",
  "export.readProblems": "提示：读取 {file} 时发现 {n} 个问题，导出的内容按原样保留，建议先用 xxgk check 核对。",
  "export.written.full": "已导出完整报告（含表二、表三、表四）：{file}",
  "export.written.narrative": "已导出正文部分（开头及一、五、六部分）：{file}",
};
