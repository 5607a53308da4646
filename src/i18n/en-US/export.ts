// Export messages (en-US): `xxgk export` and the task pane's export. Keys match src/i18n/zh-CN/export.ts.
export const EXPORT: Record<string, string> = {
  "export.file.narrativeSuffix": " (narrative)",
  "export.noFile": "Name the file to export, e.g. xxgk export report-2024.xlsx -o report-2024.docx",
  "export.noOutput": "Name the output file with -o, ending in .docx, .txt or .md, e.g. -o report-2024.docx",
  "export.unknownExtension": "Cannot export to “{file}”: the output must end in .docx (Word), .txt (plain text) or .md (Markdown).",
  "export.unreadable": "Cannot read {file}: {reason}",
  "export.readProblems": "Note: reading {file} found {n} problem(s); the export keeps the content as it is. Run xxgk check first.",
  "export.written.full": "Exported the full report (with tables 2, 3 and 4): {file}",
  "export.written.narrative": "Exported the narrative (opening and sections 1, 5 and 6): {file}",
};
