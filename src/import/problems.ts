// What the import could not read as printed. Each problem names where (表三「（一）予以公开」) and says why
// in a message of src/i18n/<lang>/import.ts; the checker shows them as R10 findings.
import type { CellKey } from "../format";
import { t } from "../i18n";
import type { Finding, MessageRef } from "../rules/types";

export interface ImportProblem {
  /** Where in the report, in Chinese: 表三「（一）予以公开」, 表四, 「五、存在的主要问题及改进情况」. */
  where: string;
  msg: MessageRef;
  severity: "error" | "warning";
  /** The cells concerned, when the problem is about a table row. */
  keys?: CellKey[];
}

export type TableId = "t2" | "t3" | "t4";

/** 表三「（一）予以公开」, or 表四 when there is no row label. */
export function whereIn(table: TableId, label?: string): string {
  const name = t("zh-CN", `table.${table}`);
  return label === undefined ? name : t("zh-CN", "import.where", { table: name, label });
}

export function problem(
  where: string,
  id: string,
  severity: ImportProblem["severity"],
  params: Record<string, string | number> = {},
  keys?: CellKey[],
): ImportProblem {
  const p: ImportProblem = { where, severity, msg: { id, params: { where, ...params } } };
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
