// The real published reports of ../shared/reports/real (beside the repository; never copied into it).
// The checkout may sit deeper than the main one (a worktree), so the folder is looked for upwards.
import { existsSync } from "fs";
import { dirname, join } from "path";

function sharedReports(): string {
  let dir = join(__dirname, "..", "..");
  for (let up = 0; up < 4; up++) {
    const candidate = join(dirname(dir), "shared", "reports");
    if (existsSync(join(candidate, "real"))) return candidate;
    dir = dirname(dir);
  }
  throw new Error("../shared/reports/real was not found beside the repository");
}

export const SHARED_REPORTS = sharedReports();
export const REAL_REPORTS = join(SHARED_REPORTS, "real");
export const REAL_NAMES = ["huaian-hongze-2023", "huaian-hongze-2024", "huaian-city-2024"] as const;
export const realReport = (name: string, ext = "txt"): string => join(REAL_REPORTS, `${name}.${ext}`);
