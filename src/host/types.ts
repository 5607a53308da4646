// The host seam: the one interface through which the task pane, the ribbon commands and the
// self-test reach a spreadsheet. Three implementations sit below it: src/excel/host.ts (Office.js,
// Excel.run batches), src/wps/host.ts (the WPS 表格 / ET object model, synchronous calls) and
// src/memory-host/host.ts (a workbook held in memory: the demo page, no spreadsheet at all).
// Everything above it stays free of Office and WPS globals (tests/host/seam.test.ts enforces it),
// so the same pane, rules and layout plan serve both. Every method returns a Promise even on WPS,
// where the work is synchronous: the callers are then the same code for both hosts.
import type { CheckResult } from "../check/run-check";
import type { Explanation } from "../explain/explanations";
import type { FormatId } from "../format";
import type { Conflict } from "../layout/relayout";
import type { LayoutPlan } from "../layout/types";
import type { CellRef, PartFigures, PriorFigures, ReportData } from "../model/report";
import type { Finding } from "../rules/types";
import type { DocSettings } from "../addin/doc-settings";

export type HostKind = "excel" | "wps" | "memory";

/** What this host can do; the pane and the self-test ask instead of naming the host. */
export interface HostCapabilities {
  kind: HostKind;
  /** Data validation (input prompts, stop alerts) is written by 生成模板. */
  validation: boolean;
  /** Page setup (orientation, fit to width, title rows) is written by 生成模板. */
  print: boolean;
  /** Edits in the sheet can be watched (live checking). */
  watch: boolean;
  /** The host tells the add-in's own writes apart by itself (Excel's triggerSource); otherwise a
   *  time window around our writes does (src/host/own-writes.ts). */
  ownWritesTagged: boolean;
  /** The name of what `roundTrips()` counts, for the self-test and the bench ("sync" or "call"). */
  roundTripUnit: "sync" | "call";
  /** 生成模板 can be done here (Office: the ExcelApi ladder's layout rung; below it the clerk opens
   *  a workbook made by `xxgk template`). */
  layout: boolean;
  /** What layout would need, for the clerk's sentence (Office: the ExcelApi version); "" where none. */
  layoutNeeds: string;
  /** The add-in's own writes join the clerk's undo stack (Office: ExcelApi 1.20). */
  undoableWrites: boolean;
  /** Round-trip budgets of a layout and a check; null where calls are counted, not budgeted (WPS). */
  syncBudget: { layout: number; check: number } | null;
}

/** What a blank-workbook check needs beyond the sheet names (the self-test writes only into one). */
export interface WorkbookContents {
  /** The first sheet holding anything, or null. */
  filledSheet: string | null;
  /** The first defined name, or null. */
  definedName: string | null;
}

/** What 生成模板 is asked for: the clerk's year, agency and format when the form gave them;
 *  otherwise the workbook's own, or `defaultYear` (last calendar year, from the pane's clock). */
export interface LayoutRequest {
  format?: FormatId;
  year?: number | null;
  agency?: string | null;
  defaultYear?: number;
  /** Write even over cells the tool did not create (after the clerk said so). */
  overwrite?: boolean;
}

export interface LayoutOutcome {
  /** False when conflicts stopped the write. */
  written: boolean;
  conflicts: Conflict[];
  /** Round trips this step made (Office: context.sync() calls; WPS: see roundTrips()). */
  syncs: number;
  print: "applied" | "skipped";
  validation: "applied" | "skipped";
  /** "skipped" where conditional formats cannot be written (Office below ExcelApi 1.6). */
  conditional: "applied" | "skipped";
  /** Formulas found in input cells (汇总's sums over 明细) and kept as they are. */
  keptFormulas: number;
  renamed: { from: string; to: string }[];
  rebuilt: string[];
  upgradedFrom: number | null;
  /** What reading the workbook before writing found (R10 among them). */
  findings: Finding[];
  plan: LayoutPlan;
}

export interface CheckOutcome {
  result: CheckResult;
  /** What explain() and upsertExplanation() need: the report as read and the stored explanations. */
  report: ReportData;
  explanations: Explanation[];
  /** The 上年数据 sheet's figures, when it has any. */
  prior?: PriorFigures;
}

export interface ReadOutcome {
  /** The workbook holds a laid-out report (its meta name is there). */
  laidOut: boolean;
  report: ReportData;
  prior: PriorFigures | null;
  explanations: Explanation[];
}

export interface PartsOutcome {
  /** Every body 明细 now holds, in order. */
  bodies: string[];
  /** Bodies that were there before and were replaced. */
  replaced: string[];
}

/** One value written into one cell (the self-test's known figures). */
export interface CellWrite {
  sheet: string;
  address: string;
  value: number | string;
}

export interface ReportHost {
  capabilities(): HostCapabilities;
  /** 生成模板: lays out the plan (relayout keeps the clerk's figures and explanations). */
  layout(request: LayoutRequest): Promise<LayoutOutcome>;
  /** 校验: reads, runs the rules and paints the findings' cells. */
  check(): Promise<CheckOutcome>;
  /** Selects the first reference's cell (activating its sheet). */
  select(refs: CellRef[]): Promise<void>;
  /** Keeps the clerk's explanations (说明) in the workbook. */
  saveExplanations(list: Explanation[]): Promise<void>;
  readReport(): Promise<ReportData>;
  /** 同比 and 起草: the report and the 上年数据 sheet's figures (null when it has none). */
  readYears(): Promise<{ report: ReportData; prior: PriorFigures | null }>;
  /** Reads report, prior figures and stored explanations together (the self-test's relayout step). */
  readAll(): Promise<ReadOutcome>;
  /** 起草 → 插入: appends `text` to the narrative cell named `name`; returns the cell's new text. */
  insertText(name: string, place: string, text: string): Promise<string>;
  /** 汇总 → 写入. */
  writeParts(parts: PartFigures[]): Promise<PartsOutcome>;
  /** 导入上年数据: writes the 上年数据 sheet's input cells. */
  writePrior(prior: PriorFigures, format: FormatId): Promise<void>;
  /** Writes single values (the self-test's known figures), one round trip. */
  writeValues(writes: CellWrite[]): Promise<void>;
  /** The workbook's sheet names. */
  sheetNames(): Promise<string[]>;
  /** Whether any sheet holds anything and any name is defined; absent where the host cannot say
   *  cheaply (then only the report's own sheets make a workbook "not blank"). */
  contents?(): Promise<WorkbookContents>;
  /** Starts watching report sheets not yet watched; `onEdit` hears the clerk's edits, never ours. */
  watch(onEdit: () => void): Promise<string[]>;
  /** One sentence on what this host cannot do (Office: the ExcelApi ladder), or null when it can do all. */
  ladder?(): string | null;
  /** Round trips to the spreadsheet so far (monotonic): the self-test and the bench take differences. */
  roundTrips(): number;
  /** Document-scoped settings kept in the workbook (the ribbon's pending question); null where none. */
  settings(): DocSettings | null;
}
