// How the report's sheets are protected (no password: protection only guards labels, totals and
// formulas against slips; a password would be forgotten between years and is no security anyway).
// Formatting stays allowed, for the clerk and for 校验: with cells formattable, a check paints its
// highlights on the protected sheet as it is. Lifting protection to paint would cost the clerk
// Ctrl+Z, since WorksheetProtection.protect()/unprotect() are not undoable and clear the undo stack
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities). Data validation
// stays locked on a protected sheet whatever the options, so a check leaves the input prompts alone.

/** What the protection still allows, in the hosts' common terms (Office.js allowFormat…, ExcelJS format…). */
export interface ProtectionPlan {
  formatCells: boolean;
  formatColumns: boolean;
  formatRows: boolean;
  selectLockedCells: boolean;
  selectUnlockedCells: boolean;
}

export const SHEET_PROTECTION: ProtectionPlan = {
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  selectLockedCells: true,
  selectUnlockedCells: true,
};
