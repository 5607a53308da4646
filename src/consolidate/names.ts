// The 明细 sheet's name, defined name and fixed rows, spelt once (layout and reader share them).
export const PARTS_SHEET = "明细";
export const PARTS_NAME = "XXGK_PARTS";

/** Row 2: headers; row 3: each column's canonical key (read back by key, so moved columns still read). */
export const HEADER_ROW = 2;
export const KEY_ROW = 3;
export const FIRST_PART_ROW = 4;
/** Columns A–D: 单位名称, 来源文件, 年度, 状态; figures from E on. */
export const FIXED_COLUMNS = 4;
