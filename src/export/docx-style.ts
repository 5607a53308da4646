// The look of a Chinese government document (GB/T 9704《党政机关公文格式》), as numbers the .docx
// renderer uses: A4, the standard margins, 二号 小标宋 title, 三号 仿宋 body on a fixed 28.95pt line
// (22 lines a page), 黑体 and 楷体 headings, 宋体 tables, and the fonts' fallbacks for machines
// without the GB2312-era font files.

/** 1 cm in twentieths of a point (twips). */
const CM = 567;

export const PAGE = {
  width: 11906, // A4, 210 mm
  height: 16838, // 297 mm
  margin: { top: Math.round(3.7 * CM), bottom: Math.round(3.5 * CM), left: Math.round(2.8 * CM), right: Math.round(2.6 * CM) },
  /** Page-number line: GB/T 9704 puts it about 7 mm under the text block. */
  footer: Math.round(1.8 * CM),
};

/** The text block's width, which table widths are scaled to. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Font sizes in half-points (docx's unit): 二号 22pt, 三号 16pt, 四号 14pt, 小五 9pt. Tables are in
 *  小五 so that 表三, its labels on the official lines, fits the text width and one A4 page. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 18 };

export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  table: "宋体",
  pageNumber: "宋体",
};

/** Fixed line pitch: 28.95pt gives GB/T 9704's 22 lines in the 225 mm text block. */
export const BODY_LINE = 579;
export const TITLE_LINE = 700; // 35pt: the 二号 title needs more room than the body's pitch
/** Two characters of 三号 (16pt each) = 32pt: the first-line indent of every body paragraph. */
export const INDENT_2_CHARS = 640;
/** One character of 四号: the page number's distance from the margin (单页居右空一字，双页居左空一字). */
export const PAGE_NUMBER_INDENT = 280;

/**
 * The font table: each font with the one Word (and LibreOffice) substitutes when it is missing — a PC
 * without 方正小标宋简体 prints the title in 宋体 rather than in whatever the viewer picks, and Windows
 * 10's 仿宋/楷体 stand in for the _GB2312 files older machines have. Charset 86 is GB2312.
 */
const FONT_TABLE: { name: string; altName?: string; family: string; pitch: string }[] = [
  { name: FONT.title, altName: "宋体", family: "roman", pitch: "variable" },
  { name: FONT.body, altName: "仿宋", family: "modern", pitch: "fixed" },
  { name: FONT.heading2, altName: "楷体", family: "modern", pitch: "fixed" },
  { name: "黑体", altName: "SimHei", family: "modern", pitch: "fixed" },
  { name: "宋体", altName: "SimSun", family: "auto", pitch: "variable" },
  { name: "仿宋", altName: "FangSong", family: "modern", pitch: "fixed" },
  { name: "楷体", altName: "KaiTi", family: "modern", pitch: "fixed" },
];

export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${f.name}">${f.altName ? `<w:altName w:val="${f.altName}"/>` : ""}` +
      `<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  );
}
