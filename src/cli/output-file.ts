// The one place `xxgk check --report` writes: refuses a file that exists unless --force, writes a
// temporary file beside the target and renames it, so a reader never sees half a summary.
// (To be switched to the shared safe writer of the reliability issue when it lands.)
import { rename, stat, unlink, writeFile } from "fs/promises";

export class OutputExistsError extends Error {
  constructor(readonly file: string) {
    super(`exists: ${file}`);
  }
}

export async function writeOutputFile(path: string, bytes: Uint8Array, force: boolean): Promise<void> {
  if (!force && (await stat(path).catch(() => null))) throw new OutputExistsError(path);
  const temp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
