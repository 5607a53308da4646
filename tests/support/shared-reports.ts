// The shared test reports (../shared/reports: the sample and real/), found beside the checkout or above
// it (a worktree sits deeper); read in place, never copied in. CI lays shared/ beside the clone, so there
// a missing folder fails the tests that need it; elsewhere (a bare clone) they are skipped with a note.
import { existsSync } from "fs";
import { dirname, join } from "path";

function find(): string | null {
  for (let dir = join(__dirname, "..", ".."); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dirname(dir), "shared", "reports");
    if (existsSync(join(candidate, "real"))) return candidate;
  }
  return null;
}

export const SHARED_REPORTS: string | null = find();
/** The real reports' folder (where it would be, when it is missing: the tests that read it then fail under CI). */
export const REAL_REPORTS = join(SHARED_REPORTS ?? join(__dirname, "..", "..", "..", "shared", "reports"), "real");
/** Whether the tests that read the shared reports run: always under CI, else only when they are there. */
export const SHARED_RUNS = SHARED_REPORTS !== null || Boolean(process.env.CI);

/** describe, or describe.skip (with a note) where the shared reports are not beside the checkout. */
export const describeShared: jest.Describe = SHARED_RUNS ? describe : describe.skip;
if (!SHARED_RUNS) console.warn("skipped: the shared reports (../shared/reports) are not beside this checkout");
