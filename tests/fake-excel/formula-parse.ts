// Formula text for the fake: tokens, a parse tree, and rewriting references in place (row insertion,
// sheet rename). The evaluator is formula.ts.
import { colIndex, colLetters, quoteSheet } from "./address";

export interface FormulaError {
  error: "#VALUE!" | "#NAME?" | "#REF!" | "#DIV/0!" | "#N/A";
}
export type Value = number | string | boolean | null | FormulaError;

export const isError = (v: unknown): v is FormulaError => typeof v === "object" && v !== null && "error" in v;
export const err = (error: FormulaError["error"]): FormulaError => ({ error });

export interface CellRefPart {
  row: number;
  col: number;
  rowAbs: boolean;
  colAbs: boolean;
}
export interface RefToken {
  sheet?: string;
  a: CellRefPart;
  b?: CellRefPart;
}

type Tok =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; ref: RefToken }
  | { t: "id"; v: string }
  | { t: "op"; v: string };
export type Positioned = Tok & { start: number; end: number };

const REF =
  /^(?:('(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?/u;
const OPS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "(", ")", ",", "%"];

function part(colAbs: string, col: string, rowAbs: string, row: string): CellRefPart {
  return { col: colIndex(col), row: Number(row) - 1, colAbs: colAbs === "$", rowAbs: rowAbs === "$" };
}

export function tokenize(src: string): Positioned[] {
  const out: Positioned[] = [];
  let i = src.startsWith("=") ? 1 : 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const start = i;
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    const ref = REF.exec(rest);
    if (ref && !/^[\p{L}\p{N}_(]/u.test(rest.slice(ref[0].length))) {
      let sheet = ref[1];
      if (sheet?.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      const a = part(ref[2], ref[3], ref[4], ref[5]);
      const b = ref[7] ? part(ref[6], ref[7], ref[8], ref[9]) : undefined;
      i += ref[0].length;
      out.push({ t: "ref", ref: { sheet, a, b }, start, end: i });
    } else if (num) {
      i += num[0].length;
      out.push({ t: "num", v: Number(num[0]), start, end: i });
    } else if (ch === '"') {
      let j = i + 1;
      let s = "";
      while (j < src.length) {
        if (src[j] === '"' && src[j + 1] === '"') {
          s += '"';
          j += 2;
        }
        else if (src[j] === '"') break;
        else s += src[j++];
      }
      if (j >= src.length) throw new Error(`Unterminated string in ${src}`);
      i = j + 1;
      out.push({ t: "str", v: s, start, end: i });
    } else if (/[\p{L}_]/u.test(ch)) {
      const id = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(rest)![0];
      i += id.length;
      out.push({ t: "id", v: id, start, end: i });
    } else {
      const op = OPS.find((o) => rest.startsWith(o));
      if (!op) throw new Error(`Unexpected "${ch}" in formula ${src}`);
      i += op.length;
      out.push({ t: "op", v: op, start, end: i });
    }
  }
  return out;
}

export type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "ref"; ref: RefToken }
  | { t: "name"; v: string }
  | { t: "un"; op: string; e: Node }
  | { t: "pct"; e: Node }
  | { t: "bin"; op: string; l: Node; r: Node }
  | { t: "fn"; name: string; args: Node[] };

const PREC: Record<string, number> = { "=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5 };

export function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const expectOp = (v: string) => {
    const t = toks[p++];
    if (!t || t.t !== "op" || t.v !== v) throw new Error(`Expected "${v}" in ${src}`);
  };
  function primary(): Node {
    const t = toks[p++];
    if (!t) throw new Error(`Unexpected end of ${src}`);
    if (t.t === "num") return { t: "num", v: t.v };
    if (t.t === "str") return { t: "str", v: t.v };
    if (t.t === "ref") return { t: "ref", ref: t.ref };
    if (t.t === "op" && (t.v === "-" || t.v === "+")) return { t: "un", op: t.v, e: postfix(primary()) };
    if (t.t === "op" && t.v === "(") {
      const e = expr(0);
      expectOp(")");
      return e;
    }
    if (t.t === "id") {
      const n = peek();
      if (n && n.t === "op" && n.v === "(") {
        p++;
        const args: Node[] = [];
        if (!(peek()?.t === "op" && (peek() as { v: string }).v === ")")) {
          args.push(expr(0));
          while (peek()?.t === "op" && (peek() as { v: string }).v === ",") {
            p++;
            args.push(expr(0));
          }
        }
        expectOp(")");
        return { t: "fn", name: t.v.toUpperCase(), args };
      }
      const up = t.v.toUpperCase();
      if (up === "TRUE" || up === "FALSE") return { t: "bool", v: up === "TRUE" };
      return { t: "name", v: t.v };
    }
    throw new Error(`Unexpected token in ${src}`);
  }
  function postfix(n: Node): Node {
    while (peek()?.t === "op" && (peek() as { v: string }).v === "%") {
      p++;
      n = { t: "pct", e: n };
    }
    return n;
  }
  function expr(min: number): Node {
    let left = postfix(primary());
    for (;;) {
      const t = peek();
      if (!t || t.t !== "op" || !(t.v in PREC) || PREC[t.v] < min) break;
      p++;
      const right = expr(t.v === "^" ? PREC[t.v] : PREC[t.v] + 1);
      left = { t: "bin", op: t.v, l: left, r: right };
    }
    return left;
  }
  const node = expr(0);
  if (p !== toks.length) throw new Error(`Trailing tokens in ${src}`);
  return node;
}

/** Rewrites the references of a formula (row insertion, sheet rename); `fn` returns the new text of a
 *  reference or null to keep it. */
export function rewriteRefs(formula: string, fn: (ref: RefToken) => RefToken | "#REF!" | null): string {
  let toks: Positioned[];
  try {
    toks = tokenize(formula);
  } catch {
    return formula;
  }
  let out = "";
  let last = 0;
  for (const t of toks) {
    if (t.t !== "ref") continue;
    const next = fn(t.ref);
    if (next === null) continue;
    out += formula.slice(last, t.start) + (next === "#REF!" ? "#REF!" : refText(next));
    last = t.end;
  }
  return out + formula.slice(last);
}

export function refText(r: RefToken): string {
  const p = (c: CellRefPart) => `${c.colAbs ? "$" : ""}${colLetters(c.col)}${c.rowAbs ? "$" : ""}${c.row + 1}`;
  return `${r.sheet !== undefined ? quoteSheet(r.sheet) + "!" : ""}${p(r.a)}${r.b ? ":" + p(r.b) : ""}`;
}
