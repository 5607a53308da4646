// xxgk: the command line of 政务公开年报助手 (DESIGN §5). Every command returns its exit code.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { ArgError, flag, parseArgs } from "./args";
import type { Args } from "./args";
import { checkCommand } from "./check";
import { consolidateCommand } from "./consolidate";
import { draftCommand } from "./draft";
import { exportCommand } from "./export";
import { templateCommand } from "./template";
import { importCommand } from "./import";
import { processIO } from "./io";
import type { CliIO } from "./io";
import { unreadableMessage } from "./unreadable";

type Command = (args: Args, io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  consolidate: consolidateCommand,
  draft: draftCommand,
  import: importCommand,
  export: exportCommand,
  template: templateCommand,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.out(t(io.lang, "cli.help"));
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(t(io.lang, "cli.unknownCommand", { name }));
    io.err(t(io.lang, "cli.help"));
    return 2;
  }
  let args: Args;
  try {
    args = parseArgs(rest);
  } catch (e) {
    io.err(t(io.lang, "cli.missingValue", { flag: e instanceof ArgError ? e.flag : String(e) }));
    return 2;
  }
  try {
    return await command(args, io);
  } catch (e) {
    // Last resort: a sentence, never a stack trace.
    io.err(t(io.lang, "cli.failed", { reason: unreadableMessage(e, io.lang) }));
    return 2;
  }
}

function langOf(argv: string[]): Lang {
  const lang = flag(parseArgsLoose(argv), "lang");
  return lang && /^en/i.test(lang) ? "en-US" : "zh-CN";
}

function parseArgsLoose(argv: string[]): Args {
  try {
    return parseArgs(argv);
  } catch {
    return { positional: [], flags: {} };
  }
}

export async function main(argv: string[]): Promise<number> {
  return run(argv, processIO(langOf(argv)));
}
