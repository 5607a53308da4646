// Saving a Word export where the webview ignores downloads (Excel for Mac). en-US; keys match
// src/i18n/zh-CN/webview.ts.
export const WEBVIEW: Record<string, string> = {
  "pane.export.inBrowser": "Excel for Mac's task pane cannot download files, so a save page was opened in your browser: it saves {file} to your Downloads folder. If no browser window opened, click again.",
  "save.title": "Save the exported file",
  "save.done": "{file} is downloading: look in your browser's Downloads folder. You can close this page.",
  "save.link": "If the download did not start, click here to save {file}",
  "save.bad": "This page holds no file to save (the link is incomplete). Export again from the task pane in Excel.",
};
