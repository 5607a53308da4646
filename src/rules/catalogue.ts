// Every rule and every finding code (the stable message id a finding carries in `check --json`),
// with its severity: what `xxgk rules` prints and the pane's help lists. What a rule checks and its
// statutory source are messages (rules.about.Rn, rules.source.Rn) in each language.
import type { RuleId, Severity } from "./types";

export interface RuleEntry {
  id: RuleId;
  /** The severity of its findings; a rule with several lists the worst first. */
  severities: Severity[];
  /** Finding codes, as `check --json` gives them in "code". */
  codes: string[];
}

export const RULE_CATALOGUE: RuleEntry[] = [
  { id: "R1", severities: ["error"], codes: ["R1.unbalanced"] },
  { id: "R2", severities: ["error"], codes: ["R2.unbalanced"] },
  { id: "R3", severities: ["error"], codes: ["R3.unbalanced"] },
  { id: "R4", severities: ["error"], codes: ["R4.unbalanced"] },
  {
    id: "R5",
    severities: ["error"],
    codes: ["R5.blank", "R5.nodata", "R5.textGuess", "R5.text", "R5.negative", "R5.fraction", "R5.columnBlank", "R5.notCount", "R5.date", "R5.boolean", "R5.tableEmpty"],
  },
  { id: "R6", severities: ["warning"], codes: ["R6.mismatch"] },
  { id: "R7", severities: ["warning"], codes: ["R7.mismatch"] },
  { id: "R8", severities: ["warning"], codes: ["narrative.R8.mismatch", "narrative.R8.mismatchAny", "narrative.R8.yoyMismatch", "narrative.R8.zeroMismatch"] },
  {
    id: "R9",
    severities: ["warning"],
    codes: ["narrative.R9.feeMissing", "narrative.R9.noticesMissing", "narrative.R9.noticesFewer", "narrative.R9.sectionMissing", "narrative.R9.subheadMissing"],
  },
  {
    id: "R10",
    severities: ["error", "warning", "info"],
    codes: [
      "R10.formatForYear",
      "R10.yearUnknown",
      "import.title.missing",
      "import.section.missing",
      "import.table.missing",
      "import.row.missing",
      "import.row.noValues",
      "import.row.unknown",
      "import.row.duplicate",
      "import.row.maybeSplit",
      "import.t3.combinedOther",
      "import.pdf.pagesWithoutText",
      "import.image.pagesWithoutText",
      "layout.r10.shape",
      "layout.r10.nameMissing",
      "layout.r10.readByLabel",
      "layout.r10.unreadable",
      "layout.r10.labelChanged",
      "layout.r10.sheetRenamed",
      "layout.r10.metaMissing",
      "layout.r10.metaBad",
      "explain.row.noText",
      "explain.row.ruleUnknown",
      "explain.row.unmatched",
      "explain.row.notWarning",
      "explain.row.ambiguous",
      "explain.row.duplicate",
      "explain.row.unpinned",
    ],
  },
  { id: "R11", severities: ["info"], codes: ["yoy.R11.fellToZero", "yoy.R11.doubled", "yoy.R11.carriedOutHigh"] },
  { id: "R12", severities: ["error"], codes: ["consolidate.R12.mismatch"] },
];

/** Codes any rule that needs a figure may give instead of a verdict: the figure could not be read (info). */
export const UNEVALUABLE_CODES = ["rule.unevaluable", "rule.unevaluableUnread", "rule.unevaluableUnreadMany"];
