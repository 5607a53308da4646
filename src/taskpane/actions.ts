// The pane's Excel steps, each in its own Excel.run (a batch cannot outlive one step). `run` is
// src/excel/run.ts's wrapper of Excel.run, injected, so this file holds no Office globals and runs
// against the test fake; the steps themselves are the shared host functions of src/excel/ and
// src/check/. Only the batches that write data into watched sheets (layout, 汇总, 上年数据, 起草,
// 自检) are marked as the add-in's own, so live checking ignores their echo; a check writes fills
// (no onChanged) and the notes sheet (not watched), so a clerk's edit during a check is heard.
import { applyLayout } from "../excel/apply-plan";
import type { ApplyOptions, ApplyResult } from "../excel/apply-plan";
import { watchSheets } from "../excel/events";
import { ladderSentence, LADDER } from "../excel/ladder";
import { checkWorkbook } from "../excel/check-workbook";
import type { Checked } from "../excel/check-workbook";
import { saveExplanations } from "../excel/explanations";
import { writePriorFigures } from "../excel/prior";
import { insertNarrative } from "../excel/insert-text";
import { readReport } from "../excel/read-report";
import type { ExcelRun } from "../excel/run";
import { writeParts } from "../excel/write-parts";
import type { PartsWritten } from "../excel/write-parts";
import { selectCells } from "../excel/select";
import type { Explanation } from "../explain/explanations";
import type { FormatId } from "../format";
import type { Lang } from "../i18n";
import type { CellRef, PartFigures, PriorFigures, ReportData } from "../model/report";
import { runSelftest } from "../selftest/steps";
import type { ClerkProbe } from "../selftest/steps";
import type { Environment, SelftestReport, StepResult } from "../selftest/types";
import { createOwnWrites } from "./own-writes";

/** What the pane asks 生成模板 for: the clerk's year, agency and format when the form gave them;
 *  otherwise the workbook's own, or `defaultYear` (last calendar year, from the pane's clock). */
export type LayoutRequest = Pick<ApplyOptions, "year" | "agency" | "format" | "defaultYear"> & { overwrite: boolean };

export interface PaneHost {
  layout(request: LayoutRequest): Promise<ApplyResult>;
  /** Reads, runs the rules and writes the highlights: 2 syncs. */
  check(): Promise<Checked>;
  select(refs: CellRef[]): Promise<void>;
  saveExplanations(list: Explanation[]): Promise<void>;
  readReport(): Promise<ReportData>;
  /** 同比 and 起草: the report and the 上年数据 sheet's figures (null when it has none), 1 sync. */
  readYears(): Promise<{ report: ReportData; prior: PriorFigures | null }>;
  /** 起草 → 插入: appends `text` to the narrative cell named `name` (`place` names it in errors); returns the cell's new text. */
  insertText(name: string, place: string, text: string): Promise<string>;
  /** 汇总 → 写入: adds or replaces `parts` by body in the 明细 sheet and sums the tables over it. */
  writeParts(parts: PartFigures[]): Promise<PartsWritten>;
  /** 导入上年数据: writes the 上年数据 sheet's input cells (1 sync); `format` is the workbook's. */
  writePrior(prior: PriorFigures, format: FormatId): Promise<void>;
  /** Starts watching report sheets not yet watched; returns the names added. */
  watch(onEdit: () => void): Promise<string[]>;
  /** 自检 on a blank workbook (src/selftest); each step is reported as it finishes. */
  selftest(onStep: (step: StepResult) => void): Promise<SelftestReport>;
  /** One sentence on what this Office cannot do (the ExcelApi ladder), or null when it can do all. */
  ladder?(): string | null;
}

export interface HostOptions extends Pick<ApplyOptions, "supports"> {
  /** For the own-writes window; Date.now by default. */
  now?: () => number;
  /** Office's version, platform and requirement sets, for the self-test's report. */
  environment?: () => Environment;
  /** A host that can play the clerk (the test fake), so the self-test can try Undo. */
  clerk?: ClerkProbe;
}

export function excelHost(excelRun: ExcelRun, lang: Lang, opts: HostOptions = {}): PaneHost {
  const watched = new Set<string>();
  const supports = opts.supports;
  // Without `supports` (the pane's default), a triggerSource Excel hands over is trusted as it is.
  const own = createOwnWrites({ triggerSource: supports ? supports("1.14") : true, now: opts.now ?? (() => Date.now()) });
  /** Batches that write data into watched sheets: their echo is the add-in's own. */
  const write = own.wrap(excelRun);
  /** Batches that read, paint (fills raise no onChanged) or write only the unwatched notes sheet. */
  const read = excelRun;
  const layoutOpts: Pick<ApplyOptions, "supports"> = supports ? { supports } : {};
  const readOpts = supports ? { supports } : {};
  const watch = (onEdit: () => void): Promise<string[]> => {
    const heard = (args: unknown) => {
      if (!own.isOwn(args)) onEdit();
    };
    // A sheet added later (生成模板 from the ribbon runs in another runtime): watch it, then re-check,
    // unless the add-in's own layout in this pane added it (the pane re-checks after that anyway).
    const onSheetAdded = () =>
      void read((ctx) => watchSheets(ctx, watched, heard, readOpts))
        .then(() => {
          if (!own.isOwn({})) onEdit();
        })
        .catch(() => undefined); // the next edit or 校验 covers a failed re-watch
    return read((ctx) => watchSheets(ctx, watched, heard, { ...readOpts, onSheetAdded }));
  };
  return {
    layout: (request) => write((ctx) => applyLayout(ctx, { ...layoutOpts, ...request })),
    check: () => read((ctx) => checkWorkbook(ctx, lang, supports)),
    select: (refs) => read((ctx) => selectCells(ctx, refs)),
    saveExplanations: (list) => read((ctx) => saveExplanations(ctx, list)),
    readReport: () => read(async (ctx) => (await readReport(ctx, readOpts)).report),
    readYears: () =>
      read(async (ctx) => {
        const r = await readReport(ctx, readOpts);
        return { report: r.report, prior: r.prior ?? null };
      }),
    insertText: (name, place, text) => write((ctx) => insertNarrative(ctx, name, place, text, supports)),
    writeParts: (parts) => write((ctx) => writeParts(ctx, parts, lang, supports)),
    writePrior: (prior, format) => write((ctx) => writePriorFigures(ctx, prior, format)),
    selftest: (onStep) =>
      runSelftest(
        { run: write, lang, supports, environment: opts.environment?.() ?? { version: null, platform: null, sets: [] }, ...(opts.clerk ? { clerk: opts.clerk } : {}) },
        onStep,
      ),
    watch,
    ladder: () => (supports && LADDER.some((r) => !supports(r.version)) ? ladderSentence(supports, lang) : null),
  };
}
