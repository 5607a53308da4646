// Saving a Word export where the webview ignores downloads (Excel for Mac): the pane's note and the
// save page opened in the system browser. zh-CN; keys match src/i18n/en-US/webview.ts.
export const WEBVIEW: Record<string, string> = {
  "pane.export.inBrowser": "Excel for Mac 的任务窗格不能直接下载文件，已在浏览器中打开保存页：{file} 将由浏览器保存到“下载”文件夹。如果浏览器没有打开，请再点一次。",
  "save.title": "保存导出的文件",
  "save.done": "已开始下载 {file}，请在浏览器的“下载”文件夹中查看。可以关闭此页。",
  "save.link": "如果没有开始下载，请点击这里保存 {file}",
  "save.bad": "此页不包含要保存的文件（链接不完整）。请回到 Excel 的任务窗格重新导出。",
};
