// The files of `xxgk check PATH…` (and of --prior-dir): a file as given (its reader says if it cannot
// be read), a folder taken recursively over every supported report, in code-point order of the path
// so two runs list the same files in the same order. The walk survives the folder (issue 19): a
// subfolder or entry that cannot be read is one named problem and the rest is walked; symbolic links
// are followed once — a folder or file reached again by identity (device and inode) is not read
// twice, so a loop ends — and listed; names are read as bytes, so a name that is not UTF-8 is shown
// with its stray bytes escaped and still opened by its raw bytes (import/raw-names.ts). Every file
// found is accounted for (issue 18): an old-format or other file is named with why it is skipped.
import { promises as fs } from "fs";
import type { Stats } from "fs";
import { extname, resolve, sep } from "path";
import { IMAGE_EXTENSIONS } from "../import/limits";
import { displayPath, openPathOf } from "../import/raw-names";

/** What a folder is searched for; .doc is taken too, so a reviewer hears it must be saved as .docx;
 *  pictures of reports (.png, .jpg, .tif) are read by OCR (import/image.ts). */
export const BATCH_EXTENSIONS = [".xlsx", ".docx", ".doc", ".html", ".htm", ".txt", ".md", ".pdf", ...IMAGE_EXTENSIONS];

/** Formats a reviewer's folder holds that are not read, with what to do about them (message ids). */
const OLD_FORMATS: Record<string, string> = {
  ".xls": "cli.skip.xls",
  ".et": "cli.skip.et",
  ".wps": "cli.skip.wps",
};

export interface SkippedFile {
  file: string;
  /** The message saying why (and what to do), with its parameters. */
  id: string;
  params: Record<string, string>;
  /** The reader's own sentence, when a reader said why (a file that holds no report). */
  message?: string;
}

export interface WalkProblem {
  /** The folder or entry that could not be read. */
  file: string;
  error: unknown;
}

export interface FolderWalk {
  /** The files to read, in order. */
  files: string[];
  /** Files found and not read, each with why. */
  skipped: SkippedFile[];
  /** Folders and entries that could not be read. */
  problems: WalkProblem[];
  /** Symbolic links followed, with the path they lead to. */
  links: { file: string; target: string }[];
}

const byCodePoint = (a: Buffer, b: Buffer): number => Buffer.compare(a, b);

/** Excel's lock files (~$x.xlsx) and hidden files are not reports, nor anyone's document. */
const hidden = (name: Buffer): boolean => name[0] === 0x2e || (name[0] === 0x7e && name[1] === 0x24);

const identity = (s: Stats): string => `${s.dev}:${s.ino}`;

/** Every file under `paths`; `exclude` are never listed (nor counted). */
export async function walkPaths(paths: string[], exclude: string[] = []): Promise<FolderWalk> {
  const walk: FolderWalk = { files: [], skipped: [], problems: [], links: [] };
  const excluded = new Set(exclude.map((p) => resolve(p)));
  const seenPaths = new Set<string>();
  const seenIds = new Set<string>();
  /** The first path each file was found under, by identity. */
  const firstPath = new Map<string, string>();
  const addFile = (file: string, info: Stats | null) => {
    const key = resolve(file);
    if (excluded.has(key) || seenPaths.has(key)) return;
    seenPaths.add(key);
    if (info) {
      // The same file reached twice (a link beside its target) is read once, and the second path is
      // named: every path found is accounted for (issue 18).
      const id = identity(info);
      const first = firstPath.get(id);
      if (first !== undefined) {
        walk.skipped.push({ file, id: "cli.skip.sameFile", params: { other: first } });
        return;
      }
      seenIds.add(id);
      firstPath.set(id, file);
    }
    walk.files.push(file);
  };
  for (const p of paths) {
    const rawPath = openPathOf(p);
    const info = await fs.stat(rawPath).catch(() => null);
    if (info?.isDirectory()) {
      seenIds.add(identity(info));
      await walkFolder(Buffer.isBuffer(rawPath) ? rawPath : Buffer.from(rawPath), walk, seenIds, addFile);
    } else addFile(p, info);
  }
  return walk;
}

/** The files to read under `paths` (the walk's skipped files and problems left out). */
export async function collectFiles(paths: string[], exclude: string[] = []): Promise<string[]> {
  return (await walkPaths(paths, exclude)).files;
}

async function walkFolder(dir: Buffer, walk: FolderWalk, seenIds: Set<string>, addFile: (file: string, info: Stats | null) => void): Promise<void> {
  let names: Buffer[];
  try {
    names = (await fs.readdir(dir, { encoding: "buffer" })).filter((n) => !hidden(n)).sort(byCodePoint);
  } catch (error) {
    walk.problems.push({ file: displayPath(dir), error });
    return;
  }
  for (const name of names) {
    const raw = Buffer.concat([dir, Buffer.from(dir[dir.length - 1] === sep.charCodeAt(0) ? "" : sep), name]);
    const shown = displayPath(raw);
    let info: Stats;
    let link: Stats;
    try {
      link = await fs.lstat(raw);
      info = link.isSymbolicLink() ? await fs.stat(raw) : link;
    } catch (error) {
      walk.problems.push({ file: shown, error });
      continue;
    }
    if (link.isSymbolicLink()) {
      const target = await fs.realpath(raw, { encoding: "buffer" }).then(displayPath, () => "?");
      walk.links.push({ file: shown, target });
    }
    if (info.isDirectory()) {
      // A folder reached again (a link back up the tree, or two links to one folder) is walked once.
      if (seenIds.has(identity(info))) continue;
      seenIds.add(identity(info));
      await walkFolder(raw, walk, seenIds, addFile);
      continue;
    }
    const ext = extname(shown).toLowerCase();
    if (BATCH_EXTENSIONS.includes(ext)) {
      addFile(shown, info);
    } else if (OLD_FORMATS[ext]) {
      walk.skipped.push({ file: shown, id: OLD_FORMATS[ext], params: {} });
    } else {
      walk.skipped.push({ file: shown, id: info.isFile() ? "cli.skip.otherType" : "cli.skip.notRegular", params: { ext: ext || "—" } });
    }
  }
}
