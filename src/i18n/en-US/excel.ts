// The Office.js host's notes for the task pane (src/excel/).
export const EXCEL: Record<string, string> = {
  "excel.printSkipped": "This Excel cannot set up printing from an add-in (needs ExcelApi 1.9): set A4 and fit to one page wide under Page Layout.",
  "excel.conflicts": "{count} cells were not made by this tool and would be overwritten (e.g. {sheet}!{address}: {existing}). Continue?",
  "excel.renamed": "Sheet “{from}” was renamed back to “{to}”.",
  "excel.rebuilt": "The table on sheet “{sheet}” had been changed in shape; it was rebuilt in the standard format, keeping every figure entered.",
  "excel.prior.missing": "This workbook has no “{sheet}” sheet (the template is not laid out, or the sheet was deleted). Click Lay Out Template first, then import last year's figures.",
  "wps.parts.notYet": "汇总 → 写入 is not available in WPS Spreadsheets yet: write it in Excel, or build the consolidated workbook with xxgk consolidate.",
};
