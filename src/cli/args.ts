// The strict argument reader: a command's options come from its table (options.ts); anything else —
// an unknown option, a missing or bad value, a switch given a value, an option twice, one argument
// too many — is an ArgError naming it, which main.ts turns into one sentence and exit 2.
import { dashed, GLOBAL_OPTIONS } from "./options";
import type { CommandSpec, OptionSpec } from "./options";

export interface Args {
  positional: string[];
  /** By the option's name in its table ("o" also when typed --out). */
  flags: Record<string, string | true>;
  /** Every value of a repeatable option (flags holds its first), by name. */
  lists?: Record<string, string[]>;
}

export type ArgProblem =
  | { kind: "unknown"; flag: string; suggestion?: string }
  | { kind: "missingValue"; flag: string }
  | { kind: "badValue"; flag: string; value: string; expected: string }
  | { kind: "noValue"; flag: string; value: string }
  | { kind: "twice"; flag: string }
  | { kind: "extra"; args: string[]; max: number };

export class ArgError extends Error {
  constructor(readonly problem: ArgProblem) {
    super(`${problem.kind}: ${"flag" in problem ? problem.flag : ""}`);
  }
}

/** Before the old loose reader this was a set of valued flags; a spec-less call (tests of one command) keeps it. */
const LOOSE: CommandSpec = {
  name: "",
  usage: "",
  summary: "",
  max: Infinity,
  options: ["prior", "o", "out", "year", "agency", "format", "report", "prior-dir"]
    .map((name): OptionSpec => ({ name, value: "v", help: "" }))
    .concat(["json", "force", "narrative-only"].map((name) => ({ name, help: "" }))),
};

export function parseArgs(argv: string[], spec: CommandSpec = LOOSE): Args {
  const options = [...spec.options, ...GLOBAL_OPTIONS];
  const out: Args = { positional: [], flags: {} };
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPositional || a === "-" || !a.startsWith("-")) {
      out.positional.push(a);
      continue;
    }
    if (a === "--") {
      onlyPositional = true;
      continue;
    }
    const m = /^(--?)([^=]+)(?:=(.*))?$/s.exec(a);
    const typed = m ? m[2] : a;
    const opt = m ? options.find((o) => o.name === typed || o.alias === typed) : undefined;
    if (!m || !opt) throw new ArgError({ kind: "unknown", flag: a.replace(/=.*$/s, ""), ...suggest(typed, options) });
    const shown = `${m[1]}${typed}`;
    if (opt.name in out.flags && !opt.repeat) throw new ArgError({ kind: "twice", flag: shown });
    if (!opt.value) {
      if (m[3] !== undefined) throw new ArgError({ kind: "noValue", flag: shown, value: m[3] });
      out.flags[opt.name] = true;
      continue;
    }
    let value = m[3];
    if (value === undefined) {
      value = argv[i + 1];
      // "--prior --json": the next word is another option, not this one's value.
      if (value === undefined || (value.startsWith("--") && value.length > 2)) throw new ArgError({ kind: "missingValue", flag: shown });
      i++;
    }
    if (value === "") throw new ArgError({ kind: "missingValue", flag: shown });
    if (opt.accepts && !opt.accepts.test(value)) throw new ArgError({ kind: "badValue", flag: shown, value, expected: opt.accepts.expected });
    if (opt.repeat) (out.lists ??= {})[opt.name] = [...(out.lists?.[opt.name] ?? []), value];
    if (!(opt.name in out.flags)) out.flags[opt.name] = value;
  }
  if (spec.max < out.positional.length) throw new ArgError({ kind: "extra", args: out.positional.slice(spec.max), max: spec.max });
  return out;
}

export function flag(args: Args, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = args.flags[n];
    if (typeof v === "string") return v;
  }
  return undefined;
}

/** Every value of a repeatable option, in the order given: [] when it was not given. */
export function flagList(args: Args, name: string): string[] {
  const list = args.lists?.[name];
  if (list) return list;
  const v = args.flags[name];
  return typeof v === "string" ? [v] : [];
}

/** The closest option to a typo: a prefix either way ("--prio", "--output") or at most two edits ("--jsno"). */
function suggest(typed: string, options: OptionSpec[]): { suggestion?: string } {
  const word = typed.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const o of options) {
    for (const name of [o.name, o.alias].filter((n): n is string => n !== undefined && n.length > 1)) {
      const prefix = word.length > 1 && (name.startsWith(word) || word.startsWith(name));
      const d = prefix ? 0.5 + Math.abs(word.length - name.length) / 100 : editDistance(word, name);
      if (d <= Math.min(2, Math.max(1, Math.floor(name.length / 3))) && (!best || d < best.d)) best = { name: shownName(o), d };
    }
  }
  return best ? { suggestion: best.name } : {};
}

/** "-o/--out" for a short option with a long alias, else "--name". */
const shownName = (o: OptionSpec): string => (o.alias && o.alias.length > 1 && o.name.length === 1 ? `${dashed(o.name)}/${dashed(o.alias)}` : dashed(o.name));

/** Edits between two words, a swap of neighbours counting as one (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}
