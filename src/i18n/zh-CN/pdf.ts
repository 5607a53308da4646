// PDF import messages (zh-CN). Keys match src/i18n/en-US/pdf.ts.
export const PDF: Record<string, string> = {
  "import.pdf.notPdf": "这个文件的扩展名是 .pdf，但内容不是 PDF（开头没有 %PDF 标记）；请确认文件，或按它的真实类型改扩展名后再读取。",
  "import.pdf.damaged": "这个 PDF 已损坏或不完整，无法读取；请重新下载原文件，或改用报告的文字版（.txt、.docx 或网页）。",
  "import.pdf.encrypted": "这个 PDF 设置了打开密码（已加密），无法读取；请取得未加密的文件，或改用报告的文字版（.txt、.docx 或网页）。",
  "import.pdf.scanned":
    "这个 PDF 没有文字层，页面是扫描的图片，需要先做文字识别（OCR）；请改用报告的文字版（.txt、.docx 或网页），或用 OCR 软件转成文字后再读取。",
  "import.pdf.unavailable":
    "本机的 Node.js {version} 无法加载读取 PDF 的组件（需要 Node.js 20.19 或更高版本）；请升级 Node.js，或改用报告的文字版（.txt、.docx 或网页）。",
  "import.pdf.pagesWithoutText": "PDF 第 {pages} 页没有文字（可能是扫描的图片），这些页上的内容没有读入；如果表格在这些页上，请改用报告的文字版或先做文字识别（OCR）。",
};
