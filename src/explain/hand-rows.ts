// Rows of the 说明 sheet a clerk wrote by hand (rule, cell, text and the figures they saw), without
// the record the pane and `xxgk explain` keep. Each is matched to the one warning it names; it then
// explains that warning only while the figures it recorded still stand, exactly as a recorded
// explanation does. A row that names no warning, several, an error, or does not record every figure
// of its warning explains nothing, and says so in one sentence naming its row: never ignored silently,
// never taken to explain a figure the clerk did not see.
import { cellText } from "../model/cell";
import { cellOf } from "../model/report";
import type { ReportData } from "../model/report";
import type { Finding, FindingCell } from "../rules/types";
import { cellMatches } from "./cell-match";
import { ruleMatcher } from "./rule-match";

/** A hand-written row as it stands on the sheet. */
export interface HandWritten {
  rule: string;
  cell: string;
  figures: string;
}

export type HandOutcome =
  | { kind: "fresh" | "stale"; finding: Finding }
  | { kind: "problem"; finding: Finding };

/** The cells named in one 单元格 entry: 表三!J7、K7 or J7;K7 (a sheet name may hold a space). */
export const cellTokens = (s: string): string[] =>
  s
    .split(/[、，,；;\n]+/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Distinct cells of a finding, in the order of their keys (as recorded explanations are). */
const cellsOf = (f: Finding): FindingCell[] => {
  const seen = new Map<string, FindingCell>();
  for (const c of f.cells) if (!seen.has(c.key)) seen.set(c.key, c);
  return [...seen.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};

/** How a cell is written back to the clerk: its address (with the sheet when the finding spans
 *  several sheets), else its canonical key. */
export function cellNames(f: Finding): string[] {
  const cells = cellsOf(f);
  const sheets = new Set(cells.map((c) => c.sheet));
  return cells.map((c) => (c.address ? (sheets.size > 1 ? `${c.sheet}!${c.address}` : c.address) : c.key));
}

/** "J7=25；K7=3": the finding's figures as they stand, as the 说明时的数值 column takes them. */
export function figuresText(f: Finding, report: ReportData): string {
  const names = cellNames(f);
  return cellsOf(f)
    .map((c, i) => `${names[i]}=${cellText(cellOf(report, c.key))}`)
    .join("；");
}

const sameFigure = (a: string, b: string) => {
  const x = a.replace(/[,，\s]/g, "");
  const y = b.replace(/[,，\s]/g, "");
  return x === y || (x !== "" && y !== "" && Number.isFinite(Number(x)) && Number(x) === Number(y));
};

/** The figures a row recorded, by cell of the finding; cells it does not record are absent. */
function recorded(h: HandWritten, cells: FindingCell[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of h.figures.split(/[；;\n]+/).map((x) => x.trim()).filter(Boolean)) {
    const eq = entry.search(/[=＝]/);
    if (eq < 0) {
      // A bare figure is the figure of the only cell; with several cells it says which of them nobody knows.
      if (cells.length === 1) out.set(cells[0].key, entry);
      continue;
    }
    const name = entry.slice(0, eq).trim();
    const c = cells.find((x) => cellMatches(x, name));
    if (c) out.set(c.key, entry.slice(eq + 1).trim());
  }
  return out;
}

const problem = (id: string, params: Record<string, string | number>): Finding => ({ rule: "R10", severity: "info", cells: [], msg: { id, params } });

/**
 * What one hand-written row (sheet row `row`, text `text`) does to `findings`: explains one warning
 * (fresh), marks its explanation out of date (stale), or is a problem sentence. `claimed` holds the
 * warnings other rows already explain.
 */
export function resolveHandRow(h: HandWritten, row: number, text: string, findings: Finding[], report: ReportData, claimed: Set<Finding>): HandOutcome {
  const named = { row, rule: h.rule, cell: h.cell };
  if (!text) return { kind: "problem", finding: problem("explain.row.noText", named) };
  const isRule = ruleMatcher(h.rule);
  if (!isRule) return { kind: "problem", finding: problem("explain.row.ruleUnknown", named) };
  const tokens = cellTokens(h.cell);
  const candidates = findings.filter((f) => isRule(f) && tokens.every((tok) => f.cells.some((c) => cellMatches(c, tok))));
  const all = candidates.filter((f) => f.severity === "warning");
  // Several warnings share the named cells (J7 alone, J7 with J8): the one about exactly those cells is meant.
  const exact = all.filter((f) => f.cells.every((c) => tokens.some((tok) => cellMatches(c, tok))));
  const warnings = all.length > 1 && exact.length === 1 ? exact : all;
  if (warnings.length === 0) {
    const id = candidates.some((f) => f.severity === "error") ? "explain.row.notWarning" : "explain.row.unmatched";
    return { kind: "problem", finding: problem(id, named) };
  }
  if (warnings.length > 1) {
    const list = warnings.map((f) => `${f.msg.id} ${cellNames(f).join("、")}`).join("；");
    return { kind: "problem", finding: problem("explain.row.ambiguous", { ...named, list }) };
  }
  const w = warnings[0];
  if (claimed.has(w)) return { kind: "problem", finding: problem("explain.row.duplicate", named) };
  const cells = cellsOf(w);
  const seen = recorded(h, cells);
  if (cells.some((c) => !seen.has(c.key))) return { kind: "problem", finding: problem("explain.row.unpinned", { ...named, figures: figuresText(w, report) }) };
  const fresh = cells.every((c) => sameFigure(seen.get(c.key) as string, cellText(cellOf(report, c.key))));
  return { kind: fresh ? "fresh" : "stale", finding: w };
}

/** Whether a hand-written row names finding `f` (rule and every cell), for replacing it when the
 *  pane or `xxgk explain` records an explanation of the same warning. */
export function handNames(h: HandWritten, f: Finding): boolean {
  const isRule = ruleMatcher(h.rule);
  return Boolean(isRule && isRule(f) && cellTokens(h.cell).every((tok) => f.cells.some((c) => cellMatches(c, tok))));
}
