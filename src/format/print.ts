// Where the printed tables break their labels: as published reports print the official format (淮安市
// 2024: 社会公益/组织, 法律服务/机构, 三、本年度办理结果 upright), elsewhere between words, at a bracket
// or a comma. A header or row label goes onto a new line only here, never inside a word. Data, like
// the labels themselves: the layout writes these "\n" into the cells (with wrap on) and sizes each
// column so that no line wraps again. A label not listed prints on one line. Reading a workbook
// back compares labels without whitespace, so a broken label still reads as its plain label.
import { T3_NOTE, T3_OTHER, T3_REFUSED, T3_RESULTS, T3_UNABLE, T3_WITHHELD } from "./common";

/** Each label broken onto its printed lines (the label is the lines joined without separator). */
const PRINTED_LINES: Record<string, string[]> = {
  // 表三 column headers: two lines, at the word boundary.
  商业企业: ["商业", "企业"],
  科研机构: ["科研", "机构"],
  社会公益组织: ["社会公益", "组织"],
  法律服务机构: ["法律服务", "机构"],
  // 表三 long row labels: at a bracket, a comma or between words, so 表三 keeps to one A4 page.
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": ["（二）部分公开（区分处理的，", "只计这一情形，不计其他情形）"],
  "5.要求行政机关确认或重新出具已获取信息": ["5.要求行政机关确认或", "重新出具已获取信息"],
  "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": ["1.申请人无正当理由", "逾期不补正、行政机关不再", "处理其政府信息公开申请"],
  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": [
    "2.申请人逾期未按收费通知",
    "要求缴纳费用、行政机关不再",
    "处理其政府信息公开申请",
  ],
  [T3_NOTE]: ["（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）"],
  // 表四 column headers.
  结果维持: ["结果", "维持"],
  结果纠正: ["结果", "纠正"],
  其他结果: ["其他", "结果"],
  尚未审结: ["尚未", "审结"],
};

/**
 * 表三's group labels, merged down the rows they head: the outermost stands upright, one character a
 * line; the second level puts its number above its words. (The 2019 format's single （六）其他处理
 * row is a row label, not a group, and prints on one line.)
 */
const GROUP_LINES: Record<string, string[]> = {
  [T3_RESULTS]: ["三、", "本", "年", "度", "办", "理", "结", "果"],
  [T3_WITHHELD]: ["（三）", "不予公开"],
  [T3_UNABLE]: ["（四）", "无法提供"],
  [T3_REFUSED]: ["（五）", "不予处理"],
  [T3_OTHER]: ["（六）", "其他处理"],
};

/** A group label of 表三 as printed down its merged cell. */
export function printedGroupLabel(label: string): string {
  return (GROUP_LINES[label] ?? [label]).join("\n");
}

/** The label as printed: its official line breaks as "\n". */
export function printedLabel(label: string): string {
  return (PRINTED_LINES[label] ?? [label]).join("\n");
}

/** Every label and group label with printed breaks, for tests. */
export function printedBreaks(): Record<string, string[]> {
  return { ...PRINTED_LINES, ...GROUP_LINES };
}

/** Print width in Excel-like units: a CJK character is about two, a digit or Latin letter one. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** How many lines `text` takes in a column `perLine` units wide: each "\n" starts a line, and a line
 *  wider than the column wraps onto more. */
export function wrappedLines(text: string, perLine: number): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / perLine)), 0);
}

/** Excel's cell padding and the rounding between Excel, WPS and LibreOffice font metrics. */
const WIDTH_MARGIN = 2;

/** The column width (Excel units) at which none of the text's lines wraps. */
export function fitWidth(text: string): number {
  return widestLine(text) + WIDTH_MARGIN;
}

/** The widest of the text's lines ("\n"-separated), in textWidth units. */
export function widestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map(textWidth));
}
