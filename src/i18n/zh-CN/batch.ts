// Folder checks over every core, and the printed summary's title (zh-CN). Keys match src/i18n/en-US/batch.ts.
export const BATCH: Record<string, string> = {
  "cli.opt.jobs": "同时校验的文件数（工作线程数），默认每个处理器核心一个",
  "cli.opt.value.jobs": "N",
  "cli.batch.workerDied": "校验这个文件时工作线程意外退出（可能是文件过大或内存不足），未能读取；请单独校验它（--jobs 1）。",
  "summary.title": "政府信息公开工作年度报告校验汇总",
  "summary.titleLine": "文件夹：{folder}　校验日期：{date}　共 {files} 个文件：通过 {ok}，有警告 {warnings}，有错误 {errors}，无法读取 {unreadable}",
  "summary.col.ruleName": "规则名称",
};
