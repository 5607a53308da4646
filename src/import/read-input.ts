// The one way an input file's bytes are read (issue 19): opened without blocking, refused unless it
// is a regular file (a FIFO would wait forever, /dev/zero never ends, a socket is no file), then read
// in chunks that stop one byte past the kind's limit. The limit is enforced on the bytes actually
// read, not on the size `stat` reports: /proc files, devices reached through a symlink and files that
// grow while read all report a size that is not what a read returns. Node only.
import { constants, promises as fs } from "fs";
import { UserError } from "../i18n/user-error";
import { LIMITS, inputKindOf, sizeText } from "./limits";
import type { InputKind } from "./limits";
import { openPathOf } from "./raw-names";

const CHUNK = 256 * 1024;

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer that never comes. Windows
// has no such flag (and no FIFOs a clerk could name).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of `path`, at most the limit of its kind (or `limit`); throws a UserError otherwise. */
export async function readInput(path: string, kind: InputKind = inputKindOf(path), limit: number = LIMITS[kind].file): Promise<Uint8Array> {
  const handle = await fs.open(openPathOf(path), OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new UserError("cli.file.isDir", { file: path });
    if (!info.isFile()) throw new UserError("io.read.notRegular", { file: path });
    // The size on disk is a hint only: a file that says it is too large is refused unread, and one
    // that says it is small is still read no further than the limit.
    if (info.size > limit) throw tooLarge(kind, sizeText(info.size), limit);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buf = new Uint8Array(Math.min(CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw tooLarge(kind, `${sizeText(limit)}+`, limit);
    }
    return concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function tooLarge(kind: InputKind, size: string, limit: number): UserError {
  return new UserError("io.limit.tooLarge", { size, limit: sizeText(limit) }).withWords("kind", `io.kind.${kind}`);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
