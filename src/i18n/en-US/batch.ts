// Folder checks over every core, and the printed summary's title (en-US). Keys match src/i18n/zh-CN/batch.ts.
export const BATCH: Record<string, string> = {
  "cli.opt.jobs": "how many files to check at once (worker threads); one per processor core by default",
  "cli.opt.value.jobs": "N",
  "cli.batch.workerDied": "the worker thread checking this file stopped unexpectedly (the file may be too large, or memory ran out); check it on its own (--jobs 1).",
  "summary.title": "Government information disclosure annual reports: check summary",
  "summary.titleLine": "Folder: {folder}   Checked: {date}   {files} files: {ok} pass, {warnings} with warnings, {errors} with errors, {unreadable} unreadable",
  "summary.col.ruleName": "Rule",
};
