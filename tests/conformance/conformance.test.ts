// The conformance suite, in the manner of Arelle's: every report fixture and every real report of
// ../shared/reports/real (read from there, never copied) has an expected file in expected/ holding the
// exact grid as read and the exact finding codes with their counts. One table-driven test runs them
// all through the CLI's reader and checker. A case that is known to fail says why in its "known" field
// and runs as test.failing, so it shows in the output and turns red the day it starts to pass. A case
// that "requires" a reader module (the PDF reader, src/import/pdf.ts) is a known failure while that
// module is not in the tree, and an ordinary case once it is.
//
// Grid cells: a number; null (blank in the source); "?" (unread: the reader did not find it);
// "X" (unread, printed only as part of the combined figure "combined", the old single （六） row);
// {"raw": "12件"} (text as printed). For the real reports "grid": "expected-grids.json" takes the
// figures printed in the report from that file beside them.
import { existsSync, readdirSync, readFileSync } from "fs";
import { basename, join } from "path";
import { buildCheckResult } from "../../src/check/run-check";
import { readReportFile } from "../../src/cli/read-file";
import { getFormat, t2Keys, t3Keys, t4Keys } from "../../src/format";
import type { CellKey } from "../../src/format";
import type { CellValue } from "../../src/model/cell";
import type { ReportData } from "../../src/model/report";
import type { Finding } from "../../src/rules/types";
import { REAL_REPORTS, SHARED_RUNS } from "../support/real-reports";

type GridCell = number | null | "?" | "X" | { raw: string };
interface Grid {
  t2: GridCell[][];
  t3: GridCell[][];
  t4: GridCell[];
}
interface MustFind {
  rule: string;
  code: string;
  severity: string;
  key: string;
  left?: number;
  right?: number;
}
interface Expected {
  input: string;
  format: string;
  year: number | null;
  agency: string | null;
  grid: Grid | "expected-grids.json";
  findings: Record<string, number>;
  combined?: number[];
  mustFind?: MustFind[];
}
interface Case {
  name: string;
  input: string;
  expected: Expected;
  known?: string;
}

const EXPECTED = join(__dirname, "expected");
const REPO = join(__dirname, "..", "..");
const FIXTURES = join(__dirname, "..", "fixtures", "reports");

function loadCases(): Case[] {
  const raw = new Map<string, Partial<Expected> & { sameAs?: string; known?: string; requires?: string; input: string }>();
  for (const file of readdirSync(EXPECTED).filter((f) => f.endsWith(".json")).sort()) {
    raw.set(basename(file, ".json"), JSON.parse(readFileSync(join(EXPECTED, file), "utf8")));
  }
  return [...raw].map(([name, e]) => {
    const expected = (e.sameAs ? { ...raw.get(e.sameAs), input: e.input } : e) as Expected;
    const c: Case = { name, input: e.input, expected };
    if (e.known) c.known = e.known;
    else if (e.requires && !existsSync(join(REPO, e.requires))) c.known = `${e.requires} is not in this tree`;
    return c;
  });
}

function inputPath(input: string): string {
  const [where, file] = input.split(/:(.*)/s);
  return where === "real" ? join(REAL_REPORTS, file) : join(FIXTURES, file);
}

function gridCell(c: CellValue): GridCell {
  switch (c.kind) {
    case "number":
      return c.value;
    case "blank":
      return null;
    case "unread":
      return c.share ? "X" : "?";
    default:
      return { raw: c.raw };
  }
}

function gridOf(r: ReportData): Grid {
  const f = getFormat(r.format);
  const v = (k: CellKey) => gridCell(r.cells[k]);
  return { t2: t2Keys(f).map((row) => row.map(v)), t3: t3Keys(f).map((row) => row.map(v)), t4: t4Keys(f).map(v) };
}

const realGrids = (): Record<string, Grid> => JSON.parse(readFileSync(join(REAL_REPORTS, "expected-grids.json"), "utf8"));

function expectedGrid(c: Case): Grid {
  if (c.expected.grid !== "expected-grids.json") return c.expected.grid;
  return realGrids()[basename(inputPath(c.input)).replace(/\.\w+$/, "")];
}

/** The figure each column of the old single （六） row stands for: the sum its "X" cells carry. */
function combinedFigures(r: ReportData): (number | null)[] {
  const f = getFormat(r.format);
  return f.t3.columns.map((col) => {
    const c = r.cells[`t3.other1.${col.key}`];
    return c?.kind === "unread" && c.share ? c.share.sum : null;
  });
}

const findingKey = (f: Finding) => `${f.rule} ${f.msg.id} ${f.severity}`;

function codeCounts(findings: Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[findingKey(f)] = (out[findingKey(f)] ?? 0) + 1;
  return out;
}

async function run(c: Case): Promise<{ report: ReportData; findings: Finding[] }> {
  const read = await readReportFile(inputPath(c.input));
  return { report: read.report, findings: buildCheckResult(read, "zh-CN").findings };
}

function conformance(c: Case): () => Promise<void> {
  return async () => {
    const { report, findings } = await run(c);
    const e = c.expected;
    expect({ format: report.format, year: report.year, agency: report.agency }).toEqual({ format: e.format, year: e.year, agency: e.agency });
    expect(gridOf(report)).toEqual(expectedGrid(c));
    if (e.combined) expect(combinedFigures(report)).toEqual(e.combined);
    expect(codeCounts(findings)).toEqual(e.findings);
    for (const m of e.mustFind ?? []) {
      const hit = findings.find((f) => f.rule === m.rule && f.msg.id === m.code && f.severity === m.severity && f.cells.some((x) => x.key === m.key));
      expect(hit).toBeDefined();
      if (m.left !== undefined) expect(hit?.left).toBe(m.left);
      if (m.right !== undefined) expect(hit?.right).toBe(m.right);
    }
  };
}

describe("conformance: every report fixture and every real report", () => {
  for (const c of loadCases()) {
    // A real report needs ../shared beside the checkout: skipped in a bare clone, never under CI.
    if (c.input.startsWith("real:") && !SHARED_RUNS) {
      test.skip(`${c.name} (${c.input}) — ../shared/reports is not beside this checkout`, () => undefined);
      continue;
    }
    if (c.known) test.failing(`${c.name} (${c.input}) — known failure: ${c.known}`, conformance(c));
    else test(`${c.name} (${c.input})`, conformance(c));
  }
});
