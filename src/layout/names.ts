// The workbook's sheet names and defined names, spelt once. Reading back goes through the defined
// names, so a clerk renaming a sheet or moving a table does not make the tool misread it.
import type { NarrativeSectionId } from "../format";

/** Bumped whenever the plan changes shape; 生成模板 on an older workbook upgrades it. */
export const LAYOUT_VERSION = 3; // 2: the xxgk_notes sheet (explanations, highlight record); 3: the visible 说明 sheet

export const SHEET = {
  narrative: "总体情况及文字",
  t2: "表二 主动公开",
  t3: "表三 依申请公开",
  t4: "表四 复议诉讼",
  prior: "上年数据",
  explanations: "说明",
  meta: "xxgk_meta",
  notes: "xxgk_notes",
} as const;

export const NAME = {
  t2: "XXGK_T2",
  t3: "XXGK_T3",
  t3Data: "XXGK_T3_DATA",
  t4: "XXGK_T4",
  t4Data: "XXGK_T4_DATA",
  prior: "XXGK_PRIOR",
  meta: "XXGK_META",
  title: "XXGK_TITLE",
  notes: "XXGK_NOTES",
  marks: "XXGK_MARKS",
  /** The 说明 sheet's table (header and rows): the clerk's explanations since layout 3. */
  explanations: "XXGK_EXPLAIN",
} as const;

/** Table 二's data block of one group, e.g. XXGK_T2_RULES_DATA. */
export const t2DataName = (groupKey: string): string => `XXGK_T2_${groupKey.toUpperCase()}_DATA`;

/** A narrative cell: XXGK_TEXT_0, XXGK_TEXT_5; section 一's parts XXGK_TEXT_1_INTRO, XXGK_TEXT_1_ACTIVE … */
export function textName(section: NarrativeSectionId, part?: string): string {
  return part ? `XXGK_TEXT_${section}_${part.toUpperCase()}` : `XXGK_TEXT_${section}`;
}

/** The part of section 一 before its first sub-head. */
export const INTRO_PART = "intro";
