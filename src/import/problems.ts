// What the import could not read as printed. A problem is data: where (a table and the row's statutory
// label), a message id of src/i18n/<lang>/import.ts with its parameters, and the cells concerned. No
// sentence is built here: the CLI and the pane render it in the reader's language (rules/render.ts
// turns {table} and {label} into {where}). The checker shows problems as R10 findings.
import type { CellKey } from "../format";
import type { Finding, MessageRef } from "../rules/types";

export type TableId = "t2" | "t3" | "t4";

/** Where in the report: a table, and a row of it by its label as the format prints it. */
export interface Where {
  table?: TableId;
  label?: string;
  /** The source line (1-based) the row's figures were on, when the source has lines. */
  line?: number;
}

export interface ImportProblem {
  table?: TableId;
  label?: string;
  msg: MessageRef;
  severity: "error" | "warning";
  /** The cells concerned, when the problem is about a table row. */
  keys?: CellKey[];
}

export function problem(
  where: Where,
  id: string,
  severity: ImportProblem["severity"],
  params: Record<string, string | number> = {},
  keys?: CellKey[],
): ImportProblem {
  const at: Record<string, string | number> = {};
  if (where.table) at.table = where.table;
  if (where.label !== undefined) at.label = where.label;
  if (where.line !== undefined) at.line = where.line;
  const msg: MessageRef = { id, params: { ...at, ...params } };
  if (where.line !== undefined) msg.notes = ["import.atLine"];
  const p: ImportProblem = { severity, msg };
  if (where.table) p.table = where.table;
  if (where.label !== undefined) p.label = where.label;
  if (keys) p.keys = keys;
  return p;
}

/** Import problems as R10 findings (structure), for the checker's list and the CLI. */
export function problemFindings(problems: ImportProblem[], file?: string): Finding[] {
  return problems.map((p) => {
    const f: Finding = { rule: "R10", severity: p.severity, cells: (p.keys ?? []).map((key) => ({ key })), msg: p.msg };
    if (file !== undefined) f.file = file;
    return f;
  });
}
