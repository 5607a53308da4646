import type { CellKey, FormatSpec } from "../format";
import type { CellRef, PriorFigures, ReportData } from "../model/report";

export type RuleId = "R1" | "R2" | "R3" | "R4" | "R5" | "R6" | "R7" | "R8" | "R9" | "R10" | "R11" | "R12";
export type Severity = "error" | "warning" | "info";

export interface FindingCell extends Partial<CellRef> {
  key: CellKey;
}

/** A message as data: its id in the message tables (src/i18n/<lang>/rules.ts) and its parameters. */
export interface MessageRef {
  id: string;
  /** Parameters; by convention `cell` holds a canonical key, `table` a table id ("t3") and
   *  `expected`/`actual` a format id — the renderer turns them into words of the chosen language. */
  params: Record<string, string | number>;
  /** Ids of notes appended to the message (e.g. blanks counted as 0). */
  notes?: string[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  cells: FindingCell[];
  left?: number | null;
  right?: number | null;
  difference?: number;
  msg: MessageRef;
  /** Set when the rule could not be evaluated (severity is then "info"). */
  unevaluable?: true;
  /** The quoted sentence behind a narrative finding (R8). */
  quote?: string;
  /** The file or agency a finding came from (batch checks, consolidation). */
  file?: string;
}

export interface RuleContext {
  report: ReportData;
  format: FormatSpec;
  prior?: PriorFigures;
}

export interface Rule {
  id: RuleId;
  run(ctx: RuleContext): Finding[];
}
