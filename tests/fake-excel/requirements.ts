// Which ExcelApi requirement set each Office.js member the add-in touches belongs to, as Microsoft's
// reference pages state it ("[ API set: ExcelApi 1.x ]" under each member, learn.microsoft.com/
// javascript/api/excel). A fake host whose profile lacks the set fails the batch with ApiNotFound,
// as real Excel does ("The API you are trying to use could not be found. It may be available in a
// newer version of Excel."). Only members the add-in uses are listed; the table is the audit.
export const MEMBER_SETS = {
  "Range.values": "1.1",
  "Range.formulas": "1.1",
  "Range.numberFormat": "1.1",
  "Range.getCell": "1.1",
  "Range.clear": "1.1",
  "Range.select": "1.1",
  "RangeFormat.fill": "1.1",
  "RangeFormat.font": "1.1",
  "RangeFormat.borders": "1.1",
  "RangeFormat.wrapText": "1.1",
  "Worksheet.visibility": "1.1",
  "NamedItemCollection.getItem": "1.1",
  "NamedItem.getRange": "1.1",
  "NamedItem.type": "1.1",
  "WorksheetCollection.getItem": "1.1",
  "WorksheetCollection.add": "1.1",
  /** Setting visibility is 1.2 ("ExcelApi 1.1 for reading visibility; 1.2 for setting it"). */
  "Worksheet.visibility (set)": "1.2",
  "Worksheet.activate": "1.1",
  "Worksheet.position": "1.1",
  "Range.merge": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "FormatProtection.locked": "1.2",
  "WorksheetProtection.protect": "1.2",
  "WorksheetProtection.unprotect": "1.2",
  "WorksheetProtection.options": "1.2",
  "Worksheet.protection": "1.2",
  "NamedItemCollection.add": "1.4",
  "NamedItem.delete": "1.4",
  "NamedItem.getRangeOrNullObject": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Range.conditionalFormats": "1.6",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Worksheet.onChanged": "1.7",
  "WorksheetCollection.onAdded": "1.7",
  "Worksheet.freezePanes": "1.7",
  "Range.dataValidation": "1.8",
  "Worksheet.pageLayout": "1.9",
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  /** RunOptions.delayForCellEdit: older hosts ignore the option (Excel.RunOptions reference page). */
  "RunOptions.delayForCellEdit": "1.11",
  /** Excel.EventTriggerSource ("ThisLocalAddin" | "Unknown"): absent from the event args before 1.14. */
  "WorksheetChangedEventArgs.triggerSource": "1.14",
} as const;

export type Member = keyof typeof MEMBER_SETS;
