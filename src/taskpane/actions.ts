// The pane's side of the host seam: the host (src/host/types.ts, Office or WPS, built by the entry
// point) plus the self-test, which runs over the same seam. This file holds no Office or WPS globals
// and runs against either test fake.
import type { LayoutRequest as HostLayoutRequest, ReportHost } from "../host/types";
import type { Lang } from "../i18n";
import { runSelftest } from "../selftest/steps";
import type { ClerkProbe } from "../selftest/steps";
import type { Environment, SelftestReport, StepResult } from "../selftest/types";
import { errorSentence } from "./errors";

/** What the pane asks 生成模板 for: the clerk's year, agency and format when the form gave them;
 *  otherwise the workbook's own, or `defaultYear` (last calendar year, from the pane's clock). */
export type LayoutRequest = Pick<HostLayoutRequest, "year" | "agency" | "format" | "defaultYear"> & { overwrite: boolean };

export interface PaneHost extends ReportHost {
  /** 自检 on a blank workbook (src/selftest); each step is reported as it finishes. */
  selftest(onStep: (step: StepResult) => void): Promise<SelftestReport>;
}

export interface PaneHostOptions {
  /** The host's version, platform and requirement sets, for the self-test's report. */
  environment?: () => Environment;
  /** A host that can play the clerk (the test fake), so the self-test can try Undo. */
  clerk?: ClerkProbe;
}

export function paneHost(host: ReportHost, lang: Lang, opts: PaneHostOptions = {}): PaneHost {
  return {
    ...host,
    selftest: (onStep) =>
      runSelftest(
        { host, lang, sentence: errorSentence, environment: opts.environment?.() ?? { version: null, platform: null, sets: [] }, ...(opts.clerk ? { clerk: opts.clerk } : {}) },
        onStep,
      ),
  };
}
