// Which format a published report is laid out in, decided by the labels only one format prints
// (本年制发件数 vs 本年新制作数量; （六）其他处理's three sub-rows vs one row; （九）政府集中采购 …).
// The report's year decides only when the labels do not.
import { FORMAT_2019, FORMAT_2021, formatForYear } from "../format";
import type { FormatId, FormatSpec } from "../format";
import { labelKey } from "./normalize";

function labelsOf(f: FormatSpec): string[] {
  const out = new Set<string>();
  for (const g of f.t2) {
    out.add(g.heading);
    g.columns.forEach((c) => out.add(c.label));
    g.rows.forEach((r) => out.add(r.label));
  }
  for (const r of f.t3.rows) {
    out.add(r.label);
    r.parents.forEach((p) => out.add(p));
  }
  return [...out].map(labelKey);
}

/** Labels of `f` that the other format neither prints nor contains ("规范性文件" is inside "行政规范性文件"). */
function distinctive(f: FormatSpec, other: FormatSpec): string[] {
  const theirs = labelsOf(other);
  return labelsOf(f).filter((k) => k.length >= 4 && !theirs.some((o) => o.includes(k)));
}

const SIGNS: Record<FormatId, string[]> = {
  "2021": distinctive(FORMAT_2021, FORMAT_2019),
  "2019": distinctive(FORMAT_2019, FORMAT_2021),
};

export function detectFormat(documentKey: string, year: number | null): FormatId {
  const count = (id: FormatId) => SIGNS[id].filter((k) => documentKey.includes(k)).length;
  const a = count("2021");
  const b = count("2019");
  if (a !== b) return a > b ? "2021" : "2019";
  return year === null ? "2021" : formatForYear(year);
}
