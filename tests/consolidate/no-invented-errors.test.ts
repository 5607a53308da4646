// A consolidation never invents an error (issue 18): every pair and triple of the real reports in
// ../shared/reports/real and the fixtures (of one format) adds up into a report with no error that
// no part has — checked on the written workbook, as `xxgk check` reads it, for the pairs.
import { readdirSync } from "fs";
import { join } from "path";
import { consolidate, consolidatedPlan, partOf } from "../../src/consolidate";
import { readForCheck } from "../../src/cli/read-for-check";
import type { FormatId } from "../../src/format";
import type { PartFigures } from "../../src/model/report";
import { checkReport } from "../../src/check/engine";
import type { Finding } from "../../src/rules/types";
import { readWorkbookLight } from "../../src/xlsx/light/read-light";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { REAL_REPORTS, SHARED_REPORTS } from "../support/shared-reports";

jest.setTimeout(600_000);

const FIXTURES = join(__dirname, "..", "fixtures", "reports");
const sources = [
  ...readdirSync(FIXTURES).filter((f) => !f.endsWith(".json")).map((f) => join(FIXTURES, f)),
  ...(SHARED_REPORTS ? readdirSync(REAL_REPORTS).filter((f) => /\.(txt|pdf)$/.test(f)).map((f) => join(REAL_REPORTS, f)) : []),
];

const errorKeys = (findings: Finding[]) =>
  findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.msg.id} ${f.cells.map((c) => c.key).sort().join(",")}`);

interface Source {
  file: string;
  part: PartFigures;
  errors: Set<string>;
  format: FormatId;
}

function combos<T>(xs: T[], k: number): T[][] {
  if (k === 0) return [[]];
  return xs.flatMap((x, i) => combos(xs.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
}

/** The consolidated errors no part has. Bodies are renamed apart: the same report read from its
 *  text and its PDF is two parts here (the CLI would refuse it as a second report of one body). */
function invented(group: Source[], year: number) {
  const parts = group.map((s, i) => ({ ...s.part, body: `${i}-${s.part.body}` }));
  const { report } = consolidate(group[0].format, parts, year, "汇总机关");
  const known = new Set(group.flatMap((s) => [...s.errors]));
  return { report, parts, extra: (findings: Finding[]) => errorKeys(findings).filter((e) => !known.has(e)) };
}

describe("consolidation invents no error", () => {
  const read: Source[] = [];
  beforeAll(async () => {
    for (const file of sources) {
      const r = await readForCheck(file);
      const findings = checkReport(r.report, { readerFindings: r.findings, ...(r.prior ? { prior: r.prior } : {}) });
      read.push({ file, part: partOf(r.report, findings, file), errors: new Set(errorKeys(findings)), format: r.report.format });
    }
  });

  it("for every pair and triple of one format, in the report it computes", () => {
    let groups = 0;
    for (const format of ["2021", "2019"]) {
      const same = read.filter((s) => s.format === format);
      for (const group of [...combos(same, 2), ...combos(same, 3)]) {
        const year = group[0].part.year ?? 2024;
        const { report, extra } = invented(group, year);
        expect({ files: group.map((s) => s.file), extra: extra(checkReport(report)) }).toEqual({ files: group.map((s) => s.file), extra: [] });
        groups++;
      }
    }
    expect(groups).toBeGreaterThan(sources.length);
  });

  it("for every pair, in the workbook it writes, read back as xxgk check reads it", async () => {
    const same = read.filter((s) => s.format === "2021");
    for (const group of combos(same, 2)) {
      const year = group[0].part.year ?? 2024;
      const { report, parts, extra } = invented(group, year);
      const plan = consolidatedPlan("2021", parts, { year, agency: "汇总机关" });
      const back = await readWorkbookLight(new Uint8Array(await writeWorkbook(plan, report)), "汇总.xlsx");
      const found = extra(checkReport(back.report, { readerFindings: back.findings }));
      expect({ files: group.map((s) => s.file), extra: found }).toEqual({ files: group.map((s) => s.file), extra: [] });
    }
  });
});
