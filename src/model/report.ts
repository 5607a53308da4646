// Report data: one year's report of one agency, whichever way it came in (workbook, published text,
// HTML). Cells are keyed by canonical key so reports of one format can be added up (汇总, DESIGN §7).
import { cellInfos, getFormat, t2Keys, t3Keys, t4Keys } from "../format";
import type { CellKey, FormatId, FormatSpec, NarrativeSectionId } from "../format";
import { BLANK, cellJson } from "./cell";
import type { CellValue } from "./cell";

/** Where a cell was read from, when it came from a workbook. */
export interface CellRef {
  sheet: string;
  address: string;
}

export interface ReportData {
  format: FormatId;
  year: number | null;
  agency: string | null;
  title?: string;
  cells: Record<CellKey, CellValue>;
  narrative: Partial<Record<NarrativeSectionId, string>>;
  /** Sheet and A1 address of each cell, for workbooks. */
  refs?: Record<CellKey, CellRef>;
  /** The file it came from (findings name it in batch and consolidation). */
  file?: string;
  /** A consolidated (汇总) report's parts, one per body, as its 明细 sheet holds them (src/consolidate). */
  parts?: PartFigures[];
}

/** How a part's own check came out when it was taken into a consolidation. */
export type PartStatus = "ok" | "warnings" | "errors";

/** One body's figures in a consolidated report's 明细 sheet: its table inputs by canonical key. */
export interface PartFigures {
  body: string;
  file: string | null;
  year: number | null;
  status: PartStatus;
  cells: Record<CellKey, CellValue>;
}

/** Last year's figures the cross-year rules (R6, R7) need, by canonical key of this year's cells:
 *  t3.carriedOut.<col> and t2.<row>.inForce. */
export interface PriorFigures {
  year?: number | null;
  cells: Record<CellKey, CellValue>;
  refs?: Record<CellKey, CellRef>;
  /** All of last year's table figures, when last year's report itself was read (同比, src/yoy). */
  figures?: Record<CellKey, CellValue>;
}

export function emptyReport(format: FormatId, year: number | null = null, agency: string | null = null): ReportData {
  const cells: Record<CellKey, CellValue> = {};
  for (const key of cellInfos(getFormat(format)).keys()) cells[key] = BLANK;
  return { format, year, agency, cells, narrative: {} };
}

export function cellOf(r: ReportData, key: CellKey): CellValue {
  return r.cells[key] ?? BLANK;
}

/** The JSON of DESIGN §5. */
export interface ReportJson {
  format: FormatId;
  year: number | null;
  agency: string | null;
  title?: string;
  t2: (number | null)[][];
  t3: (number | null)[][];
  t4: (number | null)[];
  narrative: Partial<Record<NarrativeSectionId, string>>;
}

export function toJson(r: ReportData): ReportJson {
  const f: FormatSpec = getFormat(r.format);
  const v = (k: CellKey) => cellJson(cellOf(r, k));
  const out: ReportJson = {
    format: r.format,
    year: r.year,
    agency: r.agency,
    t2: t2Keys(f).map((row) => row.map(v)),
    t3: t3Keys(f).map((row) => row.map(v)),
    t4: t4Keys(f).map(v),
    narrative: r.narrative,
  };
  if (r.title !== undefined) out.title = r.title;
  return out;
}

/** Builds report data from DESIGN §5 JSON (numbers or null), e.g. for tests and `--prior` files. */
export function fromJson(j: ReportJson): ReportData {
  const f = getFormat(j.format);
  const r = emptyReport(j.format, j.year, j.agency);
  const put = (k: CellKey, x: number | null | undefined) => {
    r.cells[k] = typeof x === "number" ? { kind: "number", value: x } : BLANK;
  };
  t2Keys(f).forEach((row, i) => row.forEach((k, c) => put(k, j.t2[i]?.[c])));
  t3Keys(f).forEach((row, i) => row.forEach((k, c) => put(k, j.t3[i]?.[c])));
  t4Keys(f).forEach((k, i) => put(k, j.t4[i]));
  r.narrative = { ...j.narrative };
  if (j.title !== undefined) r.title = j.title;
  return r;
}

/** The figures of `r` that next year's report carries in (R6, R7), and all its clean figures (同比). */
export function priorFrom(r: ReportData): PriorFigures {
  const cells: Record<CellKey, CellValue> = {};
  const figures: Record<CellKey, CellValue> = {};
  for (const [k, v] of Object.entries(r.cells)) {
    if (k.startsWith("t3.carriedOut.") || k.endsWith(".inForce")) cells[k] = v;
    if (v.kind === "number") figures[k] = v;
  }
  const prior: PriorFigures = { year: r.year, cells, figures };
  if (r.refs) prior.refs = r.refs;
  return prior;
}
