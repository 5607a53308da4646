// Import messages (en-US). Keys match src/i18n/zh-CN/import.ts. {where} names the table row or section.
export const IMPORT: Record<string, string> = {
  "import.where": "{table} 「{label}」",
  "import.decode.empty": "It is empty.",
  "import.decode.binary":
    "It is not text (it looks like a {kind} file). Save the report as text (.txt), a web page (.html) or a Word document (.docx) first.",
  "import.decode.binaryUnknown":
    "It is not text (it holds binary content). Save the report as text (.txt), a web page (.html) or a Word document (.docx) first.",
  "import.decode.unsupported":
    "The file is not UTF-8 (perhaps GBK), and this Excel environment reads UTF-8 only ({encoding} is not available). Save the file as UTF-8 (Notepad or WPS: Save As) and import it again, or read it with the xxgk command line.",
  "import.decode.ole":
    "It is a legacy Word/Excel 97-2003 file (.doc/.xls), which this tool does not read. Open it in Word or WPS and save it as a Word document (.docx), or export it to PDF and save its text as .txt, then import that.",
  "import.docx.corrupt": "This .docx is damaged or incomplete (not a valid zip archive). Open it in Word or WPS and save it again as .docx.",
  "import.docx.noDocument": "It has no Word document body (word/document.xml), so it is not a Word document. Save it again as .docx in Word or WPS.",
  "import.docx.workbook": "It is an Excel workbook, not a Word document. Rename it to .xlsx and check it again.",
  "import.docx.badXml": "The Word document body (word/document.xml) is damaged. Open it in Word or WPS and save it again as .docx.",
  "import.decode.invalid": "It is not valid {encoding} text, nor Chinese text in UTF-8 or GBK/GB18030.",
  "import.title.missing":
    "No report title (“…政府信息公开工作年度报告”) was found, so the report year and the agency were not read.",
  "import.section.missing": "The heading of section “{title}” was not found.",
  "import.table.missing": "{where} ({title}) was not found: no figures in the text belong to its rows.",
  "import.row.missing": "{where}: this row was not found; its figures were not read (treated as unread, not as blank).",
  "import.row.noValues": "{where}: no figures were read for this row (it may be blank); check the original and fill it in.",
  "import.row.tooMany":
    "{where}: {count} figures were read ({printed}) but the row has {expected} columns; which one is extra cannot be told, so the row was not read.",
  "import.row.tooFew":
    "{where}: only {count} figures were read ({printed}) but the row has {expected} columns; which cell is missing cannot be told, so the row was not read.",
  "import.row.maybeSplit":
    "{where}: {count} figures were read but the row has {expected} columns; joining “{a} {b}” in column {column} into {joined} makes the row total agree, so one number was probably split in two. Read as {joined}; check the original.",
  "import.row.unknown":
    "{where}: the text “{printed}” before a row of {count} figures matches no row of the table; those figures were not read.",
  "import.row.duplicate": "{where}: this row appears more than once; only the first occurrence was read.",
  "import.atLine": " (source line {line})",
  "import.t3.combinedOther":
    "{where}: table 3 prints the old template's single row “（六）其他处理” instead of the {count} sub-rows of the 2021 format (国办公开办函〔2021〕30号); the row was read as the total of （六） and its sub-rows are unread. Use the current template.",
  "import.docx.notZip": "The file is named .docx but is not a Word document (not a zip archive): it is damaged or misnamed. Open it in Word or WPS and save it again as .docx, or give it its right extension.",
  "import.notReport": "No report title, section heading or table was found in the file: it does not look like a government information disclosure annual report.",
  "import.row.outOfOrder":
    "{where}: this row's label is printed together with other rows' labels and its figures elsewhere (the PDF text is out of order); which figures are this row's cannot be told, so the row was not read (treated as unread). Fill it in from the original.",
  "import.row.unlabelled": "{where}: a line of figures ({printed}) has no row label before it (the PDF text is out of order); which row it belongs to cannot be told, so it was not read.",
};
