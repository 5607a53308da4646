// Ribbon commands without UI (ExecuteFunction). Until their issues land they do nothing to the
// workbook; each must still call event.completed(), or Office shows the command as running forever.

/** Placeholder for 生成模板: lays out the report in a later issue. */
export function layoutReport(event: Office.AddinCommands.Event): void {
  event.completed();
}

/** Placeholder for 校验: runs the rules in a later issue. */
export function checkReport(event: Office.AddinCommands.Event): void {
  event.completed();
}

// Registered at load time: Office may invoke the function as soon as the function file has loaded.
// Office.actions is missing from hosts older than the shared-runtime era, hence the check.
if (typeof Office !== "undefined" && Office.actions) {
  Office.actions.associate("layoutReport", layoutReport);
  Office.actions.associate("checkReport", checkReport);
}

// Office 2019 (perpetual) looks ExecuteFunction names up on the global object of the function
// file rather than through Office.actions, so expose them there as well.
const g = globalThis as unknown as Record<string, unknown>;
g.layoutReport = layoutReport;
g.checkReport = checkReport;
