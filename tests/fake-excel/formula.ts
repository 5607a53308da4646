// A small Excel formula evaluator for the fake: numbers, strings, booleans, + - * / ^ & and unary minus,
// comparisons, parentheses, cell and range references (with $ and 'Sheet'!A1), defined names, and the
// few functions templates use. An unknown function evaluates to #NAME? so a formula the real Excel
// would reject cannot silently pass a test.
import type { Area } from "./address";
import { err, isError, parse } from "./formula-parse";
import type { CellRefPart, FormulaError, Node, Value } from "./formula-parse";

export { isError, parse, rewriteRefs, refText } from "./formula-parse";
export type { FormulaError, RefToken, Value } from "./formula-parse";

/** What the evaluator needs from the workbook. `sheet` undefined means the formula's own sheet. */
export interface EvalHost {
  value(sheet: string | undefined, row: number, col: number): Value;
  isEmpty(sheet: string | undefined, row: number, col: number): boolean;
  name(name: string): { sheet: string; area: Area } | null;
  sheetExists(sheet: string): boolean;
}

interface RangeVal {
  sheet: string | undefined;
  area: Area;
}
type Arg = Value | RangeVal;
const isRange = (v: Arg): v is RangeVal => typeof v === "object" && v !== null && "area" in v;

const cache = new Map<string, Node>();
function ast(formula: string): Node {
  let n = cache.get(formula);
  if (!n) cache.set(formula, (n = parse(formula)));
  return n;
}

/** Evaluates `formula`; `shift` moves relative references (a conditional format applied to a cell
 *  other than its range's top-left one). */
export function evaluate(formula: string, host: EvalHost, shift = { rows: 0, cols: 0 }): Value {
  let node: Node;
  try {
    node = ast(formula);
  } catch {
    return err("#NAME?");
  }
  const ev = new Evaluator(host, shift);
  return ev.scalar(ev.eval(node));
}

class Evaluator {
  constructor(
    private host: EvalHost,
    private shift: { rows: number; cols: number },
  ) {}

  private at(p: CellRefPart): { row: number; col: number } {
    return { row: p.row + (p.rowAbs ? 0 : this.shift.rows), col: p.col + (p.colAbs ? 0 : this.shift.cols) };
  }

  eval(n: Node): Arg {
    switch (n.t) {
      case "num":
      case "str":
      case "bool":
        return n.v;
      case "ref": {
        if (n.ref.sheet !== undefined && !this.host.sheetExists(n.ref.sheet)) return err("#REF!");
        const a = this.at(n.ref.a);
        const b = n.ref.b ? this.at(n.ref.b) : a;
        const area = { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
        if (area.row < 0 || area.col < 0) return err("#REF!");
        return { sheet: n.ref.sheet, area };
      }
      case "name": {
        const r = this.host.name(n.v);
        return r ? { sheet: r.sheet, area: r.area } : err("#NAME?");
      }
      case "un": {
        const v = this.num(this.eval(n.e));
        return isError(v) ? v : n.op === "-" ? -v : v;
      }
      case "pct": {
        const v = this.num(this.eval(n.e));
        return isError(v) ? v : v / 100;
      }
      case "bin":
        return this.binary(n.op, this.scalar(this.eval(n.l)), this.scalar(this.eval(n.r)));
      case "fn":
        return this.call(n.name, n.args);
    }
  }

  /** A range in a scalar position: a single cell gives its value; more is #VALUE! (no implicit intersection). */
  scalar(v: Arg): Value {
    if (!isRange(v)) return v;
    if (v.area.rows !== 1 || v.area.cols !== 1) return err("#VALUE!");
    return this.host.value(v.sheet, v.area.row, v.area.col);
  }

  num(v: Arg): number | FormulaError {
    const s = this.scalar(v);
    if (isError(s)) return s;
    if (s === null || s === "") return 0;
    if (typeof s === "boolean") return s ? 1 : 0;
    if (typeof s === "number") return s;
    const t = s.trim();
    return t !== "" && Number.isFinite(Number(t)) ? Number(t) : err("#VALUE!");
  }

  private bool(v: Arg): boolean | FormulaError {
    const s = this.scalar(v);
    if (isError(s)) return s;
    if (typeof s === "string") {
      const u = s.toUpperCase();
      return u === "TRUE" ? true : u === "FALSE" ? false : err("#VALUE!");
    }
    return Boolean(s);
  }

  private binary(op: string, l: Value, r: Value): Value {
    if (isError(l)) return l;
    if (isError(r)) return r;
    if (op === "&") return text(l) + text(r);
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const c = compare(l, r);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op]!;
    }
    const a = this.num(l);
    const b = this.num(r);
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === "+") return a + b;
    if (op === "-") return a - b;
    if (op === "*") return a * b;
    if (op === "^") return Math.pow(a, b);
    return b === 0 ? err("#DIV/0!") : a / b;
  }

  /** Every cell of every argument: ranges expand to (value, fromRange=true). */
  private *cells(args: Node[]): Generator<{ v: Value; inRange: boolean; empty: boolean }> {
    for (const a of args) {
      const v = this.eval(a);
      if (!isRange(v)) {
        yield { v, inRange: false, empty: false };
        continue;
      }
      for (let r = 0; r < v.area.rows; r++)
        for (let c = 0; c < v.area.cols; c++) {
          const row = v.area.row + r;
          const col = v.area.col + c;
          yield { v: this.host.value(v.sheet, row, col), inRange: true, empty: this.host.isEmpty(v.sheet, row, col) };
        }
    }
  }

  private call(name: string, args: Node[]): Value {
    const one = (i: number) => (args[i] ? this.eval(args[i]) : null);
    switch (name) {
      case "SUM": {
        let s = 0;
        for (const { v, inRange } of this.cells(args)) {
          if (isError(v)) return v;
          if (inRange) {
            if (typeof v === "number") s += v;
          } else {
            const n = this.num(v);
            if (isError(n)) return n;
            s += n;
          }
        }
        return s;
      }
      case "AND":
      case "OR": {
        let acc = name === "AND";
        for (const { v, inRange } of this.cells(args)) {
          if (isError(v)) return v;
          if (inRange && typeof v !== "number" && typeof v !== "boolean") continue;
          const b = this.bool(v);
          if (isError(b)) return b;
          acc = name === "AND" ? acc && b : acc || b;
        }
        return acc;
      }
      case "NOT": {
        const b = this.bool(one(0));
        return isError(b) ? b : !b;
      }
      case "IF": {
        const c = this.bool(one(0));
        if (isError(c)) return c;
        return c ? this.scalar(one(1) ?? true) : args.length > 2 ? this.scalar(one(2)) : false;
      }
      case "ABS":
      case "INT": {
        const n = this.num(one(0));
        return isError(n) ? n : name === "ABS" ? Math.abs(n) : Math.floor(n);
      }
      case "ROUND": {
        const n = this.num(one(0));
        const d = this.num(one(1));
        if (isError(n)) return n;
        if (isError(d)) return d;
        const f = Math.pow(10, d);
        return Math.round(n * f) / f;
      }
      case "MOD": {
        const n = this.num(one(0));
        const d = this.num(one(1));
        if (isError(n)) return n;
        if (isError(d)) return d;
        return d === 0 ? err("#DIV/0!") : n - d * Math.floor(n / d);
      }
      case "ISBLANK": {
        const v = one(0);
        return isRange(v) ? v.area.rows * v.area.cols === 1 && this.host.isEmpty(v.sheet, v.area.row, v.area.col) : v === null;
      }
      case "ISNUMBER":
      case "ISTEXT":
      case "ISERROR":
      case "ISLOGICAL": {
        const v = this.scalar(one(0));
        if (name === "ISERROR") return isError(v);
        if (name === "ISNUMBER") return typeof v === "number";
        if (name === "ISLOGICAL") return typeof v === "boolean";
        return typeof v === "string";
      }
      case "COUNTA":
      case "COUNTBLANK":
      case "COUNT": {
        let n = 0;
        for (const { v, inRange, empty } of this.cells(args)) {
          if (name === "COUNTBLANK") n += empty || v === "" ? 1 : 0;
          else if (name === "COUNTA") n += inRange ? (empty ? 0 : 1) : 1;
          else n += typeof v === "number" ? 1 : 0;
        }
        return n;
      }
      case "ROWS":
      case "COLUMNS": {
        const v = one(0);
        if (isError(v)) return v;
        if (!isRange(v)) return 1;
        return name === "ROWS" ? v.area.rows : v.area.cols;
      }
      case "LEN":
      case "TRIM": {
        const v = this.scalar(one(0));
        if (isError(v)) return v;
        return name === "LEN" ? text(v).length : text(v).trim().replace(/ +/g, " ");
      }
      default:
        return err("#NAME?");
    }
  }
}

function text(v: Value): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Excel's ordering: numbers < text < booleans; a blank is 0 against a number and "" against text. */
function compare(l: Value, r: Value): number {
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (l === null) l = typeof r === "string" ? "" : typeof r === "boolean" ? false : 0;
  if (r === null) r = typeof l === "string" ? "" : typeof l === "boolean" ? false : 0;
  if (rank(l) !== rank(r)) return rank(l) - rank(r);
  if (typeof l === "string") {
    const a = l.toLowerCase();
    const b = (r as string).toLowerCase();
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const a = Number(l);
  const b = Number(r);
  return a < b ? -1 : a > b ? 1 : 0;
}
