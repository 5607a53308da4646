// The statutory report format as data. Every label the product shows, lays out, imports or exports
// is spelt once, in format2021.ts / format2019.ts; everything else reads it from here.

export type FormatId = "2019" | "2021";

/** What a cell may hold: counts are whole numbers ≥ 0; amounts (万元) may have decimals;
 *  deltas (2019 本年增/减) are whole numbers that may be negative. */
export type ValueKind = "count" | "amount" | "delta";

export interface ColumnSpec {
  key: string;
  label: string;
  /** Overrides the table's value kind for this column. */
  kind?: ValueKind;
}

export interface RowSpec {
  key: string;
  label: string;
}

/** Table 二: row groups, each headed by a full-width row (第二十条第（一）项 …). */
export interface T2GroupSpec {
  key: string;
  heading: string;
  /** The first column's header, 信息内容. */
  contentLabel: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
}

export interface T3RowSpec extends RowSpec {
  /** Parent labels printed to the left, outermost first, e.g. ["三、本年度办理结果", "（三）不予公开"]. */
  parents: string[];
}

export interface T3Spec {
  note: string;
  applicantHeader: string;
  orgHeader: string;
  columns: ColumnSpec[]; // natural, business, research, nonprofit, legal, otherOrg, total
  rows: T3RowSpec[];
}

export interface T4GroupSpec {
  key: "review" | "suitDirect" | "suitAfterReview";
  label: string;
  /** 行政诉讼 over the two suit groups. */
  parent?: string;
}

export interface T4Spec {
  groups: T4GroupSpec[];
  columns: ColumnSpec[]; // upheld, corrected, other, pending, total
  suitHeader: string;
}

export interface SectionSpec {
  /** "0" is the text before 一 (the opening paragraph); "1"…"6" the numbered sections. */
  id: SectionId;
  title: string;
  /** Sections 二、三、四 hold the tables. */
  table?: "t2" | "t3" | "t4";
  subheads?: SubheadSpec[];
}

export interface SubheadSpec {
  key: string;
  /** The sub-head as the template prints it, e.g. （一）主动公开. */
  label: string;
  /** Words whose presence shows the sub-head is covered, e.g. 主动公开. */
  topic: string[];
}

export type SectionId = "0" | "1" | "2" | "3" | "4" | "5" | "6";
export const NARRATIVE_SECTIONS = ["0", "1", "5", "6"] as const;
export type NarrativeSectionId = (typeof NARRATIVE_SECTIONS)[number];

export interface FormatSpec {
  id: FormatId;
  /** The document that set the format. */
  source: string;
  /** Report years the format is meant for (inclusive; null = open-ended). */
  years: [number, number | null];
  titleSuffix: string;
  sections: SectionSpec[];
  t2: T2GroupSpec[];
  t3: T3Spec;
  t4: T4Spec;
}
