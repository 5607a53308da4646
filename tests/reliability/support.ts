// Shared by the reliability suite: a scratch folder per test file, the sample report as inputs of
// each kind, checksums to prove an input or an old output was not touched, and a look for leftovers.
import { createHash } from "crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export const SAMPLE_TXT = join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt");

export function scratch(prefix: string): { dir: string; path: (name: string) => string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `xxgk-rel-${prefix}-`));
  return { dir, path: (name) => join(dir, name), done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The file's SHA-256, or null when it is absent ("folder" for a folder). */
export function checksum(path: string): string | null {
  if (!existsSync(path)) return null;
  if (statSync(path).isDirectory()) return "folder";
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** A copy of the sample published report at `path`. */
export function sampleText(path: string): string {
  copyFileSync(SAMPLE_TXT, path);
  return path;
}

/** Files the writer may have left behind in `dir` (its temporary names). */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.includes(".xxgk-writing"));
}

/** The clerk sees exactly one sentence on stderr (one line, ending in a full stop), no stack. */
export function oneSentence(err: string): string {
  const lines = err.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\bat .*\(|Error:|E[A-Z]{3,}:/);
  return lines[0];
}
