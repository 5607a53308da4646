// The one way every command writes a file (issue 11). Before anything is computed, checkOutput
// refuses an output that is one of the inputs (same file by device and inode, so symlinks and hard
// links count), an extension that does not say what is written, a folder, and an existing file
// unless the caller may replace it (--force, or a report workbook updated in place). writeOutput
// then writes a temporary file beside the target, flushes it to disk and renames it over the
// target: a failure or an interrupt leaves the old file whole. A lock beside it is created
// exclusively with the writer's process id, so a second writer of the same file stops with a
// sentence instead of interleaving, and a lock left by a killed writer is taken over (issue 19).
import { promises as fs } from "fs";
import type { Stats } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { openPathOf } from "../import/raw-names";
import { readInput } from "../import/read-input";
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

/** Where a path leads: its file's identity (device and inode, links followed) when it exists, and the
 *  real path it names or would create (links in its folders resolved). */
interface Identity {
  id: string | null;
  real: string;
}

async function identify(path: string): Promise<Identity> {
  const raw = openPathOf(path);
  const s = await fs.stat(raw).catch(() => null);
  let real: string;
  try {
    // As bytes: a name that is not UTF-8 compares by what it is on disk.
    real = (await fs.realpath(raw, { encoding: "buffer" })).toString("hex");
  } catch {
    const folder = await fs.realpath(dirname(path)).catch(() => resolve(dirname(path)));
    real = Buffer.from(join(folder, basename(path))).toString("hex");
  }
  return { id: s ? `${s.dev}:${s.ino}` : null, real };
}

/** The input `path` is, by identity or by the path a write would create; null when it is none. */
export async function inputAmong(path: string, inputs: Iterable<string>): Promise<string | null> {
  const out = await identify(path);
  for (const input of inputs) {
    const i = await identify(input);
    if ((out.id !== null && out.id === i.id) || out.real === i.real) return input;
  }
  return null;
}

/** Throws a UserError (exit 2) when the output is one of the inputs — consolidation passes its parts,
 *  a folder check every file its walk found (read or skipped), last year's file and folder. */
export async function refuseInput(path: string, inputs: Iterable<string>, id = "io.write.isInput"): Promise<void> {
  if ((await inputAmong(path, inputs)) !== null) throw new UserError(id, { file: path });
}

/** Throws a UserError (exit 2) when the output may not be written; says whether a file is there. */
export async function checkOutput(req: OutputRequest): Promise<OutputCheck> {
  const { path, kind } = req;
  if (extname(path).toLowerCase() !== `.${kind}`) throw new UserError("io.write.wrongExtension", { file: path, ext: `.${kind}` });
  // Before anything else: --force replaces a file the user named as output, never an input.
  await refuseInput(path, req.inputs);
  const target = await statOrNull(path);
  if (target) {
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

/** The lock beside `path` (hidden, so a folder listing does not show it while writing): created
 *  exclusively, holding the writer's process id, so a second writer stops with a sentence while the
 *  first lives, and a lock left by a writer that was killed (kill -9, a power cut) is taken over. */
export function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.xxgk-writing`);
}

/** The bytes themselves go to a file named for the writer, beside the lock. */
const dataPathOf = (path: string, pid: number): string => `${tempPathOf(path)}.${pid}`;

/** Whether the process `pid` still runs (EPERM: it runs, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock; a lock whose recorded writer is gone is removed with its data file, once. */
async function lock(path: string, target: string, existed: boolean): Promise<void> {
  const temp = tempPathOf(path);
  for (let attempt = 0; ; attempt++) {
    try {
      const h = await fs.open(temp, "wx", 0o666);
      try {
        await h.write(String(process.pid));
      } finally {
        await h.close();
      }
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw writeError(target, e, existed);
      // A few bytes at most, from a regular file only: the lock holds a process id.
      const holder = Number(new TextDecoder().decode(await readInput(temp, "text", 32).catch(() => new Uint8Array())).trim());
      // Without a process id we cannot know the writer is gone: the clerk is told where the lock is.
      if (attempt > 0 || !Number.isInteger(holder) || holder <= 0 || alive(holder)) throw new UserError("io.write.busy", { file: target, temp }, e);
      await fs.rm(dataPathOf(path, holder), { force: true }).catch(() => undefined);
      await fs.rm(temp, { force: true }).catch(() => undefined);
    }
  }
}

/** Writes `bytes` to `path` atomically (see the file's head). Throws a UserError naming the file. */
export async function writeOutput(target: string, bytes: Uint8Array): Promise<void> {
  await writeOutputWith(target, async (put) => put(bytes));
}

/** As writeOutput, the bytes given piece by piece by `write` as they are made (the summary workbook
 *  of a folder of any size), never held whole. */
export async function writeOutputWith(target: string, write: (put: (chunk: Uint8Array) => Promise<void>) => Promise<void>): Promise<void> {
  // Through a symlink to the file it names: the rename would otherwise replace the link itself.
  const path = await fs.realpath(target).catch(() => target);
  const existed = (await statOrNull(path)) !== null;
  const temp = tempPathOf(path);
  const data = dataPathOf(path, process.pid);
  await lock(path, target, existed);
  const dropTemp = () => Promise.all([fs.rm(data, { force: true }), fs.rm(temp, { force: true })]).catch(() => undefined);
  // An interrupt (Ctrl+C) while writing removes the temporary files; the old file is untouched.
  const onSignal = (signal: NodeJS.Signals) => {
    void dropTemp().finally(() => process.kill(process.pid, signal));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const handle = await fs.open(data, "w", 0o666);
    try {
      // A FileHandle's writeFile writes from where the last write ended: the pieces follow each other.
      await write((chunk) => handle.writeFile(chunk));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(data, path);
    await fs.rm(temp, { force: true });
  } catch (e) {
    await dropTemp();
    // A fault in making the bytes (not the disk's) is no write failure to explain to the clerk.
    if (!(e instanceof UserError) && typeof (e as { code?: unknown } | null)?.code !== "string") throw e;
    throw writeError(target, e, existed);
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
  ELOOP: "io.reason.loop",
};

/** A failed write as one sentence: the file and the cause in words, never the system's errno text.
 *  "The old file is unchanged" is said only when there was an old file (`existed`). */
export function writeError(path: string, e: unknown, existed = false): UserError {
  if (e instanceof UserError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const id = typeof code === "string" ? REASONS[code] : undefined;
  const err = new UserError(existed ? "io.write.failedKept" : "io.write.failed", { file: path }, e);
  if (existed) err.withWords("kept", "io.write.originalKept");
  return err.withWords("reason", id ?? "io.reason.other", { code: typeof code === "string" ? code : "?" });
}
