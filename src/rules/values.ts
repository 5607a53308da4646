// R5: every figure is a number of the right kind. Text that means a number is reported with the
// number it probably meant; a table with no figures at all is one finding, not one per cell.
import { cellInfos } from "../format";
import type { CellInfo, FormatSpec, TableId } from "../format";
import { cellText, valueProblem } from "../model/cell";
import { cellOf } from "../model/report";
import { columnLabel } from "./cell-label";
import { equations } from "./equations";
import type { Finding, Rule, RuleContext } from "./types";

const TABLES: TableId[] = ["t2", "t3", "t4"];

function cellFinding(ctx: RuleContext, info: CellInfo): Finding | null {
  const c = cellOf(ctx.report, info.key);
  const problem = valueProblem(c, info.kind);
  if (problem === null) return null;
  const base = { rule: "R5" as const, severity: "error" as const, cells: [{ key: info.key }] };
  switch (problem) {
    case "blank":
      return { ...base, msg: { id: "R5.blank", params: { cell: info.key } } };
    case "nodata":
      return { ...base, msg: { id: "R5.nodata", params: { cell: info.key, raw: cellText(c) } } };
    case "text":
      if (c.kind === "text" && (c.why === "notCount" || c.why === "date" || c.why === "boolean")) {
        return { ...base, msg: { id: `R5.${c.why}`, params: { cell: info.key, raw: c.raw } } };
      }
      if (c.kind === "text" && c.guess !== undefined) {
        return { ...base, right: c.guess, msg: { id: "R5.textGuess", params: { cell: info.key, raw: c.raw, guess: c.guess } } };
      }
      return { ...base, msg: { id: "R5.text", params: { cell: info.key, raw: cellText(c) } } };
    case "negative":
    case "fraction":
      return { ...base, left: Number(cellText(c)), msg: { id: `R5.${problem}`, params: { cell: info.key, value: cellText(c) } } };
  }
}

const totalsCache = new WeakMap<FormatSpec, Set<string>>();

function totalKeys(f: FormatSpec): Set<string> {
  let keys = totalsCache.get(f);
  if (!keys) totalsCache.set(f, (keys = new Set(equations(f).flatMap((eq) => (eq.total ? [eq.total] : [])))));
  return keys;
}

const byTableCache = new WeakMap<FormatSpec, Map<TableId, CellInfo[]>>();

function cellsByTable(f: FormatSpec): Map<TableId, CellInfo[]> {
  let byTable = byTableCache.get(f);
  if (!byTable) {
    const m = new Map<TableId, CellInfo[]>(TABLES.map((tb) => [tb, []]));
    for (const info of cellInfos(f).values()) m.get(info.table)?.push(info);
    byTableCache.set(f, (byTable = m));
  }
  return byTable;
}

const inputColumnsCache = new WeakMap<FormatSpec, [string, string[]][]>();

/** Table 三's input cells by column; a workbook's total row is a formula (never blank), so it is left out. */
function inputColumns(f: FormatSpec): [string, string[]][] {
  let cols = inputColumnsCache.get(f);
  if (!cols) {
    const computed = totalKeys(f);
    const infos = cellsByTable(f).get("t3") ?? [];
    cols = f.t3.columns.map((c) => [c.key, infos.filter((i) => i.column === c.key && !computed.has(i.key)).map((i) => i.key)]);
    inputColumnsCache.set(f, cols);
  }
  return cols;
}

/** Table-三 columns blank from top to bottom (the five 法人 columns left empty): one finding each. */
function wholeBlankColumns(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const [column, keys] of inputColumns(ctx.format)) {
    if (keys.length > 1 && keys.every((k) => cellOf(ctx.report, k).kind === "blank")) out.add(column);
  }
  return out;
}

export const VALUES_RULE: Rule = {
  id: "R5",
  run(ctx) {
    const byTable = cellsByTable(ctx.format);
    const out: Finding[] = [];
    for (const [table, infos] of byTable) {
      // Totals are formulas in a workbook and read 0 before anything is typed: an untouched table
      // is one whose input cells are all blank.
      const computed = totalKeys(ctx.format);
      if (infos.every((i) => computed.has(i.key) || cellOf(ctx.report, i.key).kind === "blank")) {
        out.push({ rule: "R5", severity: "error", cells: infos.map((i) => ({ key: i.key })), msg: { id: "R5.tableEmpty", params: { table } } });
        continue;
      }
      const blankColumns = table === "t3" ? wholeBlankColumns(ctx) : new Set<string>();
      for (const column of blankColumns) {
        const cells = infos.filter((i) => i.column === column).map((i) => ({ key: i.key }));
        out.push({ rule: "R5", severity: "error", cells, msg: { id: "R5.columnBlank", params: { table, column: columnLabel(ctx.format, column) } } });
      }
      for (const info of infos) {
        if (blankColumns.has(info.column)) continue;
        const f = cellFinding(ctx, info);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
