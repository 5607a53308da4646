// A small argument reader: the CLI's contract (DESIGN §5) is narrow enough not to need a library.
export interface Args {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Flags that take a value; every other --flag is a switch. */
const VALUED = new Set(["prior", "o", "out", "year", "agency", "format", "lang"]);

export class ArgError extends Error {
  constructor(readonly flag: string) {
    super(flag);
  }
}

export function parseArgs(argv: string[]): Args {
  const out: Args = { positional: [], flags: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--?([\w-]+)(?:=(.*))?$/.exec(a);
    if (!m || a === "-") {
      out.positional.push(a);
      continue;
    }
    const name = m[1];
    if (m[2] !== undefined) out.flags[name] = m[2];
    else if (VALUED.has(name)) {
      const v = argv[++i];
      if (v === undefined) throw new ArgError(a);
      out.flags[name] = v;
    } else out.flags[name] = true;
  }
  return out;
}

export function flag(args: Args, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = args.flags[n];
    if (typeof v === "string") return v;
  }
  return undefined;
}
