// Where each table lies, found by what the tables say rather than by the numeral before a heading:
// reports number their sections 二/三/四, annexes number the tables 一/二/三, and headings are edited
// ("五、政府信息公开工作存在的主要问题及改进情况"). Table 三 starts at its first row (一、本年新收…) and
// ends with the figures of its last row (结转下年度继续办理); table 二 starts at 第二十条第（一）项 and
// ends where table 三 starts; table 四 starts at 行政复议 after table 三 and ends after its 15 figures.
// Section headings are the fallback when a table's own words are not there.
import { SECTIONS, T4 } from "../format/common";
import type { SectionId } from "../format";
import type { Line } from "./lines";
import { labelKey } from "./normalize";
import type { TableId } from "./problems";
import type { SectionMap, Span } from "./sections";
import { isValueWord } from "./values";
import { isHeadingOf } from "./heading-meaning";

const T2_START = labelKey("第二十条第（一）项");
const T3_START = /^一?本年新收/;
const T3_FIRST_LABEL = /^一?本年新收政府信息公开申请数量/;
const T3_SECOND = labelKey("上年结转");
const T3_LAST = labelKey("结转下年度继续办理");
const T4_START = labelKey(T4.groups[0].label);
const T4_FIGURES = 15;
const AFTER_TABLES = ["存在的主要问题", "其他需要报告的事项"];
const SHORT = 60;

/** Where each table lies, as [start, end) line ranges (an empty range when it was not found). */
export type Ranges = Record<TableId, [number, number]>;

export function tableRanges(lines: Line[], sections: SectionMap): Ranges {
  // A line's key is worked out when a scan reaches it, not kept for every line: the scans stop at the
  // tables, and a long narrative after them is never keyed (a copy of the whole text, issue 11).
  const key: Keys = (i) => labelKey(lines[i].text);
  // The regions by section headings, only when a table's own rows were not found (they key every line).
  let regions: Ranges | undefined;
  const fallback = (): Ranges => (regions ??= sectionRegions(lines, sections));
  const t3Start = find(0, lines.length, (i) => {
    const k = key(i);
    return T3_START.test(k) && isFirstT3Row(lines, key, i, k);
  });
  const t3End = t3Start < 0 ? -1 : endOfT3(lines, key, t3Start);
  const t3From = t3Start < 0 ? -1 : t3Header(key, t3Start);
  const t2Start = find(0, t3Start < 0 ? lines.length : t3Start, (i) => key(i).includes(T2_START));
  const t2End = t2Start < 0 ? -1 : t3Start > t2Start ? Math.max(t2Start + 1, t3From) : endOfSection(sections, "2", lines.length);
  // Table 四 lies between table 三 and the sections after the tables (五, 六), whose text may name 行政复议 too.
  const next = t3End < 0 ? -1 : find(t3End, lines.length, (i) => isAfterTables(lines[i], key(i)));
  const before = next < 0 ? lines.length : next;
  const t4Start =
    t3End < 0
      ? -1
      : find(t3End, before, (i) => {
          const k = key(i);
          return k.includes(T4_START) && (k.length <= SHORT || lines[i].cells !== undefined);
        });
  return {
    t2: t2Start >= 0 ? [t2Start, t2End] : fallback().t2,
    t3: t3Start >= 0 && t3End > t3Start ? [t3From, t3End] : fallback().t3,
    // With table 三 found, table 四 is looked for only after it: not in the text of 五 and 六.
    t4: t4Start >= 0 ? [t4Start, endOfT4(lines, key, t4Start)] : t3End >= 0 ? [t3End, t3End] : fallback().t4,
  };
}

const T3_HEADER = [labelKey("勾稽关系"), labelKey("申请人情况")];
/** How far above table 三's first row its header (note, 申请人情况, the column labels) may start. */
const T3_HEADER_LINES = 60;

/**
 * Where table 三 starts: at its header when the header is printed just above its first row. PDF text
 * may put rows out of order, above the first row's label ("二、上年结转… 101 … / 100 … / 一、本年新收…");
 * the reader must see those lines to know the text is out of order.
 */
function t3Header(key: Keys, first: number): number {
  for (let i = first - 1; i >= 0 && i >= first - T3_HEADER_LINES; i--) {
    const k = key(i);
    if (T3_HEADER.some((h) => k.includes(h)) && k.length <= SHORT) return i;
  }
  return first;
}

/** Line i's comparison key (labelKey of its text). */
type Keys = (i: number) => string;

/** The first index in [from, to) that passes `test`, or -1. */
function find(from: number, to: number, test: (i: number) => boolean): number {
  for (let i = from; i < to; i++) if (test(i)) return i;
  return -1;
}

/** The table's first row, not a sentence that starts the same way ("本年新收政府信息公开申请21件，…"):
 *  the whole label, or a table cell, or the next row (上年结转) close below. `k` is line i's key. */
function isFirstT3Row(lines: Line[], key: Keys, i: number, k: string): boolean {
  if (k.length > SHORT) return false;
  if (lines[i].cells !== undefined || T3_FIRST_LABEL.test(k)) return true;
  return find(i + 1, Math.min(i + 5, lines.length), (j) => key(j).includes(T3_SECOND)) >= 0;
}

/** The heading of section 五 or 六, in the statutory words or worded otherwise (heading-meaning). */
const isAfterTables = (line: Line, key: string): boolean =>
  key.length <= SHORT && (AFTER_TABLES.some((h) => key.includes(h)) || isHeadingOf(line.text, "5") || isHeadingOf(line.text, "6"));

function hasFigure(line: Line): boolean {
  const words = line.cells ?? line.raw.split(/[\s\u3000\u00a0]+/);
  return words.some(isValueWord);
}

/** After the line that carries 结转下年度继续办理's figures (they may be on a later line). */
function endOfT3(lines: Line[], key: Keys, from: number): number {
  const last = find(from, lines.length, (i) => key(i).includes(T3_LAST));
  if (last < 0) return -1;
  for (let i = last; i < lines.length && i < last + 6; i++) if (hasFigure(lines[i])) return afterFigureLines(lines, key, i + 1);
  return last + 1;
}

/** Past the lines of figures only (and page numbers such as "-3-", blank lines) that follow line
 *  `from` - 1: PDF text out of order may print two rows' figure lines after the last labels, and the
 *  reader must see both to know it cannot tell them apart. */
function afterFigureLines(lines: Line[], key: Keys, from: number): number {
  let end = from;
  for (let i = from; i < lines.length && i < from + 4; i++) {
    if (key(i) !== "" && !/^\d+$/.test(key(i))) break;
    if (lines[i].cells === undefined && hasFigure(lines[i])) end = i + 1;
  }
  return end;
}

/** After the line where table 四's 15 figures are complete, or at the heading after the tables. */
function endOfT4(lines: Line[], key: Keys, from: number): number {
  let figures = 0;
  for (let i = from; i < lines.length; i++) {
    if (i > from && isAfterTables(lines[i], key(i))) return i;
    const words = lines[i].cells ?? lines[i].raw.split(/[\s\u3000\u00a0]+/).filter((w) => w !== "");
    const values = words.filter(isValueWord).length;
    // A line of figures only (a header line of 总计 and 维持 has none).
    if (values > 0 && (lines[i].cells !== undefined || values === words.length)) figures += values;
    if (figures >= T4_FIGURES) return i + 1;
  }
  return lines.length;
}

function endOfSection(sections: SectionMap, id: SectionId, fallback: number): number {
  return sections.spans[id]?.end ?? fallback;
}

const TABLE_SECTION: Record<TableId, SectionId> = { t2: "2", t3: "3", t4: "4" };

/**
 * Each table's lines by section headings: its section's body. When a table's heading is missing its
 * lines lie inside the section before it; then the region runs from the previous heading found to the
 * next one, and label matching picks out the table's own rows.
 */
function sectionRegions(lines: Line[], sections: SectionMap): Ranges {
  const spans = sections.spans;
  const region = (t: TableId): [number, number] => {
    const span: Span | undefined = spans[TABLE_SECTION[t]];
    if (span) return [span.start, span.end];
    if (t === "t4") return fromAnchor(lines, spans["3"] ?? spans["2"] ?? spans["1"]);
    const ids: SectionId[] = ["1", "2", "3", "4", "5", "6"];
    const own = ids.indexOf(TABLE_SECTION[t]);
    const before = ids.slice(0, own).reverse().find((id) => spans[id]);
    const after = ids.slice(own + 1).find((id) => spans[id]);
    const start = before ? (spans[before] as Span).start : (spans["0"]?.start ?? 0);
    const end = after ? (spans[after] as Span).start - 1 : lines.length;
    return [start, Math.max(start, end)];
  };
  return { t2: region("t2"), t3: region("t3"), t4: region("t4") };
}

/** Table 四 without its heading: from the first line that names 行政复议 after `after` to the next heading. */
function fromAnchor(lines: Line[], after: Span | undefined): [number, number] {
  const from = after?.start ?? 0;
  for (let i = from; i < lines.length; i++) {
    if (!labelKey(lines[i].text).includes(T4_START)) continue;
    const end = lines.findIndex((l, j) => j > i && /^[五六]、/.test(l.text));
    return [i, end < 0 ? lines.length : end];
  }
  return [0, 0];
}

// A table's own heading, whatever its numeral: "一、主动公开政府信息情况" in an annex.
const TABLE_HEADINGS = SECTIONS.filter((s) => s.table).map((s) => labelKey(s.title.slice(s.title.indexOf("、") + 1)));

/**
 * The end of a narrative span that runs into a table (its heading was not where the format puts it):
 * the first table's start inside the span, less the table headings and blank lines just before it.
 */
export function narrativeEnd(lines: Line[], span: Span, ranges: Ranges): number {
  let end = span.end;
  for (const [start, stop] of Object.values(ranges)) if (stop > start && start > span.start && start < end) end = start;
  while (end > span.start) {
    const key = labelKey(lines[end - 1].text);
    if (key !== "" && !TABLE_HEADINGS.some((h) => key.endsWith(h))) break;
    end--;
  }
  return end;
}
