// 校验 in the workbook (en-US): the notes sheet and highlights. Keys match src/i18n/zh-CN/check.ts.
export const CHECK: Record<string, string> = {
  "excel.notes.full": "Too many explanations or marks ({count}, at most {capacity}); not saved.",
  "excel.notes.missing": "This workbook has no place for explanations yet. Click Lay Out Template first to upgrade it (entered figures are kept), then save the explanation.",
  "excel.highlight.noRecord": "This workbook uses an older template, so problems cannot be marked in the sheet. Click Lay Out Template to upgrade it (entered figures are kept).",
  "excel.highlight.damaged": "A table's defined name was deleted or damaged, so problems cannot be marked in the sheet (they are still listed in the pane). Lay Out Template repairs it (entered figures are kept).",
};
