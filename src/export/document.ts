// Builds the export document from report data: the title as published, the opening, and the six
// sections in the official order with the three tables laid out by tables.ts.
import { getFormat } from "../format";
import type { FormatSpec, NarrativeSectionId, SectionSpec } from "../format";
import type { PriorFigures, ReportData } from "../model/report";
import type { Block, DocTable, ReportDocument } from "./model";
import { table2, table3, table4 } from "./tables";
import { yoyBlocks } from "./yoy-table";

export * from "./model";

export interface BuildOptions {
  /** Only the opening and sections 一、五、六 (the narrative the clerk writes), without tables. */
  narrativeOnly?: boolean;
  /** Last year's figures: a 同比 summary table closes 六、其他需要报告的事项 (when any key figure is known). */
  yoy?: PriorFigures;
}

const TABLES: Record<"t2" | "t3" | "t4", (r: ReportData, f: FormatSpec) => DocTable> = {
  t2: table2,
  t3: table3,
  t4: table4,
};

export function buildDocument(report: ReportData, options: BuildOptions = {}): ReportDocument {
  const f = getFormat(report.format);
  const blocks: Block[] = [];
  for (const s of f.sections) {
    if (s.table && options.narrativeOnly) continue;
    if (s.title) blocks.push({ kind: "heading", text: s.title });
    if (s.table) blocks.push({ kind: "table", table: TABLES[s.table](report, f) });
    else blocks.push(...paragraphs(report.narrative[s.id as NarrativeSectionId], s));
    if (s.id === "6" && options.yoy) blocks.push(...yoyBlocks(report, options.yoy));
  }
  return { title: titleLines(report, f), blocks };
}

/** Agency on the first line, 2024年政府信息公开工作年度报告 on the second, as reports are printed. A
 *  report without agency or year falls back on the title it was published with, split before its year. */
export function titleLines(report: ReportData, f: FormatSpec): string[] {
  const second = (report.year !== null ? `${report.year}年` : "") + f.titleSuffix;
  if (report.agency) return [report.agency, second];
  const published = report.title?.replace(/\s+/g, "");
  if (published) {
    const m = /^(.+?)((?:19|20)\d{2}年.*)$/.exec(published);
    return m ? [m[1], m[2]] : [published];
  }
  return [second];
}

const SUBHEAD = /^（[一二三四五六七八九十]+）/;
/** Longest sub-head sentence we print in the heading style; past that the "sub-head" is really the
 *  paragraph's first sentence running on, and the whole paragraph stays body text. */
const MAX_LEAD = 40;

const squash = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** A narrative section's paragraphs: one per line of the text, trimmed (indentation is the style's
 *  job). A first line repeating the section title (clerks often type it) is dropped, not printed twice. */
export function paragraphs(text: string | undefined, section: Pick<SectionSpec, "title">): Block[] {
  const lines = (text ?? "")
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((l) => l !== "");
  if (section.title && lines.length > 0 && squash(lines[0]) === squash(section.title)) lines.shift();
  return lines.map((line) => {
    if (!SUBHEAD.test(line)) return { kind: "paragraph", text: line };
    const end = line.indexOf("。");
    if (end >= 0 && end < MAX_LEAD) return { kind: "paragraph", text: line, lead: line.slice(0, end + 1) };
    return line.length <= MAX_LEAD ? { kind: "paragraph", text: line, lead: line } : { kind: "paragraph", text: line };
  });
}
