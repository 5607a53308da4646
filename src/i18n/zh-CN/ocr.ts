// OCR (scanned PDFs and images) messages (zh-CN). Keys match src/i18n/en-US/ocr.ts.
export const OCR: Record<string, string> = {
  "import.ocr.unavailable": "本机无法加载文字识别（OCR）组件，扫描件未读取；请改用报告的文字版（.txt、.docx 或网页）。",
  "import.ocr.nothing": "这个 PDF 的页面是扫描的图片，文字识别（OCR）没有在上面认出文字（空白页或不是年报的图片），未读取；请确认选对了文件。",
  "import.ocr.read": "这份报告是扫描件，第 {pages} 页用文字识别（OCR）读取：表格中 {figures} 个数字单元格都已读出。请对照原件核对。",
  "import.ocr.readUnsure":
    "这份报告是扫描件，第 {pages} 页用文字识别（OCR）读取：表格中 {figures} 个数字单元格，其中 {uncertain} 个没有把握、按“未读出”处理（页/行/列：{cells}）。请对照原件填写这些数字。",
  "cli.opt.noOcr": "扫描件（没有文字的 PDF 页）不做文字识别（OCR），只说明没有文字",
};
