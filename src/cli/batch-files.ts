// The files of `xxgk check PATH…`: a file as given (its reader says if it cannot be read), a folder
// taken recursively over every supported report, in code-point order of the path so two runs list
// the same files in the same order.
import { readdir, stat } from "fs/promises";
import { extname, join, resolve } from "path";

/** What a folder is searched for; .doc is taken too, so a reviewer hears it must be saved as .docx. */
export const BATCH_EXTENSIONS = [".xlsx", ".docx", ".doc", ".html", ".htm", ".txt", ".md", ".pdf"];

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Excel's lock files (~$x.xlsx) and hidden files are not reports. */
const skipped = (name: string): boolean => name.startsWith("~$") || name.startsWith(".");

export async function collectFiles(paths: string[], exclude: string[] = []): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set(exclude.map((p) => resolve(p)));
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(file);
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) for (const f of (await folderFiles(p)).sort(byCodePoint)) add(f);
    else add(p);
  }
  return out;
}

async function folderFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await folderFiles(path)));
    else if (entry.isFile() && BATCH_EXTENSIONS.includes(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}
