// The one way every command writes a file (issue 11). Before anything is computed, checkOutput
// refuses an output that is one of the inputs (same file by device and inode, so symlinks and hard
// links count), an extension that does not say what is written, a folder, and an existing file
// unless the caller may replace it (--force, or a report workbook updated in place). writeOutput
// then writes a temporary file beside the target, flushes it to disk and renames it over the
// target: a failure or an interrupt leaves the old file whole. The temporary name is created
// exclusively, so a second writer of the same file stops with a sentence instead of interleaving.
import { promises as fs } from "fs";
import type { Stats } from "fs";
import { basename, dirname, extname, join } from "path";
import { UserError } from "../i18n/user-error";

export type OutputKind = "xlsx" | "docx" | "txt" | "md" | "csv";

export interface OutputRequest {
  path: string;
  kind: OutputKind;
  /** The files the command reads: the output may be none of them. */
  inputs: string[];
}

/** What checkOutput found at the target. */
export interface OutputCheck {
  exists: boolean;
}

const statOrNull = async (path: string, follow = true): Promise<Stats | null> => {
  try {
    return await (follow ? fs.stat(path) : fs.lstat(path));
  } catch {
    return null;
  }
};

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/** Throws a UserError (exit 2) when the output may not be written; says whether a file is there. */
export async function checkOutput(req: OutputRequest): Promise<OutputCheck> {
  const { path, kind } = req;
  if (extname(path).toLowerCase() !== `.${kind}`) throw new UserError("io.write.wrongExtension", { file: path, ext: `.${kind}` });
  const target = await statOrNull(path);
  if (target) {
    for (const input of req.inputs) {
      const s = await statOrNull(input);
      if (s && sameFile(s, target)) throw new UserError("io.write.isInput", { file: path });
    }
    if (target.isDirectory()) throw writeError(path, Object.assign(new Error("directory"), { code: "EISDIR" }));
    return { exists: true };
  }
  // A dangling symlink would be replaced by the rename, not followed: treat it as there.
  if (await statOrNull(path, false)) return { exists: true };
  const folder = await statOrNull(dirname(path));
  if (!folder || !folder.isDirectory()) throw writeError(path, Object.assign(new Error("no folder"), { code: "ENOENT" }));
  return { exists: false };
}

/** The refusal for an existing file the command may not replace. */
export function existsError(path: string, id = "io.write.exists"): UserError {
  return new UserError(id, { file: path });
}

/** The temporary file beside `path` (hidden, so a folder listing does not show it while writing). */
export function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.xxgk-writing`);
}

/** Writes `bytes` to `path` atomically (see the file's head). Throws a UserError naming the file. */
export async function writeOutput(target: string, bytes: Uint8Array): Promise<void> {
  // Through a symlink to the file it names: the rename would otherwise replace the link itself.
  const path = await fs.realpath(target).catch(() => target);
  const temp = tempPathOf(path);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(temp, "wx", 0o666);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new UserError("io.write.busy", { file: target, temp }, e);
    throw writeError(target, e);
  }
  const dropTemp = () => fs.rm(temp, { force: true }).catch(() => undefined);
  // An interrupt (Ctrl+C) while writing removes the temporary file; the old file is untouched.
  const onSignal = (signal: NodeJS.Signals) => {
    void dropTemp().finally(() => process.kill(process.pid, signal));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (e) {
    await dropTemp();
    throw writeError(target, e);
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
  await syncFolder(dirname(path));
}

/** The rename is durable once the folder's entry is flushed; some systems cannot, which is no failure. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const h = await fs.open(folder, "r");
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic.
  }
}

const REASONS: Record<string, string> = {
  ENOENT: "io.reason.noFolder",
  ENOTDIR: "io.reason.noFolder",
  EACCES: "io.reason.denied",
  EPERM: "io.reason.denied",
  EROFS: "io.reason.readOnly",
  ENOSPC: "io.reason.diskFull",
  EDQUOT: "io.reason.diskFull",
  EFBIG: "io.reason.diskFull",
  ENAMETOOLONG: "io.reason.nameTooLong",
  EISDIR: "io.reason.isDir",
  EBUSY: "io.reason.busy",
  ETXTBSY: "io.reason.busy",
};

/** A failed write as one sentence: the file and the cause in words, never the system's errno text. */
export function writeError(path: string, e: unknown): UserError {
  if (e instanceof UserError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const id = typeof code === "string" ? REASONS[code] : undefined;
  return new UserError("io.write.failed", { file: path }, e).withWords("reason", id ?? "io.reason.other", { code: typeof code === "string" ? code : "?" });
}
