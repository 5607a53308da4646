// The narrative rules the engine runs with the table rules: R8 (figures agree with the tables) and
// R9 (required content: the fee statement, the sections, section 一's sub-heads).
import type { Rule } from "../types";
import { R8_NARRATIVE_NUMBERS } from "./r8";
import { R9_NARRATIVE_CONTENT } from "./r9";
import { R8_YOY_CLAIMS } from "./yoy-claims";
import { R8_ZERO_CLAIMS } from "./zero-claims";

// R8 is one rule to the engine; its zero statements and 同比 claims are read in their own modules.
const R8_ALL: Rule = { id: "R8", run: (ctx) => [R8_NARRATIVE_NUMBERS, R8_ZERO_CLAIMS, R8_YOY_CLAIMS].flatMap((r) => r.run(ctx)) };

export const NARRATIVE_RULES: Rule[] = [R8_ALL, R9_NARRATIVE_CONTENT];

export { R8_NARRATIVE_NUMBERS, R9_NARRATIVE_CONTENT };
export { claimsIn, checkClaim, withdrawnIn } from "./r8";
export { feeFindings } from "./r9";
export { sectionFindings } from "./sections";
export { feeStatement } from "./fee";
