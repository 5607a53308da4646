// Import messages (zh-CN). Keys match src/i18n/en-US/import.ts. {where} names the table row or section.
export const IMPORT: Record<string, string> = {
  "import.where": "{table}「{label}」",
  "import.decode.empty": "无法读取：文件是空的。",
  "import.decode.binary": "无法读取：这不是文本文件（看起来是 {kind} 文件）。请先把报告另存为文本（.txt）或网页（.html）再导入。",
  "import.decode.invalid": "无法读取：文件内容不是有效的 {encoding} 文本，也不是 UTF-8 或 GBK/GB18030 编码的中文文本。",
  "import.title.missing": "没有找到报告标题（“……政府信息公开工作年度报告”），未能读出报告年度和机关名称。",
  "import.section.missing": "没有找到“{title}”这一部分的标题。",
  "import.table.missing": "没有找到{where}（{title}）：文中没有可以对应到该表各行的数字。",
  "import.row.missing": "{where}：没有找到这一行。",
  "import.row.noValues": "{where}：这一行没有读到任何数字（可能整行空白），请核对原文后填写。",
  "import.row.tooMany": "{where}：读到 {count} 个数（{printed}），这一行应有 {expected} 个；无法判断哪个是多出来的，这一行未读入。",
  "import.row.tooFew": "{where}：只读到 {count} 个数（{printed}），这一行应有 {expected} 个；无法判断缺的是哪一格，这一行未读入。",
  "import.row.maybeSplit":
    "{where}：读到 {count} 个数，这一行应有 {expected} 个；把第 {column} 格的“{a} {b}”合为 {joined} 后本行总计正好相符，可能是一个数被拆成了两个。已按 {joined} 读入，请核对原文。",
  "import.row.unknown": "{where}：有一行数字（{count} 个）前的文字“{printed}”对应不到表中任何一行，这些数字未读入。",
  "import.row.duplicate": "{where}：这一行出现了不止一次，只读入了第一次出现的数字。",
};
