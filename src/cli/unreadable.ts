// A file that cannot be read gets one sentence, never a stack trace.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { isUserError } from "./io";
import type { CliIO } from "./io";
import { readReportFile } from "./read-file";
import type { ReadFileResult } from "./read-file";

export function unreadableMessage(e: unknown, lang: Lang): string {
  if (isUserError(e)) return t(lang, e.msg.id, e.msg.params);
  const code = (e as { code?: string } | null)?.code;
  if (code === "ENOENT") return t(lang, "cli.file.notFound");
  if (code === "EACCES" || code === "EPERM") return t(lang, "cli.file.denied");
  if (code === "EISDIR") return t(lang, "cli.file.isDir");
  return t(lang, "cli.file.unknown", { detail: e instanceof Error ? e.message : String(e) });
}

/** Reads a command's input file; when it cannot be read, says why under `messageId` (with {file}
 *  and {reason}) and returns null — the command then exits 2. */
export async function readOrSay(file: string, io: CliIO, messageId: string): Promise<ReadFileResult | null> {
  try {
    return await readReportFile(file);
  } catch (e) {
    io.err(t(io.lang, messageId, { file, reason: unreadableMessage(e, io.lang) }));
    return null;
  }
}
