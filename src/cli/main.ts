// xxgk: the command line of 政务公开年报助手 (DESIGN §5). Every command returns its exit code.
import { t } from "../i18n";
import "../i18n/english"; // the command line speaks both languages (--lang en)
import type { Lang } from "../i18n";
import { ArgError, parseArgs } from "./args";
import type { Args, ArgProblem } from "./args";
import { isBatchWorker } from "./batch-thread";
import { checkCommand } from "./check";
import { consolidateCommand } from "./consolidate";
import { demoFilesCommand } from "./demo-files";
import { draftCommand } from "./draft";
import { explainCommand } from "./explain";
import { exportCommand } from "./export";
import { commandHelp, generalHelp } from "./help";
import { rulesCommand } from "./rules";
import { templateCommand } from "./template";
import { importCommand } from "./import";
import { processIO } from "./io";
import type { CliIO } from "./io";
import { commandSpec, dashed, LANG_VALUES } from "./options";
import { terminalText } from "./terminal-text";
import { unreadableMessage } from "./unreadable";
import { displayArg } from "../import/raw-names";

type Command = (args: Args, io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  consolidate: consolidateCommand,
  "demo-files": demoFilesCommand,
  draft: draftCommand,
  import: importCommand,
  explain: explainCommand,
  export: exportCommand,
  rules: rulesCommand,
  template: templateCommand,
};

export async function run(argv: string[], rawIO: CliIO): Promise<number> {
  const lang = takeLang(argv);
  const baseIO = neutralIO(rawIO);
  const io: CliIO = lang.lang ? { ...baseIO, lang: lang.lang } : baseIO;
  if (lang.bad !== undefined) {
    const problem: ArgProblem = lang.bad === "" ? { kind: "missingValue", flag: "--lang" } : { kind: "badValue", flag: "--lang", value: lang.bad, expected: "zh-CN | en" };
    io.err(argSentence(problem, "", io.lang));
    return 2;
  }
  const [name, ...rest] = lang.argv;
  if (name === "--version" || name === "-V" || name === "-v") {
    io.out(`xxgk ${version()}`);
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || (name === "help" && rest.length === 0)) {
    io.out(generalHelp(io.lang));
    return name ? 0 : 2;
  }
  const helpOnly = name === "help";
  const commandName = helpOnly ? rest[0] : name;
  const command = COMMANDS[commandName];
  const spec = commandSpec(commandName);
  if (!command || !spec) {
    io.err(t(io.lang, "cli.unknownCommand", { name: commandName }));
    return 2;
  }
  if (helpOnly) {
    io.out(commandHelp(spec, io.lang));
    return 0;
  }
  let args: Args;
  try {
    args = parseArgs(rest, spec);
  } catch (e) {
    if (!(e instanceof ArgError)) throw e;
    io.err(argSentence(e.problem, commandName, io.lang));
    return 2;
  }
  // Input paths are shown with their control characters escaped, and still opened as given.
  args.positional = args.positional.map(displayArg);
  for (const name of INPUT_FLAGS) if (typeof args.flags[name] === "string") args.flags[name] = displayArg(args.flags[name] as string);
  if (args.flags.help === true) {
    io.out(commandHelp(spec, io.lang));
    return 0;
  }
  try {
    return await command(args, io);
  } catch (e) {
    // Last resort: a sentence, never a stack trace.
    io.err(t(io.lang, "cli.failed", { reason: unreadableMessage(e, io.lang) }));
    return 2;
  }
}

/** The flags that name files the command reads. */
const INPUT_FLAGS = ["prior", "prior-dir"];

/** Every line the CLI prints goes through terminalText: a report's or a file's text never drives the
 *  terminal (issue 19). Our own line breaks stay. */
function neutralIO(io: CliIO): CliIO {
  return {
    ...io,
    out: (s) => io.out(terminalText(s)),
    err: (s) => io.err(terminalText(s)),
    ...(io.progress ? { progress: io.progress } : {}),
  };
}

/** The one sentence for a command line that is wrong. */
export function argSentence(p: ArgProblem, command: string, lang: Lang): string {
  switch (p.kind) {
    case "unknown":
      return p.suggestion
        ? t(lang, "cli.args.unknownSuggest", { flag: p.flag, command, suggestion: p.suggestion })
        : t(lang, "cli.args.unknown", { flag: p.flag, command });
    case "missingValue":
      return t(lang, "cli.missingValue", { flag: p.flag });
    case "badValue":
      return t(lang, "cli.args.badValue", { flag: p.flag, value: p.value, expected: p.expected });
    case "noValue":
      return t(lang, "cli.args.noValue", { flag: p.flag, value: p.value });
    case "twice":
      return t(lang, "cli.args.twice", { flag: p.flag });
    case "extra":
      return t(lang, "cli.args.extra", { args: p.args.map((a) => `“${a}”`).join("、"), command, max: p.max });
  }
}

/** `--lang X` / `--lang=X` anywhere on the line (before `--`), taken out of the argument list. */
function takeLang(argv: string[]): { argv: string[]; lang?: Lang; bad?: string } {
  const out: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.push(...argv.slice(i));
      break;
    }
    if (a === dashed("lang")) value = argv[++i] ?? "";
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
    else out.push(a);
  }
  if (value === undefined) return { argv: out };
  const known = LANG_VALUES.find((l) => l.toLowerCase() === value.toLowerCase());
  if (!known) return { argv: out, bad: value };
  return { argv: out, lang: known.startsWith("en") ? "en-US" : "zh-CN" };
}

/** package.json sits two folders up both from src/cli (tests) and from lib/cli (the built CLI); a
 *  static require, so the single-file program's bundler (scripts/release) carries it inside. */
export function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file; import would pull package.json under rootDir
  return (require("../../package.json") as { version: string }).version;
}

export async function main(argv: string[]): Promise<number> {
  // A bundle of the CLI loaded as a folder check's worker thread (batch-workers.ts) serves files; it
  // must not run the command line again (a worker sees its parent's argv).
  if (isBatchWorker()) return 0;
  const { lang } = takeLang(argv);
  return run(argv, processIO(lang ?? "zh-CN"));
}
