// The Office function file's composition root (src/commands/commands.ts is the webpack entry that
// loads it). Ribbon commands without UI (ExecuteFunction): 校验 and 生成模板 (steps.ts does the work). Each
// must call event.completed() whatever happens, or Office shows the command as running forever; a
// failure has no pane to be shown in, so it goes to the console and the pane shows it on its next run.
import "../webview/polyfills"; // first: EdgeHTML 18 lacks functions the code below uses
import { checkCommand, layoutCommand } from "../commands/steps";
import type { CommandDeps } from "../commands/steps";
import { langFor } from "../i18n";
import "../i18n/english"; // the function file has no size budget: both languages built in
import { excelHost } from "./host";
import { officeApiSupport } from "./requirements";
import { createExcelRun, officeExcelRun } from "./run";

function deps(): CommandDeps {
  const settings = Office.context?.document?.settings ?? null;
  const run = createExcelRun({ raw: officeExcelRun });
  return {
    host: excelHost(run, langFor(Office.context?.displayLanguage), { supports: officeApiSupport, settings }),
    settings,
    now: () => new Date(),
  };
}

async function complete(event: Office.AddinCommands.Event, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (e) {
    console.error("xxgk command failed", e);
  } finally {
    event.completed();
  }
}

/** 生成模板 from the ribbon: lays out; on conflicts leaves the question to the pane. */
export function layoutReport(event: Office.AddinCommands.Event): Promise<void> {
  return complete(event, () => layoutCommand(deps()));
}

/** 校验 from the ribbon: reads, runs the rules, highlights; the pane lists the findings when opened. */
export function checkReport(event: Office.AddinCommands.Event): Promise<void> {
  return complete(event, () => checkCommand(deps()));
}

if (typeof Office !== "undefined") {
  // Desktop office.js waits for Office.onReady (or Office.initialize) before it dispatches any
  // ExecuteFunction click to this page; without it the buttons never run ("Office.js has not fully
  // loaded"). Nothing needs doing once ready: the functions below are registered already.
  void Office.onReady();
  // Registered at load time: Office may invoke a function as soon as the function file is ready.
  // Office.actions is missing from hosts older than the shared-runtime era, hence the check.
  if (Office.actions) {
    Office.actions.associate("layoutReport", layoutReport);
    Office.actions.associate("checkReport", checkReport);
  }
}

// Office 2019 (perpetual) looks ExecuteFunction names up on the global object of the function
// file rather than through Office.actions, so expose them there as well.
const g = globalThis as unknown as Record<string, unknown>;
g.layoutReport = layoutReport;
g.checkReport = checkReport;
