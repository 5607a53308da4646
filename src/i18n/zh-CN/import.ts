// Import messages (zh-CN). Keys match src/i18n/en-US/import.ts. {where} names the table row or section.
export const IMPORT: Record<string, string> = {
  "import.where": "{table}「{label}」",
  "import.decode.empty": "文件是空的。",
  "import.decode.binary":
    "这不是文本文件（看起来是 {kind} 文件）。请先把报告另存为文本（.txt）、网页（.html）或 Word 文档（.docx）再导入。",
  "import.decode.binaryUnknown":
    "这不是文本文件（其中有非文字的二进制内容）。请先把报告另存为文本（.txt）、网页（.html）或 Word 文档（.docx）再导入。",
  "import.decode.unsupported":
    "这个文件不是 UTF-8 编码（可能是 GBK），而当前的 Excel 环境只能识别 UTF-8（不支持 {encoding}）。请用记事本或 WPS 把文件“另存为”UTF-8 编码后再导入，或在电脑上用命令行 xxgk 读取。",
  "import.decode.ole":
    "这是旧版 Word/Excel 97-2003 格式的文件（.doc/.xls），本工具不能直接读取。请用 Word 或 WPS 打开后“另存为”Word 文档（.docx）；也可以导出为 PDF，再把其中的文字另存为文本（.txt）后导入。",
  "import.docx.corrupt": "这个 .docx 文件已损坏或不完整（不是有效的压缩包）。请用 Word 或 WPS 打开后重新保存为 .docx 再导入。",
  "import.docx.noDocument": "文件中没有 Word 正文（word/document.xml），不是 Word 文档。请用 Word 或 WPS 重新保存为 .docx 再导入。",
  "import.docx.workbook": "这是 Excel 工作簿而不是 Word 文档。请把文件扩展名改为 .xlsx 再校验。",
  "import.docx.badXml": "Word 正文（word/document.xml）已损坏。请用 Word 或 WPS 打开后重新保存为 .docx 再导入。",
  "import.decode.invalid": "文件内容不是有效的 {encoding} 文本，也不是 UTF-8 或 GBK/GB18030 编码的中文文本。",
  "import.title.missing": "没有找到报告标题（“……政府信息公开工作年度报告”），未能读出报告年度和机关名称。",
  "import.section.missing": "没有找到“{title}”这一部分的标题。",
  "import.table.missing": "没有找到{where}（{title}）：文中没有可以对应到该表各行的数字。",
  "import.row.missing": "{where}：没有找到这一行，这一行的数字未读入（按“未读出”处理，不当作空白）。",
  "import.row.noValues": "{where}：这一行没有读到任何数字（可能整行空白），请核对原文后填写。",
  "import.row.tooMany": "{where}：读到 {count} 个数（{printed}），这一行应有 {expected} 个；无法判断哪个是多出来的，这一行未读入。",
  "import.row.tooFew": "{where}：只读到 {count} 个数（{printed}），这一行应有 {expected} 个；无法判断缺的是哪一格，这一行未读入。",
  "import.row.maybeSplit":
    "{where}：读到 {count} 个数，这一行应有 {expected} 个；把第 {column} 格的“{a} {b}”合为 {joined} 后本行总计正好相符，可能是一个数被拆成了两个。已按 {joined} 读入，请核对原文。",
  "import.row.unknown": "{where}：有一行数字（{count} 个）前的文字“{printed}”对应不到表中任何一行，这些数字未读入。",
  "import.row.duplicate": "{where}：这一行出现了不止一次，只读入了第一次出现的数字。",
  "import.atLine": "（原文第 {line} 行）",
  "import.t3.combinedOther":
    "{where}：表三按旧模板只印了一行“（六）其他处理”，没有 2021 年格式（国办公开办函〔2021〕30号）的 {count} 个小项；已把这一行读作（六）的合计，各小项未读出。请改用现行模板。",
  "import.docx.notZip": "这个文件的扩展名是 .docx，但内容不是 Word 文档（不是压缩包），可能已损坏或扩展名有误。请用 Word 或 WPS 打开后重新保存为 .docx，或改用正确的扩展名。",
  "import.notReport": "文件中没有找到年度报告的标题、章节标题或统计表，看起来不是政府信息公开工作年度报告。",
  "import.row.outOfOrder":
    "{where}：这一行的行标签与其他行的标签连在一起印出，数字印在别处（PDF 转换后文字顺序错乱），无法确定哪些数字属于这一行，这一行未读入（按“未读出”处理），请对照原文填写。",
  "import.row.unlabelled": "{where}：有一行数字（{printed}）前面没有行标签（PDF 转换后文字顺序错乱），无法确定属于哪一行，这些数字未读入。",
};
