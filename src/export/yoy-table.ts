// The optional 同比 summary of an export: the key figures (src/yoy) whose last-year figure is known,
// each with this year's, last year's, the change and the percentage, in a five-column table at the end
// of 六、其他需要报告的事项 — after the statutory tables, so a reader that finds 表三 by its row labels
// (xxgk import) meets 表三 first and reads the export back unchanged. Labels come from the zh-CN
// messages: a published report is in Chinese.
import { t } from "../i18n";
import type { PriorFigures, ReportData } from "../model/report";
import { percentText } from "../yoy/change-text";
import { comparedRows } from "../yoy/compare";
import type { Block, DocCell, DocRow } from "./model";
import { keepTogether } from "./tables";

const cell = (text: string, header = false, align: DocCell["align"] = "center"): DocCell => ({ text, rowSpan: 1, colSpan: 1, header, align });

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const figure = (n: number | null) => (n === null ? "—" : String(n));

/** "+14.0%", "-75.0%", "0.0%"; "—" when it cannot be computed (last year 0 or a side unknown). */

/** The caption and table; none when no key figure of last year is known. */
export function yoyBlocks(report: ReportData, prior: PriorFigures): Block[] {
  const rows = comparedRows(report, prior);
  if (rows.length === 0) return [];
  const year = report.year;
  const last = prior.year ?? (year === null ? null : year - 1);
  const yearLabel = (y: number | null, fallback: string) => (y === null ? t("zh-CN", fallback) : t("zh-CN", "export.yoy.year", { year: y }));
  const head: DocRow = {
    repeat: true,
    cells: [
      cell(t("zh-CN", "export.yoy.item"), true),
      cell(yearLabel(year, "export.yoy.thisYear"), true),
      cell(yearLabel(last, "export.yoy.lastYear"), true),
      cell(t("zh-CN", "export.yoy.change"), true),
      cell(t("zh-CN", "export.yoy.percent"), true),
    ],
  };
  const body: DocRow[] = rows.map((r) => ({
    repeat: false,
    cells: [
      cell(t("zh-CN", `yoy.figure.${r.id}`), false, "left"),
      cell(figure(r.now)),
      cell(figure(r.last)),
      cell(r.change === null ? "—" : signed(r.change)),
      cell(percentText(r)),
    ],
  }));
  const all = keepTogether([head, ...body]);
  return [
    { kind: "paragraph", text: t("zh-CN", "export.yoy.caption") },
    { kind: "table", table: { id: "yoy", columnWidths: [5, 2, 2, 2, 2], rows: all } },
  ];
}
