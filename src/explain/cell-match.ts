// A cell as a clerk writes it, against a finding's cell: the canonical key (t3.new.natural), A1 (C5),
// or sheet!A1 where the sheet may be shortened to its start (表三!C5 for '表三 依申请公开'!C5).
// One matcher for `xxgk explain --cell` and the hand-written rows of the 说明 sheet.
import type { FindingCell } from "../rules/types";

const bare = (s: string) => s.replace(/[$']/g, "").trim().toUpperCase();

export function cellMatches(c: FindingCell, want: string): boolean {
  if (c.key === want) return true;
  if (!c.address) return false;
  const bang = Math.max(want.lastIndexOf("!"), want.lastIndexOf("！"));
  const address = bare(bang < 0 ? want : want.slice(bang + 1));
  if (address !== bare(c.address)) return false;
  if (bang < 0) return true;
  const sheet = want.slice(0, bang).replace(/'/g, "").trim();
  return c.sheet !== undefined && c.sheet.startsWith(sheet);
}
