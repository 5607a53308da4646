// The real published reports of ../shared/reports/real (beside the repository; never copied into it).
import { join } from "path";
import { REAL_REPORTS } from "./shared-reports";

export { REAL_REPORTS, SHARED_REPORTS, SHARED_RUNS, describeShared } from "./shared-reports";
export const REAL_NAMES = ["huaian-hongze-2023", "huaian-hongze-2024", "huaian-city-2024"] as const;
export const realReport = (name: string, ext = "txt"): string => join(REAL_REPORTS, `${name}.${ext}`);
