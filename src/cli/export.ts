// `xxgk export FILE -o OUT.(docx|txt|md) [--narrative-only]`: a workbook or a published report out as
// a Word document, plain text or Markdown; the kind follows OUT's extension.
// Exit 0 written; 1 the output could not be written; 2 a usage error or FILE unreadable.
import { promises as fs } from "fs";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { exportKindOf, exportReport } from "../export";
import { flag } from "./args";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { readOrSay } from "./unreadable";

export async function exportCommand(args: Args, io: CliIO): Promise<number> {
  const [file] = args.positional;
  if (!file) {
    io.err(t(io.lang, "export.noFile"));
    return 2;
  }
  const out = flag(args, "o", "out");
  if (!out) {
    io.err(t(io.lang, "export.noOutput"));
    return 2;
  }
  // Checked before reading so a typo in -o costs nothing.
  const kind = exportKindOf(out);
  if (!kind) {
    io.err(t(io.lang, "export.unknownExtension", { file: out }));
    return 2;
  }
  const read = await readOrSay(file, io, "export.unreadable");
  if (!read) return 2;
  // The export shows what the file says; problems in it are for `xxgk check`, but worth a mention.
  if (read.findings.length > 0) io.err(t(io.lang, "export.readProblems", { file, n: read.findings.length }));
  const narrativeOnly = args.flags["narrative-only"] === true;
  const bytes = await exportReport(read.report, kind, { narrativeOnly });
  try {
    await fs.writeFile(out, bytes);
  } catch (e) {
    io.err(t(io.lang, "export.writeFailed", { file: out, reason: writeMessage(e, io.lang) }));
    return 1;
  }
  io.err(t(io.lang, narrativeOnly ? "export.written.narrative" : "export.written.full", { file: out }));
  return 0;
}

/** Why a file could not be written, in one sentence (the reader's messages speak of reading). */
function writeMessage(e: unknown, lang: Lang): string {
  const code = (e as { code?: string } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return t(lang, "export.write.noFolder");
  if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "EBUSY") return t(lang, "export.write.denied");
  if (code === "EISDIR") return t(lang, "export.write.isDir");
  return t(lang, "export.write.unknown", { detail: e instanceof Error ? e.message : String(e) });
}
