// A file that cannot be read gets one sentence, never a stack trace.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { isUserError } from "./io";

export function unreadableMessage(e: unknown, lang: Lang): string {
  if (isUserError(e)) return t(lang, e.msg.id, e.msg.params);
  const code = (e as { code?: string } | null)?.code;
  if (code === "ENOENT") return t(lang, "cli.file.notFound");
  if (code === "EACCES" || code === "EPERM") return t(lang, "cli.file.denied");
  if (code === "EISDIR") return t(lang, "cli.file.isDir");
  return t(lang, "cli.file.unknown", { detail: e instanceof Error ? e.message : String(e) });
}
