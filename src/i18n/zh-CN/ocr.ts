// OCR (scanned PDFs and images) messages (zh-CN). Keys match src/i18n/en-US/ocr.ts.
export const OCR: Record<string, string> = {
  "import.ocr.unavailable": "本机无法加载文字识别（OCR）组件，扫描件未读取；请改用报告的文字版（.txt、.docx 或网页）。",
  "import.ocr.nothing": "这个 PDF 的页面是扫描的图片，文字识别（OCR）没有在上面认出文字（空白页或不是年报的图片），未读取；请确认选对了文件。",
  "import.ocr.read": "这份报告是扫描件，第 {pages} 页用文字识别（OCR）读取：表格中 {figures} 个数字单元格都已读出。请对照原件核对。",
  "import.ocr.readUnsure":
    "这份报告是扫描件，第 {pages} 页用文字识别（OCR）读取：表格中 {figures} 个数字单元格，其中 {uncertain} 个没有把握、按“未读出”处理（页/行/列：{cells}）。请对照原件填写这些数字。",
  "cli.opt.noOcr": "扫描件（没有文字的 PDF 页）和图片（.png、.jpg、.tif）不做文字识别（OCR），只说明没有读取",
  "import.image.notImage": "这个文件不是能读取的图片（支持 PNG、JPEG、TIFF），未读取；请确认选对了文件。",
  "import.image.damaged": "这张图片已损坏或不完整，无法读取；请重新扫描或重新导出后再试。",
  "import.image.tooLarge": "这张图片有 {width}×{height} 像素，超过读取上限（每页 {mp} 百万像素），未读取；请用 150–300 dpi 重新扫描，或把图片缩小后再试。",
  "import.image.tooSmall": "这张图片只有 {width}×{height} 像素，太小，看不清年报的文字（短边至少 {min} 像素），未读取；请用 150 dpi 以上重新扫描或拍摄。",
  "import.image.tiffCompression": "这个 TIFF 图片用了不支持的压缩方式（编号 {compression}），未读取；请用扫描仪常用的 CCITT G4、LZW 或不压缩的方式重新保存。",
  "import.image.tooManyPages": "这个 TIFF 图片有 {pages} 页，超过读取上限 {limit} 页（年报通常只有几十页），未读取；请确认选对了文件，或只保留年报本身的页面。",
  "import.image.noOcr": "这是一张图片，需要文字识别（OCR）才能读取；已按 --no-ocr 跳过。",
  "import.image.nothing": "文字识别（OCR）没有在这张图片上认出年报的文字（空白、太模糊或不是年报），未读取；请确认选对了文件。",
  "import.image.pagesWithoutText": "图片第 {pages} 页没有认出文字（空白或太模糊），这些页上的内容没有读取；请对照原件核对。",
  "cli.batch.progressPage": " · {file} 文字识别 第 {page}/{pages} 页",
};
