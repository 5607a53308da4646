// Tables 二, 三 and 四 from their rows: each row's gathered label is matched to the format's rows,
// its figures fitted to the row's columns, and every cell read with readCell (raw text kept).
import { t2Keys, t3Keys, t4Keys } from "../format";
import type { CellKey, FormatSpec, ValueKind } from "../format";
import type { CellValue } from "../model/cell";
import { labelTarget, matchLabel } from "./label-match";
import { problem, whereIn } from "./problems";
import type { ImportProblem, TableId } from "./problems";
import type { TableRow } from "./table-rows";
import { fitRow, isValueWord, rowTotalBalances, t4Balances } from "./values";

export interface TableRead {
  cells: Record<CellKey, CellValue>;
  problems: ImportProblem[];
  /** How many of the format's rows were found (0: the table is not there). */
  found: number;
}

interface RowTarget {
  label: string;
  keys: CellKey[];
  kinds: ValueKind[];
  balances?: (nums: number[]) => boolean;
}

export function readT2(rows: TableRow[], f: FormatSpec, reportUnknown = true): TableRead {
  const keys = t2Keys(f);
  const targets = f.t2.flatMap((g) => g.rows.map((r) => ({ label: r.label, kinds: g.columns.map((c) => c.kind ?? "count") })));
  return readLabelledRows(rows, "t2", targets.map((x, i) => ({ ...x, keys: keys[i] })), reportUnknown);
}

export function readT3(rows: TableRow[], f: FormatSpec, reportUnknown = true): TableRead {
  const keys = t3Keys(f);
  const targets = f.t3.rows.map((r, i) => ({
    label: r.label,
    keys: keys[i],
    kinds: keys[i].map((): ValueKind => "count"),
    balances: rowTotalBalances,
  }));
  return readLabelledRows(rows, "t3", targets, reportUnknown);
}

/** Table 四 is one row of 15 figures under a header of single characters; its figures may be spread. */
export function readT4(rows: TableRow[], f: FormatSpec): TableRead {
  const keys = t4Keys(f);
  // Header rows of an explicit table may end in blank cells; only rows with figures are the data.
  const words = rows.filter((r) => r.words.some(isValueWord)).flatMap((r) => r.words);
  const explicit = rows.some((r) => r.explicit);
  const where = whereIn("t4");
  if (words.length === 0) return { cells: {}, problems: [], found: 0 };
  const fit = fitRow(words, keys.map((): ValueKind => "count"), t4Balances, explicit);
  const cells: Record<CellKey, CellValue> = {};
  const problems: ImportProblem[] = [];
  if (fit.kind === "ok" || fit.kind === "split") keys.forEach((k, i) => (cells[k] = fit.cells[i]));
  if (fit.kind === "split") problems.push(splitProblem(where, fit, keys.length, keys));
  if (fit.kind === "tooMany" || fit.kind === "tooFew") {
    problems.push(problem(where, `import.row.${fit.kind}`, "error", { count: fit.count, expected: keys.length }, keys));
  }
  return { cells, problems, found: 1 };
}

function readLabelledRows(rows: TableRow[], table: TableId, targets: RowTarget[], reportUnknown: boolean): TableRead {
  const labels = targets.map((x) => labelTarget(x.label));
  const cells: Record<CellKey, CellValue> = {};
  const problems: ImportProblem[] = [];
  const taken = new Set<number>();
  let last = -1;
  for (const row of rows) {
    const m = matchLabel(row.gathered, labels, taken);
    const blanks = row.words.every((w) => w.trim() === "" || w.trim() === "\u00a0");
    if (!m) {
      if (reportUnknown && !(row.explicit && blanks)) {
        const printed = row.printed.length > 30 ? `…${row.printed.slice(-30)}` : row.printed;
        problems.push(problem(whereIn(table), "import.row.unknown", "warning", { printed, count: row.words.length }));
      }
      continue;
    }
    const target = targets[m.index];
    const where = whereIn(table, target.label);
    if (taken.has(m.index)) {
      problems.push(problem(where, "import.row.duplicate", "warning", {}, target.keys));
      continue;
    }
    // A PDF drops a row whose cells are all blank: its label then runs into the next row's label.
    const before = row.gathered.slice(0, m.at);
    for (let j = last + 1; j < m.index; j++) {
      if (!taken.has(j) && before.includes(labels[j].key)) {
        taken.add(j);
        problems.push(problem(whereIn(table, targets[j].label), "import.row.noValues", "error", {}, targets[j].keys));
      }
    }
    taken.add(m.index);
    last = m.index;
    const fit = fitRow(row.words, target.kinds, target.balances, row.explicit);
    if (fit.kind === "ok" || fit.kind === "split") target.keys.forEach((k, i) => (cells[k] = fit.cells[i]));
    if (fit.kind === "split") problems.push(splitProblem(where, fit, target.kinds.length, target.keys));
    if (fit.kind === "tooMany" || fit.kind === "tooFew") {
      problems.push(
        problem(where, `import.row.${fit.kind}`, "error", { count: fit.count, expected: target.kinds.length, printed: row.words.join(" ") }, target.keys),
      );
    }
  }
  if (taken.size > 0) {
    targets.forEach((x, i) => {
      if (!taken.has(i)) problems.push(problem(whereIn(table, x.label), "import.row.missing", "error", {}, x.keys));
    });
  }
  return { cells, problems, found: taken.size };
}

function splitProblem(
  where: string,
  fit: { a: string; b: string; joined: number; column: number },
  expected: number,
  keys: CellKey[],
): ImportProblem {
  return problem(
    where,
    "import.row.maybeSplit",
    "warning",
    { count: expected + 1, expected, a: fit.a, b: fit.b, joined: fit.joined, column: fit.column + 1 },
    keys,
  );
}

