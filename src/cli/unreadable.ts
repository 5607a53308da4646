// A file that cannot be read gets one sentence, never a stack trace or the system's errno text.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { isUserError, userSentence } from "./io";
import type { CliIO } from "./io";
import { readReportFile } from "./read-file";
import type { ReadFileResult } from "./read-file";
import type { ScanOptions } from "../ocr/read-scan";

const READ_REASONS: Record<string, string> = {
  ENOENT: "cli.file.notFound",
  ENOTDIR: "cli.file.notFound",
  EACCES: "cli.file.denied",
  EPERM: "cli.file.denied",
  EISDIR: "cli.file.isDir",
  ELOOP: "cli.file.loop",
  ENAMETOOLONG: "cli.file.nameTooLong",
  EIO: "cli.file.ioError",
  ENXIO: "io.read.notRegular",
  ENODEV: "io.read.notRegular",
  EMFILE: "cli.file.tooMany",
  ENFILE: "cli.file.tooMany",
  EBUSY: "cli.file.busy",
  EAGAIN: "cli.file.busy",
  ETXTBSY: "cli.file.busy",
};

export function unreadableMessage(e: unknown, lang: Lang): string {
  if (isUserError(e)) return userSentence(e, lang);
  const code = (e as { code?: unknown } | null)?.code;
  const id = typeof code === "string" ? READ_REASONS[code] : undefined;
  if (id) return t(lang, id);
  // Only the error's code or kind: its English text means nothing to a clerk.
  return t(lang, "cli.file.unknown", { detail: typeof code === "string" ? code : e instanceof Error ? e.name : "?" });
}

/** Reads a command's input file; when it cannot be read, says why under `messageId` (with {file}
 *  and {reason}) and returns null — the command then exits 2. */
export async function readOrSay(file: string, io: CliIO, messageId: string, options: ScanOptions = {}): Promise<ReadFileResult | null> {
  try {
    return await readReportFile(file, options);
  } catch (e) {
    io.err(t(io.lang, messageId, { file, reason: unreadableMessage(e, io.lang) }));
    return null;
  }
}

/** Says a write failure or refusal (a UserError naming the file) in one sentence; the command exits 2. */
export function sayWriteError(e: unknown, file: string, io: CliIO): void {
  io.err(isUserError(e) ? userSentence(e, io.lang) : t(io.lang, "io.write.failed", { file, reason: unreadableMessage(e, io.lang) }));
}
