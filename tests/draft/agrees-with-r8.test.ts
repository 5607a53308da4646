// The drafts agree with R8 by construction: over random balanced tables, the drafted paragraphs
// raise no R8 finding, and changing a figure a draft states afterwards makes R8 quote that sentence.
import fc from "fast-check";
import { draftAll } from "../../src/draft";
import type { DraftFigure } from "../../src/draft";
import { getFormat } from "../../src/format";
import type { PriorFigures, ReportData } from "../../src/model/report";
import { NARRATIVE_RULES } from "../../src/rules/narrative";
import type { Finding } from "../../src/rules/types";
import { zeroHeavyReport } from "./arbitrary";

const R8 = NARRATIVE_RULES.filter((r) => r.id === "R8");

function r8(report: ReportData, prior?: PriorFigures): Finding[] {
  const format = getFormat(report.format);
  return R8.flatMap((rule) => rule.run(prior ? { report, format, prior } : { report, format }));
}

/** The report with every draft written into section 一 (R8 reads the whole narrative). */
function withDrafts(report: ReportData, prior?: PriorFigures): { report: ReportData; figures: DraftFigure[] } {
  const drafts = draftAll(report, prior);
  for (const d of drafts) expect(d.missing).toEqual([]);
  const text = drafts.map((d) => d.text).join("\n");
  return { report: { ...report, narrative: { "1": text } }, figures: drafts.flatMap((d) => d.figures) };
}

/** One figure changed: its first cell grows by `d`, and with it the row's 总计 for an applicant column. */
function changed(report: ReportData, key: string, d: number): ReportData {
  const cells = { ...report.cells };
  const bump = (k: string) => {
    const c = cells[k];
    cells[k] = { kind: "number", value: (c.kind === "number" ? c.value : 0) + d };
  };
  bump(key);
  const m = /^t3\.(\w+)\.(\w+)$/.exec(key);
  if (m && m[2] !== "total") bump(`t3.${m[1]}.total`);
  return { ...report, cells };
}

describe("drafts and R8", () => {
  it("drafted paragraphs plus their tables raise no R8 finding", () => {
    fc.assert(
      fc.property(zeroHeavyReport(), (base) => {
        const { report, figures } = withDrafts(base);
        expect(figures.length).toBeGreaterThan(0);
        expect(r8(report)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("a figure changed after drafting makes R8 point at the drafted sentence", () => {
    fc.assert(
      fc.property(zeroHeavyReport(), fc.nat(), fc.integer({ min: 1, max: 5 }), (base, pick, d) => {
        const { report, figures } = withDrafts(base);
        const figure = figures[pick % figures.length];
        const findings = r8(changed(report, figure.keys[0], d));
        expect(findings.map((f) => f.quote)).toContain(figure.sentence);
      }),
      { numRuns: 150 },
    );
  });

  it("with last year's figures, the drafted 同比 agrees with R8's reading of it", () => {
    fc.assert(
      fc.property(zeroHeavyReport(), fc.nat(300), (base, lastNew) => {
        const prior: PriorFigures = { year: 2023, cells: {}, figures: { "t3.new.total": { kind: "number", value: lastNew } } };
        const { report } = withDrafts({ ...base, year: 2024 }, prior);
        const fresh = base.cells["t3.new.total"];
        if (lastNew > 0 && fresh.kind === "number" && fresh.value > 0) expect(report.narrative["1"]).toMatch(/同比(?:增长|下降)[\d.]+%|与上年持平/);
        expect(r8(report, prior)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
