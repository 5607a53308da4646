// Where the CLI writes; tests pass their own to read what a command printed.
import type { Lang } from "../i18n";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  lang: Lang;
  /** Redraws a progress line in place; set only when stderr is a terminal. "" clears it. */
  progress?: (line: string) => void;
}

export function processIO(lang: Lang): CliIO {
  // `xxgk check … | head` closes the pipe early; that is the reader's choice, not a failure.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
    err: (s) => process.stderr.write(s.endsWith("\n") ? s : `${s}\n`),
    lang,
    ...(process.stderr.isTTY ? { progress: (line: string) => process.stderr.write(`\r${line}\x1b[K`) } : {}),
  };
}

// The user-facing error type lives beside the messages; the CLI re-exports it.
export { isUserError, UserError, userSentence } from "../i18n/user-error";
