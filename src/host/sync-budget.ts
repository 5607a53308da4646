// context.sync() budgets of the Office host (DESIGN §4: one sync per step where the work allows),
// each with the final sync office.js adds to every Excel.run (ClientRequestContext._runCommon):
// layout = read + write + final; check = read + paint + final, and one more on ExcelApi 1.1–1.3,
// which has no null-object reads and lists the names first. WPS calls are synchronous: counted, not
// budgeted.
export const SYNC_BUDGET = { layout: 3, check: 3, checkWithoutNullObjects: 4 } as const;
