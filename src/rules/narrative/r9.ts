// R9: the narrative's required content. DESIGN §3 gives R9 section 六's 信息处理费 statement; the
// other required content (sections 一、五、六 written, section 一's five sub-heads covered) is the
// same kind of check — something the statutory format requires the text to say — and DESIGN has
// no other id for it, so it is reported under R9 too. R8 stays strictly "the numbers agree".
import { cellKey, cellInfos } from "../../format";
import type { Finding, Rule, RuleContext } from "../types";
import { feeStatement, noticesStated } from "./fee";
import type { FeeStatement } from "./fee";
import { heldTo2021Content, sectionFindings } from "./sections";
import { findingCells, readingLabel, readingValue } from "./values";

/** Section 六 first; a report that states the fee elsewhere (often under 依申请公开) still states it. */
function statedFee(ctx: RuleContext): FeeStatement | null {
  const n = ctx.report.narrative;
  return feeStatement(n["6"]) ?? feeStatement(n["1"]) ?? feeStatement(n["5"]) ?? feeStatement(n["0"]);
}

/** The fee statement: present, and stating at least as many notices as table 三 closed for unpaid
 *  fees (2021 format, （六）2 — applications closed because a fee notice went unpaid). */
export function feeFindings(ctx: RuleContext): Finding[] {
  const { report, format: f } = ctx;
  // The 信息处理费 exists from 2021-01-01 (国办函〔2020〕109号): a 2019 or 2020 report has none to state.
  if (!heldTo2021Content(report)) return [];
  const st = statedFee(ctx);
  if (!st) return [{ rule: "R9", severity: "warning", cells: [], msg: { id: "narrative.R9.feeMissing", params: { section: "6" } } }];
  const key = cellKey("t3", "other2", "total");
  if (!cellInfos(f).has(key)) return [];
  const reading = { keys: [key] };
  const unpaid = readingValue(report, f, reading);
  if (unpaid === null || unpaid <= 0) return [];
  const cell = readingLabel(f, reading);
  const cells = findingCells(report, [key]);
  const notices = noticesStated(st);
  if (!notices) {
    return [{ rule: "R9", severity: "warning", cells, left: null, right: unpaid, msg: { id: "narrative.R9.noticesMissing", params: { cell, table: unpaid } } }];
  }
  if (notices.value >= unpaid) return [];
  return [
    {
      rule: "R9",
      severity: "warning",
      cells,
      left: notices.value,
      right: unpaid,
      difference: notices.value - unpaid,
      msg: { id: "narrative.R9.noticesFewer", params: { quote: notices.sentence, stated: notices.value, cell, table: unpaid } },
      quote: notices.sentence,
    },
  ];
}

function run(ctx: RuleContext): Finding[] {
  return [...sectionFindings(ctx.report, ctx.format), ...feeFindings(ctx)];
}

/** R9 — the narrative's required content: the fee statement, the sections and section 一's sub-heads. */
export const R9_NARRATIVE_CONTENT: Rule = { id: "R9", run };
