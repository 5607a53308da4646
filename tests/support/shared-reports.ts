// The shared test reports (/work/shared/reports: the sample and real/), found beside the checkout
// (../shared from the main checkout, ../../shared from a worktree under wt/); never copied in.
import { existsSync } from "fs";
import { join } from "path";

const repo = join(__dirname, "..", "..");

export const SHARED_REPORTS: string | null =
  [join(repo, "..", "shared", "reports"), join(repo, "..", "..", "shared", "reports")].find((p) => existsSync(join(p, "real"))) ?? null;

/** describe, or describe.skip (with a note) where the shared reports are not beside the checkout. */
export const describeShared: jest.Describe = SHARED_REPORTS ? describe : describe.skip;
if (!SHARED_REPORTS) console.warn("skipped: the shared reports (../shared/reports) are not beside this checkout");
