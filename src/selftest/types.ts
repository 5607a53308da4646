// What the self-test (自检) reports: each step's outcome and the environment it ran in.

/** "unverified": the host cannot tell (said as 无法自动验证, never counted as a pass);
 *  "unavailable": this Office's ExcelApi is below the step's rung (不适用, docs/excel-api-ladder.md). */
export type StepStatus = "pass" | "fail" | "unverified" | "unavailable";

export interface StepResult {
  /** i18n suffix: selftest.step.<id>. */
  id: string;
  status: StepStatus;
  /** One sentence with what was seen (counts, values, the error's sentence). */
  detail: string;
}

export interface Environment {
  /** Office.context.diagnostics.version, or null where the host does not say. */
  version: string | null;
  platform: string | null;
  /** Each requirement set asked about, and whether the host supports it. */
  sets: { name: string; version: string; supported: boolean }[];
}

export interface SelftestReport {
  /** Set when the test did not run (a workbook that already has a report): the sentence why. */
  refused: string | null;
  steps: StepResult[];
  environment: Environment;
}
