// The three real published PDFs in ../shared/reports/real (read from there, never copied): the text
// read here with pdf.js must give the importer the same report, cell by cell, as the text poppler's
// `pdftotext -layout` made of the same PDF (the .txt twin). How many cells of expected-grids.json each
// route gets is printed (the importer's own fixes land separately; equality of the routes is asserted).
import { readFileSync } from "fs";
import { join } from "path";
import { importReport } from "../../src/import";
import { importPdfFile } from "../../src/import/pdf";
import { toJson } from "../../src/model/report";
import { xxgk } from "../support/cli";
import { describeShared, REAL_NAMES, REAL_REPORTS } from "../support/real-reports";
import type { ReportJson } from "../../src/model/report";

const REAL = REAL_REPORTS;
const REPORTS = REAL_NAMES;

type Grid = { t2: unknown[][]; t3: unknown[][]; t4: unknown[] };
const expected = (): Record<string, Grid> => JSON.parse(readFileSync(join(REAL, "expected-grids.json"), "utf8")) as Record<string, Grid>;

/** Cells of the printed grid the import got right, out of those the report prints ("X": not printed). */
function exactCells(json: ReportJson, expected: Grid): { exact: number; total: number } {
  const got = [...json.t2.flat(), ...json.t3.flat(), ...json.t4];
  const want = [...expected.t2.flat(), ...expected.t3.flat(), ...expected.t4];
  let exact = 0;
  let total = 0;
  want.forEach((w, i) => {
    if (w === "X") return;
    total++;
    if (got[i] === w) exact++;
  });
  return { exact, total };
}

describeShared.each(REPORTS)("%s.pdf read with pdf.js", (name) => {
  let fromText: ReturnType<typeof importReport>;
  let fromPdf: Awaited<ReturnType<typeof importPdfFile>>;

  // Read in beforeAll, not while the suite is collected: a skipped suite (no ../shared) reads nothing.
  beforeAll(async () => {
    fromText = importReport(readFileSync(join(REAL, `${name}.txt`)), { fileName: `${name}.pdf` });
    fromPdf = await importPdfFile(join(REAL, `${name}.pdf`));
  });

  it("gives the same table cells as its pdftotext twin", () => {
    const pdf = toJson(fromPdf.report);
    const txt = toJson(fromText.report);
    expect(pdf.format).toBe(txt.format);
    expect({ t2: pdf.t2, t3: pdf.t3, t4: pdf.t4 }).toEqual({ t2: txt.t2, t3: txt.t3, t4: txt.t4 });
    // The cells' states too (blank, text, figure), not only their numbers.
    expect(fromPdf.report.cells).toEqual(fromText.report.cells);
    const a = exactCells(pdf, expected()[name]);
    const b = exactCells(txt, expected()[name]);
    console.log(`${name}: PDF ${a.exact}/${a.total} cells as printed; .txt ${b.exact}/${b.total}`);
  });

  it("finds the same title, agency and year", () => {
    expect(fromPdf.report.year).toBe(fromText.report.year);
    expect(fromPdf.report.agency).toBe(fromText.report.agency);
    expect(fromPdf.report.title).toBe(fromText.report.title);
  });

  it("reads the same narrative sections", () => {
    expect(fromPdf.report.narrative).toEqual(fromText.report.narrative);
  });

  it("raises the same import problems", () => {
    const ids = (r: typeof fromText) => r.problems.map((p) => `${p.msg.id} ${(p.keys ?? []).join(",")}`).sort();
    expect(ids(fromPdf)).toEqual(ids(fromText));
  });
});

describeShared("xxgk check on the real PDFs", () => {
  it.each(REPORTS)("%s.pdf: the same findings and exit code as its .txt twin", async (name) => {
    const pdf = await xxgk(["check", join(REAL, `${name}.pdf`), "--json"]);
    const txt = await xxgk(["check", join(REAL, `${name}.txt`), "--json"]);
    const findings = (out: string) => {
      const [file] = JSON.parse(out).files as { status: string; findings: Record<string, unknown>[] }[];
      return { status: file.status, findings: file.findings.map(({ rule, code, cells, left, right }) => ({ rule, code, cells, left, right })) };
    };
    expect(pdf.code).toBe(txt.code);
    expect(findings(pdf.out)).toEqual(findings(txt.out));
  });
});
