// Reads the published-report fixtures of tests/fixtures/reports.
import { readFileSync } from "fs";
import { join } from "path";

export const REPORTS = join(__dirname, "..", "fixtures", "reports");

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(REPORTS, name));
}

export function fixtureText(name: string): string {
  return readFileSync(join(REPORTS, name), "utf8");
}

/** Table 三 as the hand-written fixtures print it (pipe, tab, GB18030, HTML, 2021 .docx). */
export const T3 = [
  [30, 2, 0, 0, 1, 0, 33], [3, 0, 0, 0, 0, 0, 3], [12, 1, 0, 0, 0, 0, 13], [4, 0, 0, 0, 0, 0, 4],
  [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [2, 0, 0, 0, 0, 0, 2],
  [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
  [8, 1, 0, 0, 1, 0, 10], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1],
  [27, 2, 0, 0, 1, 0, 30], [6, 0, 0, 0, 0, 0, 6],
];
