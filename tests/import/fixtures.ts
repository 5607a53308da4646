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
